package dev.blueline.desktop.editor.commands;

import dev.blueline.model.document.Document;
import dev.blueline.model.document.Props;
import dev.blueline.model.document.Value;
import dev.blueline.model.geometry.Geometry;
import dev.blueline.model.geometry.Rect;
import dev.blueline.model.ops.Put;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class LayersTest {
    private Docs d;

    /** Screen s: panel P (100,100 400×300) holding label L1 and L2; button B and heading H at the top level, H in front. */
    @BeforeEach
    void document() {
        d = new Docs().screen("s", "Home")
                .element("P", "panel", "s", null, 100, 100, 400, 300)
                .element("L1", "label", "s", "P", 10, 10, 100, 24)
                .element("L2", "label", "s", "P", 10, 50, 100, 24)
                .element("B", "button", "s", null, 600, 40, 120, 40)
                .element("H", "heading", "s", null, 20, 20, 300, 48);
    }

    private List<String> ids(List<Layers.Layer> layers) {
        return layers.stream().map(Layers.Layer::id).toList();
    }

    @Test
    void theTreeListsFrontMostFirstAtEveryLevel() {
        List<Layers.Layer> tree = Layers.tree(d.doc(), "s");
        assertThat(ids(tree)).containsExactly("H", "B", "P");
        assertThat(ids(tree.get(2).children())).containsExactly("L2", "L1");
        d.set("B", Props.DELETED, Value.of(true));
        assertThat(ids(Layers.tree(d.doc(), "s"))).containsExactly("H", "P");
    }

    @Test
    void droppingIntoAContainerWritesParentOrderAndPositionTogetherAndKeepsItOnScreen() {
        Rect before = Geometry.bounds(d.doc(), "B");
        List<Put> ops = Layers.move(d.doc(), List.of("B"), "P", Layers.Where.INTO);
        assertThat(ops).hasSize(1);
        assertThat(ops.getFirst().set()).containsKeys(Props.PARENT, Props.ORDER, Props.X, Props.Y);
        d.apply(ops);
        assertThat(d.doc().text("B", Props.PARENT)).isEqualTo("P");
        assertThat(Geometry.bounds(d.doc(), "B")).isEqualTo(before);
        assertThat(ids(Layers.tree(d.doc(), "s").get(1).children())).containsExactly("B", "L2", "L1");
    }

    @Test
    void droppingAboveARowPutsItInFrontOfThatElementAndTouchesNobodyElse() {
        String orderL1 = d.doc().text("L1", Props.ORDER), orderL2 = d.doc().text("L2", Props.ORDER);
        d.apply(Layers.move(d.doc(), List.of("H"), "L1", Layers.Where.IN_FRONT));
        assertThat(ids(Layers.tree(d.doc(), "s"))).containsExactly("B", "P");
        assertThat(ids(Layers.tree(d.doc(), "s").get(1).children())).containsExactly("L2", "H", "L1");
        assertThat(d.doc().text("L1", Props.ORDER)).isEqualTo(orderL1);
        assertThat(d.doc().text("L2", Props.ORDER)).isEqualTo(orderL2);
    }

    @Test
    void droppingBelowARowOfTheSameLevelOnlyRestacks() {
        List<Put> ops = Layers.move(d.doc(), List.of("H"), "P", Layers.Where.BEHIND);
        assertThat(ops.getFirst().set()).containsOnlyKeys(Props.PARENT, Props.ORDER);
        d.apply(ops);
        assertThat(ids(Layers.tree(d.doc(), "s"))).containsExactly("B", "P", "H");
    }

    @Test
    void severalLayersKeepTheirStackingWhenMovedTogether() {
        d.apply(Layers.move(d.doc(), List.of("H", "B"), "L2", Layers.Where.BEHIND));
        assertThat(ids(Layers.tree(d.doc(), "s").getFirst().children())).containsExactly("L2", "H", "B", "L1");
    }

    @Test
    void refusesToPutAContainerInsideItselfOrIntoANonContainer() {
        assertThat(Layers.move(d.doc(), List.of("P"), "L1", Layers.Where.IN_FRONT)).isEmpty();
        assertThat(Layers.move(d.doc(), List.of("P"), "P", Layers.Where.INTO)).isEmpty();
        assertThat(Layers.move(d.doc(), List.of("H"), "B", Layers.Where.INTO)).isEmpty();
    }

    @Test
    void lockedLayersStayWhereTheyAre() {
        d.set("B", Props.LOCKED, Value.of(true));
        assertThat(Layers.move(d.doc(), List.of("B"), "P", Layers.Where.INTO)).isEmpty();
        List<Put> ops = Layers.move(d.doc(), List.of("B", "H"), "P", Layers.Where.INTO);
        assertThat(ops).extracting(Put::id).containsExactly("H");
    }

    @Test
    void droppingBelowTheLastRowSendsItToTheBackOfTheScreen() {
        Rect before = Geometry.bounds(d.doc(), "L1");
        d.apply(Layers.move(d.doc(), List.of("L1"), null, Layers.Where.BEHIND));
        Document doc = d.doc();
        assertThat(ids(Layers.tree(doc, "s"))).containsExactly("H", "B", "P", "L1");
        assertThat(Geometry.bounds(doc, "L1")).isEqualTo(before);
    }
}
