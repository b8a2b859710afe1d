package dev.blueline.desktop.canvas;

import dev.blueline.model.document.Document;
import dev.blueline.model.document.Props;
import dev.blueline.model.document.Value;
import dev.blueline.model.geometry.Rect;
import dev.blueline.model.ops.ChangeValidator;
import dev.blueline.model.ops.Put;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static dev.blueline.model.testing.Fixtures.element;
import static dev.blueline.model.testing.Fixtures.screen;
import static org.assertj.core.api.Assertions.assertThat;

class ScreenSceneTest {
    Document doc;
    ChangeValidator v = new ChangeValidator();
    ScreenScene scene;

    void apply(Put... ops) {
        assertThat(v.apply(doc, List.of(ops))).isNull();
    }

    @BeforeEach
    void setUp() {
        doc = new Document();
        apply(screen("s1", "Home"), screen("s2", "Other"),
                element("panel", "panel", "s1", 100, 100),
                Put.on("panel").set(Props.W, 300.0).set(Props.H, 200.0).build(),
                element("inside", "button", "s1", "panel", 10, 10),
                element("top", "button", "s1", 500, 500),
                element("elsewhere", "button", "s2", 100, 100));
        // later siblings paint on top
        apply(Put.of("top", Props.ORDER, Value.of("a1")));
        scene = new ScreenScene(doc, "s1");
    }

    @Test
    void editingAComponentsMasterRepaintsWhereItsCopiesAre() {
        apply(Put.on("card").set(Props.KIND, "screen").set(Props.NAME, "Card").set(Props.W, 200.0).set(Props.H, 100.0)
                        .set(Props.ORDER, "a5").set(Props.COMPONENT, true).build(),
                element("title", "heading", "card", 10, 10),
                Put.on("copy").set(Props.KIND, "element").set(Props.TYPE, "component").set(Props.SCREEN, "s1")
                        .set(Props.ORDER, "a2").set(Props.X, 600.0).set(Props.Y, 40.0).set(Props.W, 200.0).set(Props.H, 100.0)
                        .set(Props.MASTER, "card").build());
        scene = new ScreenScene(doc, "s1");
        apply(Put.of("title", Props.TEXT, Value.of("Changed")));
        assertThat(scene.update(List.of("title"))).as("the copy's area").isEqualTo(new Rect(600, 40, 200, 100));
        // an edit on an ordinary other screen repaints nothing here
        apply(Put.of("elsewhere", Props.TEXT, Value.of("Changed")));
        assertThat(scene.update(List.of("elsewhere"))).isNull();
    }

    @Test
    void knowsOnlyVisibleElementsOfItsScreenWithScreenSpaceBounds() {
        assertThat(scene.size()).isEqualTo(3);
        assertThat(scene.item("inside").bounds()).isEqualTo(new Rect(110, 110, 120, 40));
        assertThat(scene.item("elsewhere")).isNull();
        assertThat(scene.item("inside").clip()).isEqualTo(new Rect(100, 100, 300, 200));
    }

    @Test
    void hitTestingFindsTheFrontMostElement() {
        assertThat(scene.topAt(115, 115)).isEqualTo("inside");
        assertThat(scene.topAt(105, 105)).isEqualTo("panel");
        assertThat(scene.topAt(50, 50)).isNull();
        assertThat(scene.allAt(115, 115)).containsExactly("inside", "panel");
    }

    @Test
    void cullingReturnsWhatMeetsTheAreaInPaintOrder() {
        assertThat(scene.within(new Rect(0, 0, 1000, 1000))).extracting(ScreenScene.Item::id).containsExactly("panel", "inside", "top");
        assertThat(scene.within(new Rect(450, 450, 100, 100))).extracting(ScreenScene.Item::id).containsExactly("top");
    }

    @Test
    void movingAContainerMovesWhatIsInsideAndReportsTheAreaToRepaint() {
        apply(Put.on("panel").set(Props.X, 200.0).build());
        Rect dirty = scene.update(Set.of("panel"));
        assertThat(scene.item("inside").bounds()).isEqualTo(new Rect(210, 110, 120, 40));
        assertThat(dirty).isNotNull();
        assertThat(dirty.contains(new Rect(100, 100, 300, 200))).as("old place").isTrue();
        assertThat(dirty.contains(new Rect(200, 100, 300, 200))).as("new place").isTrue();
        assertThat(scene.topAt(115, 115)).isNull();
    }

    @Test
    void deletingAContainerHidesItsChildren() {
        apply(Put.of("panel", Props.DELETED, Value.of(true)));
        Rect dirty = scene.update(Set.of("panel"));
        assertThat(scene.item("inside")).isNull();
        assertThat(scene.item("panel")).isNull();
        assertThat(dirty.contains(new Rect(100, 100, 300, 200))).isTrue();
    }

    @Test
    void hiddenElementsAreNotDrawnNorHit() {
        apply(Put.of("top", Props.HIDDEN, Value.of(true)));
        scene.update(Set.of("top"));
        assertThat(scene.topAt(510, 510)).isNull();
    }

    @Test
    void reorderingChangesWhatIsOnTop() {
        apply(element("over", "button", "s1", 500, 500), Put.of("over", Props.ORDER, Value.of("a2")));
        scene.update(Set.of("over"));
        assertThat(scene.topAt(510, 510)).isEqualTo("over");
        apply(Put.of("over", Props.ORDER, Value.of("Zz")));
        Rect dirty = scene.update(Set.of("over"));
        assertThat(scene.topAt(510, 510)).isEqualTo("top");
        assertThat(dirty).isNotNull();
    }

    @Test
    void changesOnOtherScreensNeedNoRepaint() {
        apply(Put.on("elsewhere").set(Props.X, 5.0).build());
        assertThat(scene.update(Set.of("elsewhere"))).isNull();
    }

    @Test
    void anElementCreatedInsideAContainerIsClippedByIt() {
        apply(element("late", "label", "s1", "panel", 250, 150));
        scene.update(Set.of("late"));
        ScreenScene.Item it = scene.item("late");
        assertThat(it.bounds()).isEqualTo(new Rect(350, 250, 120, 40));
        assertThat(it.clip()).isEqualTo(new Rect(100, 100, 300, 200));
        assertThat(scene.topAt(450, 260)).as("the part outside the panel is clipped away").isNull();
    }
}
