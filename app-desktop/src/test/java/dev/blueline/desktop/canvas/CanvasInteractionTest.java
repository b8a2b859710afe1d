package dev.blueline.desktop.canvas;

import dev.blueline.desktop.editor.Editor;
import dev.blueline.model.document.Document;
import dev.blueline.model.document.Props;
import dev.blueline.model.ops.ChangeValidator;
import dev.blueline.model.ops.Put;
import javafx.scene.Scene;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.util.List;

import static dev.blueline.model.testing.Fixtures.element;
import static dev.blueline.model.testing.Fixtures.screen;
import static org.assertj.core.api.Assertions.assertThat;

/** The canvas driven with a real mouse and keyboard (TestFX on the Headless platform), editing an offline session. */
@ExtendWith(ApplicationExtension.class)
class CanvasInteractionTest {
    Editor editor;
    CanvasView canvas;

    @Start
    void start(Stage stage) {
        Document doc = new Document();
        ChangeValidator v = new ChangeValidator();
        v.apply(doc, List.of(screen("s1", "Home"),
                element("a", "button", "s1", 100, 100),
                element("b", "button", "s1", 400, 100),
                Put.on("p").set("kind", "element").set("type", "panel").set("screen", "s1").set("order", "a5")
                        .set("x", 100.0).set("y", 300.0).set("w", 400.0).set("h", 250.0).build()));
        editor = OfflineEditors.on(doc);
        canvas = new CanvasView(editor);
        editor.showScreen("s1");
        stage.setScene(new Scene(canvas, 1000, 700));
        stage.show();
        editor.viewport().zoomProperty().set(1);
        editor.viewport().originXProperty().set(0);
        editor.viewport().originYProperty().set(0);
        editor.snapProperty().set(false);
    }

    double x(String id) {
        return editor.doc().number(id, Props.X);
    }

    @Test
    void clickSelectsAndShiftClickAddsToTheSelection(FxRobot robot) {
        robot.clickOn(canvas, MouseButton.PRIMARY).moveTo(canvas).moveBy(-500 + 150, -350 + 120).clickOn(MouseButton.PRIMARY);
        assertThat(editor.selection()).containsExactly("a");
        robot.press(KeyCode.SHIFT).moveBy(300, 0).clickOn(MouseButton.PRIMARY).release(KeyCode.SHIFT);
        assertThat(editor.selection()).containsExactly("a", "b");
        robot.moveBy(0, 500).clickOn(MouseButton.PRIMARY);
        assertThat(editor.selection()).as("clicking empty canvas clears").isEmpty();
    }

    @Test
    void draggingMovesTheElementAndUndoPutsItBack(FxRobot robot) {
        robot.moveTo(canvas).moveBy(-500 + 150, -350 + 120).drag(MouseButton.PRIMARY).moveBy(60, 30).release(MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(x("a")).isEqualTo(160);
        assertThat(editor.doc().number("a", Props.Y)).isEqualTo(130);
        robot.interact(editor::undo);
        assertThat(x("a")).as("the whole drag is one undo step").isEqualTo(100);
    }

    @Test
    void marqueeSelectsWhatItEncloses(FxRobot robot) {
        robot.moveTo(canvas).moveBy(-500 + 50, -350 + 50).drag(MouseButton.PRIMARY).moveBy(600, 150).release(MouseButton.PRIMARY);
        assertThat(editor.selection()).containsExactlyInAnyOrder("a", "b");
    }

    @Test
    void arrowKeysNudgeByOneAndShiftByTen(FxRobot robot) {
        robot.interact(() -> editor.select(List.of("a")));
        robot.clickOn(canvas).interact(() -> editor.select(List.of("a")));
        robot.type(KeyCode.RIGHT);
        assertThat(x("a")).isEqualTo(101);
        robot.press(KeyCode.SHIFT).type(KeyCode.RIGHT).release(KeyCode.SHIFT);
        assertThat(x("a")).isEqualTo(111);
    }

    @Test
    void resizingFromTheCornerHandleAndShiftKeepsTheRatio(FxRobot robot) {
        robot.interact(() -> editor.select(List.of("a")));
        WaitForAsyncUtils.waitForFxEvents();
        // the south-east handle of a is at (220, 140)
        robot.moveTo(canvas).moveBy(-500 + 220, -350 + 140).drag(MouseButton.PRIMARY).moveBy(120, 10).release(MouseButton.PRIMARY);
        assertThat(editor.doc().number("a", Props.W)).isEqualTo(240);
        assertThat(editor.doc().number("a", Props.H)).isEqualTo(50);
        robot.moveTo(canvas).moveBy(-500 + 340, -350 + 150).press(KeyCode.SHIFT).drag(MouseButton.PRIMARY).moveBy(60, 0)
                .release(MouseButton.PRIMARY).release(KeyCode.SHIFT);
        assertThat(editor.doc().number("a", Props.W) / editor.doc().number("a", Props.H)).isCloseTo(240.0 / 50, org.assertj.core.data.Offset.offset(0.01));
    }

    @Test
    void droppingAnElementOnAPanelPutsItInside(FxRobot robot) {
        robot.moveTo(canvas).moveBy(-500 + 150, -350 + 120).drag(MouseButton.PRIMARY).moveBy(50, 250).release(MouseButton.PRIMARY);
        assertThat(editor.doc().text("a", Props.PARENT)).isEqualTo("p");
        assertThat(x("a")).as("relative to the panel now").isEqualTo(50);
        assertThat(canvas.scene().item("a").bounds().x()).as("but where it was dropped on screen").isEqualTo(150);
    }

    @Test
    void doubleClickEditsTextInPlace(FxRobot robot) {
        robot.moveTo(canvas).moveBy(-500 + 150, -350 + 120).doubleClickOn(MouseButton.PRIMARY);
        TextArea box = robot.lookup("#inline-text").queryAs(TextArea.class);
        assertThat(box).isNotNull();
        robot.interact(() -> box.setText("Sign in"));
        robot.type(KeyCode.ENTER);
        assertThat(editor.doc().text("a", Props.TEXT)).isEqualTo("Sign in");
    }

    @Test
    void ctrlWheelZoomsAroundTheCursor(FxRobot robot) {
        robot.moveTo(canvas).moveBy(-500 + 700, -350 + 650).clickOn(MouseButton.PRIMARY).moveBy(-550, -530);
        double before = editor.viewport().zoom();
        robot.press(KeyCode.CONTROL).scroll(3, javafx.geometry.VerticalDirection.UP).release(KeyCode.CONTROL);
        assertThat(editor.viewport().zoom()).isNotEqualTo(before);
        assertThat(editor.viewport().toScreenX(150)).isCloseTo(150, org.assertj.core.data.Offset.offset(1.0));
    }
}
