package dev.blueline.desktop.panels;

import dev.blueline.desktop.testing.Fx;
import dev.blueline.desktop.testing.LiveEditor;
import dev.blueline.desktop.testing.PanelStage;
import dev.blueline.model.document.Props;
import dev.blueline.model.geometry.Rect;
import javafx.geometry.Point2D;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.TreeCell;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.robot.Motion;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class LayersPanelTest {
    private final FxRobot robot = PanelStage.robot();
    private LiveEditor live;
    private String panel;
    private String label;
    private String button;
    private String heading;

    /** A panel holding a label; a button and a heading at the top level, the heading in front. */
    @BeforeEach
    void open() {
        live = LiveEditor.open();
        live.addScreen("Home", 1440, 900);
        panel = live.place("panel", 100, 100, 400, 300);
        label = live.place("label", 120, 120);
        button = live.place("button", 600, 40);
        heading = live.place("heading", 20, 500);
        PanelStage.show(() -> new LayersPanel(live.editor()), 320, 480);
    }

    @AfterEach
    void close() {
        live.close();
    }

    private TreeView<String> tree() {
        return robot.lookup("#layers-tree").query();
    }

    /** Ids as the rows show them, top to bottom, with children indented by "  ". */
    private List<String> rows() {
        return Fx.call(() -> {
            List<String> out = new ArrayList<>();
            for (int i = 0; i < tree().getExpandedItemCount(); i++) {
                TreeItem<String> item = tree().getTreeItem(i);
                out.add("  ".repeat(tree().getTreeItemLevel(item) - 1) + item.getValue());
            }
            return out;
        });
    }

    private Node row(String id) {
        return robot.lookup(".layer-row").match(n -> n instanceof TreeCell<?> c && id.equals(c.getItem())).query();
    }

    private String labelOf(String id) {
        return dev.blueline.desktop.testing.Fx.call(() -> robot.from(row(id)).lookup((Node n) -> n instanceof javafx.scene.control.Label l
                && l.getText() != null && !l.getText().isBlank()).queryAs(javafx.scene.control.Label.class).getText());
    }

    private Node toggle(String id, String kind) {
        return robot.from(row(id)).lookup(".layer-" + kind).query();
    }

    @Test
    void showsTheScreenByContainmentFrontMostFirstWithNames() {
        assertThat(rows()).containsExactly(heading, button, panel, "  " + label);
        // the control's name and the start of its text
        assertThat(labelOf(heading)).startsWith("Heading · ");
        live.submit(List.of(dev.blueline.model.ops.Put.of(button, Props.NAME, dev.blueline.model.document.Value.of("Sign up"))));
        Fx.await("the layer name shown", () -> robot.from(row(button)).lookup("Sign up").tryQuery().isPresent());
        String newest = live.place("image", 700, 300);
        Fx.await("a new element on top", () -> rows().getFirst().equals(newest), this::rows);
    }

    @Test
    void selectionFollowsBothWays() {
        robot.clickOn(row(button));
        assertThat(live.selection()).containsExactly(button);
        // the Headless platform drops modifier keys from mouse events, so ctrl-click is driven through the tree's model
        Fx.run(() -> tree().getSelectionModel().select(0));
        assertThat(live.selection()).containsExactlyInAnyOrder(button, heading);
        live.run(e -> e.select(List.of(panel, heading)));
        assertThat(Fx.call(() -> tree().getSelectionModel().getSelectedItems().stream().map(TreeItem::getValue).toList()))
                .containsExactlyInAnyOrder(panel, heading);

        Fx.run(() -> tree().getRoot().getChildren().get(2).setExpanded(false));
        live.run(e -> e.select(List.of(label)));
        assertThat(Fx.call(() -> tree().getSelectionModel().getSelectedItems().stream().map(TreeItem::getValue).toList()))
                .containsExactly(label);
        assertThat(rows()).contains("  " + label); // the panel was opened to show it
    }

    @Test
    void lockAndVisibilityTogglesWriteTheLayerAndUndoTakesThemBack() {
        robot.clickOn(toggle(button, "lock"));
        assertThat(live.flag(button, Props.LOCKED)).isTrue();
        robot.clickOn(toggle(heading, "visibility"));
        assertThat(live.flag(heading, Props.HIDDEN)).isTrue();
        robot.clickOn(toggle(button, "lock"));
        assertThat(live.flag(button, Props.LOCKED)).isFalse();
        live.run(e -> e.undo());
        assertThat(live.flag(button, Props.LOCKED)).isTrue();
        assertThat(live.flag(heading, Props.HIDDEN)).isTrue();
    }

    @Test
    void draggingOntoAContainerPutsTheLayerInsideItWhereItWasOnScreen() {
        Rect before = live.bounds(heading);
        robot.drag(row(heading)).moveTo(row(panel), Pos.CENTER, new Point2D(0, 0), Motion.DIRECT).release(MouseButton.PRIMARY);
        Fx.await("the heading inside the panel", () -> panel.equals(live.editor().doc().text(heading, Props.PARENT)), this::rows);
        assertThat(live.bounds(heading)).isEqualTo(before);
        assertThat(rows()).containsExactly(button, panel, "  " + heading, "  " + label);
        assertThat(live.selection()).containsExactly(heading);

        live.run(e -> e.undo());
        assertThat(live.text(heading, Props.PARENT)).isNull();
        assertThat(rows()).containsExactly(heading, button, panel, "  " + label);
    }

    @Test
    void draggingBetweenRowsRestacksAndTakesLayersOutOfContainers() {
        robot.drag(row(label)).moveTo(row(heading), Pos.TOP_CENTER, new Point2D(0, 2), Motion.DIRECT).release(MouseButton.PRIMARY);
        Fx.await("the label in front of everything", () -> rows().getFirst().equals(label), this::rows);
        assertThat(live.text(label, Props.PARENT)).isNull();
        assertThat(live.bounds(label)).isEqualTo(new Rect(120, 120, 120, 24));

        robot.drag(row(label)).moveTo(row(button), Pos.BOTTOM_CENTER, new Point2D(0, -2), Motion.DIRECT).release(MouseButton.PRIMARY);
        Fx.await("the label behind the button", () -> rows().equals(List.of(heading, button, label, panel)), this::rows);
    }

    @Test
    void renamesALayerInPlaceAndABlankNameShowsTheControlAgain() {
        robot.doubleClickOn(row(button)).write("Primary action").type(KeyCode.ENTER);
        assertThat(live.text(button, Props.NAME)).isEqualTo("Primary action");
        assertThat(robot.from(row(button)).lookup("Primary action").tryQuery()).isPresent();

        robot.clickOn(row(button)).type(KeyCode.F2);
        robot.press(KeyCode.CONTROL).type(KeyCode.A).release(KeyCode.CONTROL).type(KeyCode.BACK_SPACE).type(KeyCode.ENTER);
        assertThat(live.text(button, Props.NAME)).isNull();
        assertThat(labelOf(button)).startsWith("Button");
    }
}
