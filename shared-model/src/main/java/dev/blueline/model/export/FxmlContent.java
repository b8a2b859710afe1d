package dev.blueline.model.export;

import dev.blueline.model.catalog.content.Content;
import dev.blueline.model.catalog.content.Content.Items.Item;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A control's parsed text read as the shape a writer expects. The catalog fixes which shape each
 * control gets, but an unknown or odd text can give another one (or {@code Empty}), so every
 * reader falls back instead of failing the export.
 */
final class FxmlContent {
    private FxmlContent() {
    }

    /** The words a control shows, whatever its content shape. */
    static String text(Content c) {
        return switch (c) {
            case Content.Plain p -> p.text();
            case Content.Items i -> String.join(", ", i.items().stream().map(Item::label).toList());
            case Content.Check k -> k.label();
            case Content.Amount a -> a.label();
            case Content.IconName n -> n.name();
            case Content.Numbered n -> Integer.toString(n.number());
            case Content.DateValue d -> d.dayMarked() ? d.date().toString() : "";
            case Content.Outline o -> String.join(", ", o.roots().stream().map(Content.Outline.Node::label).toList());
            case Content.Grid g -> String.join(", ", g.header());
            case Content.Series s -> "";
            case Content.Empty e -> "";
        };
    }

    /** Runs of text with emphasis; plain text as one run. */
    static List<Content.Plain.Span> spans(Content c) {
        if (c instanceof Content.Plain p) return p.spans();
        String t = text(c);
        return t.isEmpty() ? List.of() : List.of(new Content.Plain.Span(t, false, false));
    }

    static boolean emphasised(Content c) {
        return spans(c).stream().anyMatch(s -> s.bold() || s.italic());
    }

    static List<Item> items(Content c) {
        return c instanceof Content.Items i ? i.items() : List.of();
    }

    static Content.Check check(Content c) {
        return c instanceof Content.Check k ? k : new Content.Check(Content.CheckState.UNCHECKED, text(c));
    }

    static Optional<Content.Amount> amount(Content c) {
        return c instanceof Content.Amount a ? Optional.of(a) : Optional.empty();
    }

    static List<Content.Outline.Node> outline(Content c) {
        return c instanceof Content.Outline o ? o.roots() : List.of();
    }

    static boolean numbered(Content c) {
        return c instanceof Content.Outline o && o.numbered();
    }

    static Optional<Content.Grid> grid(Content c) {
        return c instanceof Content.Grid g ? Optional.of(g) : Optional.empty();
    }

    static List<Content.Series.Point> points(Content c) {
        return c instanceof Content.Series s ? s.points() : List.of();
    }

    static Optional<Content.DateValue> date(Content c) {
        return c instanceof Content.DateValue d ? Optional.of(d) : Optional.empty();
    }

    /** An outline's lines in reading order with their depth; children of collapsed lines left out. */
    static List<Line> lines(List<Content.Outline.Node> roots) {
        List<Line> out = new ArrayList<>();
        addLines(roots, 0, out);
        return out;
    }

    record Line(Content.Outline.Node node, int depth, int number) {
    }

    private static void addLines(List<Content.Outline.Node> nodes, int depth, List<Line> out) {
        int n = 1;
        for (Content.Outline.Node node : nodes) {
            out.add(new Line(node, depth, n++));
            if (node.expanded()) addLines(node.children(), depth + 1, out);
        }
    }
}
