package dev.blueline.desktop.shell;

import dev.blueline.desktop.shell.actions.Command;
import dev.blueline.model.catalog.Catalog;
import dev.blueline.model.document.Document;
import dev.blueline.model.document.Props;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import static org.assertj.core.api.Assertions.assertThat;

/** The app from start to an edited project, driven through its windows. */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class AppFlowTest {
    static AppHarness app;

    @BeforeAll
    static void start() throws Exception {
        app = AppHarness.start();
    }

    @AfterAll
    static void stop() throws Exception {
        if (app != null) app.close();
    }

    @Test
    @Order(1)
    void startsWithTheProjectBrowser() throws Exception {
        assertThat(app.fx(() -> app.shell().browserStage().getTitle())).isEqualTo("Blueline — Projects");
        ListView<?> list = app.robot.lookup("#project-list").queryAs(ListView.class);
        assertThat(app.fx(() -> list.getItems().size())).isZero();
        assertThat(app.robot.lookup("#new-project").tryQuery()).isPresent();
        assertThat(app.robot.lookup("#new-from-template").tryQuery()).isPresent();
        assertThat(app.robot.lookup("#import-project").tryQuery()).isPresent();
    }

    @Test
    @Order(2)
    void newBlankProjectOpensWithOneHomeScreen() throws Exception {
        app.robot.clickOn("#new-project");
        app.awaitDialog("name-dialog");
        TextField name = app.robot.lookup("#name-field").queryAs(TextField.class);
        app.run(() -> name.setText(""));
        app.robot.clickOn(name).write("Shop");
        app.robot.clickOn("#name-ok");

        EditorWindow w = app.awaitWindow("Shop");
        assertThat(app.fx(() -> w.stage().getTitle())).isEqualTo("Shop — Blueline");
        assertThat(app.fx(() -> app.shell().browserStage().isShowing())).isFalse();
        Document doc = app.fx(() -> w.editor().doc().copy());
        assertThat(doc.screens()).hasSize(1);
        String screen = doc.screens().getFirst();
        assertThat(doc.text(screen, Props.NAME)).isEqualTo("Home");
        assertThat(doc.number(screen, Props.W)).isEqualTo(1440);
        assertThat(doc.number(screen, Props.H)).isEqualTo(900);
        assertThat(AppHarness.elementTypes(doc)).isEmpty();
        assertThat(app.fx(() -> w.editor().screen())).isEqualTo(screen);
        // the creation is not in this window's undo history
        assertThat(app.fx(() -> w.session().sync().canUndo())).isFalse();
    }

    @Test
    @Order(3)
    void placingFromThePaletteLandsInTheMiddleOfTheViewSelected() throws Exception {
        EditorWindow w = app.awaitWindow("Shop");
        var button = Catalog.get("button");
        app.run(() -> w.placeAtCentre(button));
        String id = app.fx(() -> w.editor().selection().getFirst());
        Document doc = app.fx(() -> w.editor().doc().copy());
        assertThat(doc.text(id, Props.TYPE)).isEqualTo("button");
        double[] centre = app.fx(() -> new double[]{w.editor().viewport().toScreenX(w.canvas().getWidth() / 2),
                w.editor().viewport().toScreenY(w.canvas().getHeight() / 2)});
        assertThat(doc.number(id, Props.X) + doc.number(id, Props.W) / 2).isCloseTo(centre[0], org.assertj.core.data.Offset.offset(1.0));
        assertThat(doc.number(id, Props.Y) + doc.number(id, Props.H) / 2).isCloseTo(centre[1], org.assertj.core.data.Offset.offset(1.0));
    }

    @Test
    @Order(4)
    void undoAndRedoFromTheMenuAndTheKeyboardChangeTheDocument() throws Exception {
        EditorWindow w = app.awaitWindow("Shop");
        app.run(() -> w.editor().selection().clear());
        app.fire(w, Command.SELECT_ALL);
        int before = app.fx(() -> AppHarness.elementTypes(w.editor().doc()).size());
        assertThat(before).isPositive();
        app.fire(w, Command.DELETE);
        assertThat(app.fx(() -> AppHarness.elementTypes(w.editor().doc()).size())).isZero();

        app.fire(w, Command.UNDO);
        assertThat(app.fx(() -> AppHarness.elementTypes(w.editor().doc()).size())).isEqualTo(before);
        app.fire(w, Command.REDO);
        assertThat(app.fx(() -> AppHarness.elementTypes(w.editor().doc()).size())).isZero();

        // the same through the accelerators, with the canvas focused
        app.run(() -> w.canvas().requestFocus());
        app.robot.push(KeyCode.CONTROL, KeyCode.Z);
        app.await("ctrl+Z undid the delete", () -> AppHarness.elementTypes(w.editor().doc()).size() == before);
        app.robot.push(KeyCode.CONTROL, KeyCode.Y);
        app.await("ctrl+Y redid it", () -> AppHarness.elementTypes(w.editor().doc()).isEmpty());
        app.robot.push(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.Z);
        app.await("ctrl+shift+Z does nothing more", () -> w.editor().statusProperty().get().contains("Nothing to redo"));
        app.robot.push(KeyCode.CONTROL, KeyCode.Z);
        app.await("ctrl+Z again", () -> AppHarness.elementTypes(w.editor().doc()).size() == before);
        app.await("the host has all of it", () -> w.session().sync().isSynced());
    }

    @Test
    @Order(5)
    void previewModeHidesThePanelsAndEditingAndEscLeavesIt() throws Exception {
        EditorWindow w = app.awaitWindow("Shop");
        app.fire(w, Command.PREVIEW);
        assertThat(app.fx(() -> w.editor().previewProperty().get())).isTrue();
        assertThat(app.robot.lookup("#left-panels").tryQuery()).isEmpty();
        assertThat(app.robot.lookup("#right-panels").tryQuery()).isEmpty();
        assertThat(app.fx(() -> AppHarness.menuItem(w, Command.SELECT_ALL).isDisable())).isTrue();
        assertThat(app.fx(() -> AppHarness.menuItem(w, Command.UNDO).isDisable())).isTrue();
        app.run(() -> w.canvas().requestFocus());
        app.robot.push(KeyCode.ESCAPE);
        app.await("preview is off", () -> !w.editor().previewProperty().get());
        assertThat(app.robot.lookup("#left-panels").tryQuery()).isPresent();
        assertThat(app.fx(() -> AppHarness.menuItem(w, Command.SELECT_ALL).isDisable())).isFalse();
    }

    @Test
    @Order(6)
    void statusBarShowsZoomConnectionPeopleAndSelection() throws Exception {
        EditorWindow w = app.awaitWindow("Shop");
        app.fire(w, Command.SELECT_ALL);
        app.await("the status bar is filled in", () -> text("#status-connection").equals("Online")
                && text("#status-selection").startsWith("1 element") && text("#status-zoom").endsWith("%")
                && text("#status-people").startsWith("Just you"));
        app.fire(w, Command.ACTUAL_SIZE);
        app.await("zoom shows 100%", () -> text("#status-zoom").equals("100%"));
        app.fire(w, Command.ZOOM_IN);
        app.await("zoom shows 125%", () -> text("#status-zoom").equals("125%"));
    }

    @Test
    @Order(7)
    void closingTheLastEditorBringsBackTheBrowserListingTheProject() throws Exception {
        EditorWindow w = app.awaitWindow("Shop");
        app.fire(w, Command.CLOSE);
        app.await("the browser is back", () -> app.shell().browserStage().isShowing() && app.shell().windows().isEmpty());
        ListView<?> list = app.robot.lookup("#project-list").queryAs(ListView.class);
        assertThat(app.fx(() -> list.getItems().size())).isEqualTo(1);
        app.robot.doubleClickOn(".project-cell");
        EditorWindow again = app.awaitWindow("Shop");
        assertThat(app.fx(() -> AppHarness.elementTypes(again.editor().doc()))).containsExactly("button");
    }

    private static String text(String query) {
        return app.robot.lookup(query).queryLabeled().getText();
    }
}
