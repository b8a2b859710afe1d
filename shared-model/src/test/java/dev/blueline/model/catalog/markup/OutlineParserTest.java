package dev.blueline.model.catalog.markup;

import dev.blueline.model.catalog.content.Content.CheckState;
import dev.blueline.model.catalog.content.Content.Outline;
import dev.blueline.model.catalog.content.Content.Outline.Node;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class OutlineParserTest {
    private static Outline tree(String text) {
        return (Outline) OutlineParser.tree().parse(text);
    }

    private static Outline list(String text) {
        return (Outline) OutlineParser.list().parse(text);
    }

    private static List<String> labels(List<Node> nodes) {
        return nodes.stream().map(Node::label).toList();
    }

    private static int depth(List<Node> nodes) {
        int d = 0;
        for (Node n : nodes) d = Math.max(d, 1 + depth(n.children()));
        return d;
    }

    @Test
    void indentationNestsAndShallowerLineReturnsToTheMatchingLevel() {
        Outline o = tree("Projects\n  Website\n    Home\n  Archive\nShared");
        assertThat(labels(o.roots())).containsExactly("Projects", "Shared");
        Node projects = o.roots().getFirst();
        assertThat(labels(projects.children())).containsExactly("Website", "Archive");
        assertThat(labels(projects.children().getFirst().children())).containsExactly("Home");
    }

    @Test
    void unevenIndentationNestsTheWayItLooks() {
        // c is less indented than b but more than a: it is b's sibling, under a
        Outline o = tree("a\n      b\n  c\nd");
        assertThat(labels(o.roots())).containsExactly("a", "d");
        assertThat(labels(o.roots().getFirst().children())).containsExactly("b", "c");
    }

    @Test
    void tabsAndSpacesMix() {
        Outline o = tree("a\n\tb\n    c\n\t  d");
        Node a = o.roots().getFirst();
        assertThat(labels(a.children())).containsExactly("b", "c");
        assertThat(labels(a.children().get(1).children())).containsExactly("d");
    }

    @Test
    void treeMarkersSetExpansionAndKeepChildren() {
        Outline o = tree("+ Archive\n  old.txt\n- Docs\nPlain");
        assertThat(o.roots()).extracting(Node::label, Node::expanded)
                .containsExactly(tuple("Archive", false),
                        tuple("Docs", true),
                        tuple("Plain", true));
        assertThat(labels(o.roots().getFirst().children())).containsExactly("old.txt");
    }

    @Test
    void listBulletsAreStrippedAndNumberingNoticed() {
        Outline bullets = list("- one\n* two\n• three\n*bold*");
        assertThat(labels(bullets.roots())).containsExactly("one", "two", "three", "*bold*");
        assertThat(bullets.numbered()).isFalse();
        Outline numbered = list("1. first\n2) second\n1.5 kg");
        assertThat(labels(numbered.roots())).containsExactly("first", "second", "1.5 kg");
        assertThat(numbered.numbered()).isTrue();
    }

    @Test
    void checklistItems() {
        Outline o = list("- [x] Done\n- [ ] Todo\n[-] Partly\n[] Empty box\nNo box");
        assertThat(o.roots()).extracting(Node::check).containsExactly(
                Optional.of(CheckState.CHECKED), Optional.of(CheckState.UNCHECKED), Optional.of(CheckState.MIXED),
                Optional.of(CheckState.UNCHECKED), Optional.empty());
        assertThat(labels(o.roots())).containsExactly("Done", "Todo", "Partly", "Empty box", "No box");
        assertThat(tree("+ [x] Folder").roots().getFirst())
                .isEqualTo(new Node("Folder", false, Optional.of(CheckState.CHECKED), List.of()));
    }

    @Test
    void blankAndMarkerOnlyLinesAreSkipped() {
        Outline o = list("\n-\n  \n* \none\r\n\r\n");
        assertThat(labels(o.roots())).containsExactly("one");
        assertThat(tree("+\n-\n+ ").roots()).isEmpty();
        assertThat(tree("").roots()).isEmpty();
        assertThat(tree(null).roots()).isEmpty();
    }

    @Test
    void depthIsCappedAndDeeperLinesBecomeSiblings() {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < 100; i++) s.append(" ".repeat(i)).append("n").append(i).append('\n');
        Outline o = tree(s.toString());
        assertThat(depth(o.roots())).isEqualTo(Limits.MAX_DEPTH);
        Node deepest = o.roots().getFirst();
        for (int i = 1; i < Limits.MAX_DEPTH - 1; i++) deepest = deepest.children().getFirst();
        assertThat(deepest.children()).hasSize(100 - (Limits.MAX_DEPTH - 1));
    }

    @Test
    void hugeIndentationIsJustOneLevelDeeper() {
        Outline o = tree("root\n" + " ".repeat(15_000) + "child\nsibling");
        assertThat(labels(o.roots())).containsExactly("root", "sibling");
        assertThat(labels(o.roots().getFirst().children())).containsExactly("child");
    }

    @Test
    void nodeCountIsCapped() {
        assertThat(list("x\n".repeat(5_000)).roots()).hasSize(Limits.MAX_NODES);
    }

    @Test
    void firstLineIndentedStillARoot() {
        Outline o = tree("    a\n  b\nc");
        assertThat(labels(o.roots())).containsExactly("a", "b", "c");
    }

    @Test
    void unicodeLabels() {
        assertThat(labels(list("- 日本\n- Ünïcödé 🎉").roots())).containsExactly("日本", "Ünïcödé 🎉");
    }
}
