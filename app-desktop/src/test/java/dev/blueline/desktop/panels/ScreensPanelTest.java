package dev.blueline.desktop.panels;

import dev.blueline.desktop.testing.Fx;
import dev.blueline.desktop.testing.LiveEditor;
import dev.blueline.desktop.testing.PanelStage;
import dev.blueline.model.document.Props;
import javafx.scene.Node;
import javafx.scene.control.ColorPicker;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.scene.paint.Color;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ScreensPanelTest {
    private final FxRobot robot = PanelStage.robot();
    private LiveEditor live;
    private ScreensPanel panel;

    @BeforeEach
    void open() {
        live = LiveEditor.open();
        panel = PanelStage.show(() -> new ScreensPanel(live.editor()), 320, 480);
    }

    @AfterEach
    void close() {
        live.close();
    }

    private ListView<String> list() {
        return robot.lookup("#screens-list").queryListView();
    }

    private List<String> shownNames() {
        return Fx.call(() -> list().getItems().stream().map(id -> live.editor().doc().text(id, Props.NAME)).toList());
    }

    private Node row(String name) {
        return robot.lookup(".screen-row").match(n -> n instanceof javafx.scene.control.ListCell<?> c && c.getItem() != null
                && name.equals(live.editor().doc().text((String) c.getItem(), Props.NAME))).query();
    }

    @Test
    void addsScreensFromDevicePresetsAndShowsEachNewOne() {
        robot.clickOn("#screens-add").clickOn("Tablet  768 × 1024");
        Fx.await("a screen in the list", () -> list().getItems().size() == 1);
        String tablet = Fx.call(() -> list().getItems().getFirst());
        assertThat(live.number(tablet, Props.W)).isEqualTo(768);
        assertThat(live.number(tablet, Props.H)).isEqualTo(1024);
        assertThat(live.text(tablet, Props.DEVICE)).isEqualTo("tablet");
        assertThat(live.screen()).isEqualTo(tablet);

        robot.clickOn("#screens-add").clickOn("Phone  390 × 844");
        Fx.await("two screens", () -> list().getItems().size() == 2);
        String phone = Fx.call(() -> list().getItems().get(1));
        assertThat(live.screen()).isEqualTo(phone);
        assertThat(Fx.call(() -> list().getSelectionModel().getSelectedItem())).isEqualTo(phone);
        assertThat(shownNames()).containsExactly("Screen 1", "Screen 2");
        assertThat(robot.lookup("390 × 844").tryQuery()).isPresent();
    }

    @Test
    void addsACustomSizeFromTheInlineForm() {
        robot.clickOn("#screens-add").clickOn("Custom size…");
        assertThat(robot.lookup("#screens-custom").query().isVisible()).isTrue();
        robot.doubleClickOn("#screens-custom-w").write("1000");
        robot.doubleClickOn("#screens-custom-h").write("abc");
        robot.clickOn("#screens-custom-add");
        assertThat(list().getItems()).isEmpty();
        assertThat(live.status()).contains("width and a height");

        robot.doubleClickOn("#screens-custom-h").write("600").type(KeyCode.ENTER);
        Fx.await("the custom screen", () -> list().getItems().size() == 1);
        String id = Fx.call(() -> list().getItems().getFirst());
        assertThat(live.number(id, Props.W)).isEqualTo(1000);
        assertThat(live.number(id, Props.H)).isEqualTo(600);
        assertThat(live.text(id, Props.DEVICE)).isEqualTo("custom");
        assertThat(robot.lookup("#screens-custom").query().isVisible()).isFalse();
    }

    @Test
    void renamesInPlaceByDoubleClickAndByF2() {
        String home = live.addScreen("Home", 1440, 900);
        robot.doubleClickOn(row("Home"));
        robot.write("Checkout").type(KeyCode.ENTER);
        Fx.await("the new name in the document", () -> "Checkout".equals(live.editor().doc().text(home, Props.NAME)));
        assertThat(robot.lookup("Checkout").tryQuery()).isPresent();

        robot.clickOn(row("Checkout")).type(KeyCode.F2).write("Basket").type(KeyCode.ESCAPE);
        assertThat(live.text(home, Props.NAME)).isEqualTo("Checkout");
        robot.type(KeyCode.F2).write("Basket").type(KeyCode.ENTER);
        Fx.await("renamed again", () -> "Basket".equals(live.editor().doc().text(home, Props.NAME)));
        live.run(e -> e.undo());
        assertThat(live.text(home, Props.NAME)).isEqualTo("Checkout");
    }

    @Test
    void dragReordersWithOneOrderKeyAndNobodyElseRenumbered() {
        String a = live.addScreen("A", 1440, 900);
        String b = live.addScreen("B", 1440, 900);
        String c = live.addScreen("C", 1440, 900);
        String orderA = live.text(a, Props.ORDER), orderB = live.text(b, Props.ORDER);
        Node target = row("A");
        robot.drag(row("C")).moveTo(target, javafx.geometry.Pos.TOP_CENTER, new javafx.geometry.Point2D(0, 3), org.testfx.robot.Motion.DIRECT).release(javafx.scene.input.MouseButton.PRIMARY);
        Fx.await("C first", () -> shownNames().equals(List.of("C", "A", "B")), this::shownNames);
        assertThat(live.text(a, Props.ORDER)).isEqualTo(orderA);
        assertThat(live.text(b, Props.ORDER)).isEqualTo(orderB);

        robot.drag(row("C")).moveTo(row("B"), javafx.geometry.Pos.BOTTOM_CENTER, new javafx.geometry.Point2D(0, -3), org.testfx.robot.Motion.DIRECT).release(javafx.scene.input.MouseButton.PRIMARY);
        Fx.await("C last", () -> shownNames().equals(List.of("A", "B", "C")), this::shownNames);
        assertThat(live.screen()).isEqualTo(c);
    }

    @Test
    void deletesTheShownScreenShowsItsNeighbourAndUndoBringsItBack() {
        String a = live.addScreen("A", 1440, 900);
        String b = live.addScreen("B", 768, 1024);
        String c = live.addScreen("C", 390, 844);
        String orderA = live.text(a, Props.ORDER), orderC = live.text(c, Props.ORDER);
        robot.clickOn(row("B"));
        assertThat(live.screen()).isEqualTo(b);
        robot.clickOn("#screens-delete");
        Fx.await("B gone from the list", () -> shownNames().equals(List.of("A", "C")));
        assertThat(live.flag(b, Props.DELETED)).isTrue();
        assertThat(live.screen()).isEqualTo(c);
        assertThat(live.text(a, Props.ORDER)).isEqualTo(orderA);
        assertThat(live.text(c, Props.ORDER)).isEqualTo(orderC);

        live.run(e -> e.undo());
        Fx.await("B back", () -> shownNames().equals(List.of("A", "B", "C")));
    }

    @Test
    void selectingShowsTheScreenAndTheListFollowsTheEditor() {
        String a = live.addScreen("A", 1440, 900);
        String b = live.addScreen("B", 1440, 900);
        robot.clickOn(row("B"));
        assertThat(live.screen()).isEqualTo(b);
        live.run(e -> e.showScreen(a));
        assertThat(Fx.call(() -> list().getSelectionModel().getSelectedItem())).isEqualTo(a);
    }

    @Test
    void setsAndResetsTheShownScreensBackground() {
        String a = live.addScreen("A", 1440, 900);
        ColorPicker picker = robot.lookup("#screens-background").query();
        Fx.run(() -> picker.setValue(Color.web("#fef3c7")));
        assertThat(live.text(a, Props.BACKGROUND)).isEqualTo("#fef3c7");
        robot.clickOn("#screens-background-default");
        assertThat(live.text(a, Props.BACKGROUND)).isNull();
        assertThat(Fx.call(picker::getValue)).isEqualTo(Color.WHITE);
    }

    @Test
    void showsATeammatesRenameWithoutAnyClick() {
        String a = live.addScreen("A", 1440, 900);
        live.awaitSynced();
        try (LiveEditor other = live.anotherClient()) {
            other.submit(List.of(dev.blueline.model.ops.Put.of(a, Props.NAME, dev.blueline.model.document.Value.of("Landing"))));
            Fx.await("the new name in this panel", () -> robot.lookup("Landing").tryQuery().isPresent());
        }
    }
}
