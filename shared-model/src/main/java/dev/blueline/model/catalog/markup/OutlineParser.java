package dev.blueline.model.catalog.markup;

import dev.blueline.model.catalog.ContentParser;
import dev.blueline.model.catalog.content.Content;
import dev.blueline.model.catalog.content.Content.CheckState;
import dev.blueline.model.catalog.content.Content.Outline;
import dev.blueline.model.catalog.content.Content.Outline.Node;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Tree and list: one item per line, nested by indentation.
 * <ul>
 *   <li><b>Indentation</b> is counted in columns: a space is 1, a tab is 4. Only the comparison
 *       with earlier lines matters, never the amount: a line indented deeper than the line
 *       before it is that line's child (however much deeper); otherwise it closes every open
 *       line indented as deep or deeper, and becomes a child of the nearest line indented less
 *       (or a root). So uneven and mixed indentation still nests the way it looks.</li>
 *   <li><b>Tree markers:</b> a line starting with {@code +} is collapsed, {@code -} expanded
 *       (the default).</li>
 *   <li><b>List bullets</b> {@code - }, {@code * }, {@code • }, {@code 1. } or {@code 1) } are
 *       stripped; a list whose first line is numbered is an ordered list.</li>
 *   <li><b>Checklists:</b> after the marker or bullet, {@code [x]}, {@code [ ]} or {@code [-]}
 *       gives the line a check box.</li>
 *   <li>Blank lines, and lines left with neither a label nor a check box once their markers are
 *       read, are skipped.</li>
 *   <li>At most {@link Limits#MAX_NODES} lines; nesting deeper than {@link Limits#MAX_DEPTH}
 *       levels is flattened to the deepest level.</li>
 * </ul>
 */
public final class OutlineParser implements ContentParser {
    private static final Pattern TREE_MARKER = Pattern.compile("^([+-])\\s*");
    private static final Pattern BULLET = Pattern.compile("^(?:[-*\u2022]|(\\d{1,9})[.)])(?:\\s+|$)");
    private static final Pattern CHECK = Pattern.compile("^\\[([xX \u2713\u2714-]?)]\\s*");
    private static final int TAB_WIDTH = 4;

    private final boolean tree;

    private OutlineParser(boolean tree) {
        this.tree = tree;
    }

    public static OutlineParser tree() {
        return new OutlineParser(true);
    }

    public static OutlineParser list() {
        return new OutlineParser(false);
    }

    @Override
    public Content parse(String text) {
        List<Draft> roots = new ArrayList<>();
        List<Draft> open = new ArrayList<>(); // the chain of ancestors of the next line
        boolean numbered = false;
        int count = 0;
        for (String line : MarkupText.lines(MarkupText.normalize(text))) {
            if (line.isBlank()) continue;
            int indent = indentOf(line);
            Draft d = draft(line.strip());
            if (d == null) continue;
            if (count == 0) numbered = d.numbered;
            while (!open.isEmpty() && open.getLast().indent >= indent) open.removeLast();
            if (open.size() == Limits.MAX_DEPTH) open.removeLast();
            d.indent = indent;
            (open.isEmpty() ? roots : open.getLast().children).add(d);
            open.add(d);
            if (++count == Limits.MAX_NODES) break;
        }
        return new Outline(roots.stream().map(Draft::freeze).toList(), numbered);
    }

    private static int indentOf(String line) {
        int cols = 0;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '\t') cols += TAB_WIDTH;
            else if (Character.isWhitespace(c) || Character.isSpaceChar(c)) cols++;
            else break;
        }
        return cols;
    }

    private Draft draft(String s) {
        Draft d = new Draft();
        if (tree) {
            Matcher m = TREE_MARKER.matcher(s);
            if (m.find()) {
                d.expanded = m.group(1).equals("-");
                s = s.substring(m.end());
            }
        } else {
            Matcher m = BULLET.matcher(s);
            if (m.find()) {
                d.numbered = m.group(1) != null;
                s = s.substring(m.end());
            }
        }
        Matcher c = CHECK.matcher(s);
        if (c.find()) {
            d.check = Optional.of(switch (c.group(1)) {
                case "", " " -> CheckState.UNCHECKED;
                case "-" -> CheckState.MIXED;
                default -> CheckState.CHECKED;
            });
            s = s.substring(c.end());
        }
        d.label = s.strip();
        return d.label.isEmpty() && d.check.isEmpty() ? null : d;
    }

    /** A node while its children are still being collected. */
    private static final class Draft {
        int indent;
        String label = "";
        boolean expanded = true;
        boolean numbered;
        Optional<CheckState> check = Optional.empty();
        final List<Draft> children = new ArrayList<>();

        Node freeze() { // depth is capped, so this recursion is shallow
            return new Node(label, expanded, check, children.stream().map(Draft::freeze).toList());
        }
    }
}
