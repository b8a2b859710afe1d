package dev.blueline.model.catalog;

import dev.blueline.model.catalog.content.Content;
import dev.blueline.model.catalog.content.Content.Grid;
import dev.blueline.model.catalog.content.Content.Items;
import dev.blueline.model.catalog.content.Content.Outline;
import dev.blueline.model.catalog.content.Content.Series;
import dev.blueline.model.catalog.markup.Limits;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every control against texts a designer (or a paste, or a hostile peer) might produce: each
 * must parse, quickly, into the same kind of content its renderer expects, within the caps.
 */
class HostileInputTest {

    static List<String> oddTexts() {
        List<String> t = new ArrayList<>(Arrays.asList(
                null, "", " ", "\t\n \r\n", "|||", ",,,", ">>>", "***", "___", "[", "]", "(", "*unbalanced", "[x",
                "\"", "\"\"\"", "a\r\nb\rc", "\uFEFF", "\u0000", "日本語 ✓ 🎉 \uD83D", "-", "+", "--", "**",
                "NaN", "-Infinity", "1e99999", "2026-99-99", "0000-00-00"));
        t.add("x".repeat(20_000));
        t.add(",".repeat(20_000));
        t.add("|".repeat(20_000));
        t.add("\n".repeat(20_000));
        t.add(" ".repeat(19_999) + "a");
        t.add("*a ".repeat(10_000));
        t.add("[x] ".repeat(10_000));
        t.add("\"a,".repeat(10_000));
        t.add("a\n" + " ".repeat(1_000_000) + "b");
        StringBuilder stairs = new StringBuilder();
        for (int i = 0; i < 600; i++) stairs.append(" ".repeat(i)).append("n\n");
        t.add(stairs.toString());
        t.add("😀".repeat(15_000));
        return t;
    }

    @Test
    void everyControlSurvivesEveryOddTextWithTheRightShapeAndWithinCaps() {
        for (ControlType c : Catalog.all()) {
            Class<? extends Content> expected = CatalogTest.EXPECTED.get(c.id());
            for (String text : oddTexts()) {
                String what = c.id() + " <- " + describe(text);
                Content parsed = parseDirectly(c, text);
                assertThat(parsed).as(what).isInstanceOf(expected);
                assertWithinCaps(parsed, what);
            }
        }
    }

    /** Calls the parser itself, not ControlType.parse, so a parser that throws fails this test. */
    private static Content parseDirectly(ControlType c, String text) {
        return c.parser().parse(text == null ? "" : text);
    }

    private static void assertWithinCaps(Content content, String what) {
        switch (content) {
            case Items i -> assertThat(i.items()).as(what).hasSizeLessThanOrEqualTo(Limits.MAX_ITEMS);
            case Grid g -> {
                assertThat(g.columns()).as(what).isLessThanOrEqualTo(Limits.MAX_COLUMNS);
                assertThat(g.rows()).as(what).hasSizeLessThanOrEqualTo(Limits.MAX_ROWS);
            }
            case Outline o -> {
                assertThat(depth(o.roots())).as(what).isLessThanOrEqualTo(Limits.MAX_DEPTH);
                assertThat(count(o.roots())).as(what).isLessThanOrEqualTo(Limits.MAX_NODES);
            }
            case Series s -> assertThat(s.points()).as(what).hasSizeLessThanOrEqualTo(Limits.MAX_POINTS);
            case Content.Amount a -> assertThat(a.max()).as(what).satisfiesAnyOf(
                    m -> assertThat(m).isLessThanOrEqualTo(100), m -> assertThat(m).isInfinite());
            case Content.Numbered n -> assertThat(n.number()).as(what).isBetween(0, Limits.MAX_CALLOUT);
            case Content.Plain p -> assertThat(p.text().length()).as(what).isLessThanOrEqualTo(Limits.MAX_INPUT_CHARS);
            default -> {
            }
        }
    }

    private static int depth(List<Outline.Node> nodes) {
        int d = 0;
        for (Outline.Node n : nodes) d = Math.max(d, 1 + depth(n.children()));
        return d;
    }

    private static int count(List<Outline.Node> nodes) {
        int c = nodes.size();
        for (Outline.Node n : nodes) c += count(n.children());
        return c;
    }

    private static String describe(String text) {
        if (text == null) return "null";
        return text.length() > 30 ? text.substring(0, 30).replace("\n", "\\n") + "… (" + text.length() + " chars)" : text.replace("\n", "\\n");
    }
}
