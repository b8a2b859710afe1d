package dev.blueline.desktop.shell;

import dev.blueline.desktop.editor.commands.Screens;
import dev.blueline.desktop.shell.actions.Command;
import dev.blueline.desktop.shell.templates.Templates;
import dev.blueline.model.catalog.Catalog;
import dev.blueline.model.export.CodeFormat;
import dev.blueline.model.export.ExportFile;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DialogPane;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TextArea;
import javafx.scene.input.Clipboard;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** Export ▸ Code… and Export ▸ Project as code…, driven through the real app. */
class CodeExportDialogTest {
    static AppHarness app;
    static EditorWindow w;

    @BeforeAll
    static void start() throws Exception {
        app = AppHarness.start();
        w = app.create("Shop", Templates.blank());
    }

    @AfterAll
    static void stop() throws Exception {
        if (app != null) app.close();
    }

    @AfterEach
    void closeCodeWindow() throws Exception {
        app.closeDialogs();
        app.run(() -> CodeExportDialog.showing(w).ifPresent(d -> d.stage().close()));
        app.run(() -> w.editor().showScreen(w.editor().doc().screens().getFirst()));
    }

    @Test
    void aScreenShowsAsHtmlCopiesAndSavesToAFolder() throws Exception {
        String button = place("button");
        place("text-input");
        CodeExportDialog d = openFromExportMenu(Command.EXPORT_CODE);
        choose(d, CodeFormat.HTML);

        // the page is shown first, not the stylesheet
        ListView<ExportFile> list = node(d, "#code-files");
        assertThat(app.fx(() -> list.getSelectionModel().getSelectedItem().path())).isEqualTo("home.html");
        assertThat(app.fx(() -> list.getItems().stream().map(ExportFile::path).toList())).containsExactly("home.html", "blueline.css");
        TextArea preview = node(d, "#code-preview");
        String html = app.fx(preview::getText);
        assertThat(html).contains("data-id=\"" + button + "\"").startsWith("<!DOCTYPE html>");
        assertThat(app.fx(preview::isEditable)).isFalse();

        app.robot.clickOn(this.<Button>node(d, "#code-copy"));
        assertThat(app.fx(() -> Clipboard.getSystemClipboard().getString())).isEqualTo(html);
        assertThat(app.fx(() -> w.editor().statusProperty().get())).contains("Copied home.html");

        // another file of the list shows in the preview
        app.run(() -> list.getSelectionModel().select(1));
        String shownCss = app.fx(preview::getText);
        assertThat(shownCss).isEqualTo(app.fx(() -> list.getItems().get(1).content()));

        Path folder = Files.createTempDirectory("blueline-code-");
        try {
            assertThat(app.fx(() -> d.saveTo(folder))).isTrue();
            List<ExportFile> shown = app.fx(d::files);
            for (ExportFile f : shown) {
                String written = Files.readString(folder.resolve(f.path()));
                assertThat(written).as(f.path()).isEqualTo(f.content());
            }
            assertThat(app.fx(() -> w.editor().statusProperty().get())).contains("Saved 2 files");

            // saving again asks before replacing, and replaces on yes
            Files.writeString(folder.resolve("home.html"), "changed by hand");
            assertThat(app.fx(() -> d.saveTo(folder))).isFalse();
            DialogPane confirm = app.awaitDialog("confirm-dialog");
            assertThat(app.fx(confirm::getHeaderText)).isEqualTo("Replace 2 files in " + folder.getFileName() + "?");
            assertThat(app.fx(confirm::getContentText)).contains("home.html").contains("blueline.css");
            app.robot.clickOn(app.fx(() -> (Button) confirm.lookupButton(confirm.getButtonTypes().getFirst())));
            app.await("home.html is written again", () -> Files.readString(folder.resolve("home.html")).equals(shown.getFirst().content()));
        } finally {
            AppHarness.deleteTree(folder);
        }
    }

    @Test
    void theShortcutOpensItAndTheFormatIsRemembered() throws Exception {
        CodeExportDialog first = open(() -> app.run(() -> CodeExportDialog.showScreen(w)));
        choose(first, CodeFormat.FXML);
        app.run(() -> first.stage().close());

        app.run(() -> w.canvas().requestFocus());
        app.robot.push(KeyCode.CONTROL, KeyCode.ALT, KeyCode.E);
        app.await("the code window opens", () -> CodeExportDialog.showing(w).isPresent());
        CodeExportDialog second = app.fx(() -> CodeExportDialog.showing(w).orElseThrow());
        assertThat(app.fx(() -> this.<ComboBox<CodeFormat>>node(second, "#code-format").getValue())).isEqualTo(CodeFormat.FXML);
        choose(second, CodeFormat.HTML);
    }

    @Test
    void projectAsCodeListsEveryPage() throws Exception {
        String second = addScreen("Checkout");
        try {
            CodeExportDialog d = openFromExportMenu(Command.EXPORT_PROJECT_CODE);
            choose(d, CodeFormat.HTML);
            List<String> paths = app.fx(() -> d.files().stream().map(ExportFile::path).toList());
            assertThat(paths).containsExactly("home.html", "checkout.html", "index.html", "blueline.css");
            assertThat(app.fx(() -> this.<TextArea>node(d, "#code-preview").getText())).contains("<title>Home</title>");
            assertThat(app.fx(d::message)).isEqualTo("4 files for every screen");

            // File ▸ Export project as code… is the same window
            app.run(() -> d.stage().close());
            app.fire(w, Command.EXPORT_PROJECT_CODE);
            app.await("it opens from the File menu", () -> CodeExportDialog.showing(w).isPresent());
        } finally {
            app.run(() -> w.editor().submit(Screens.delete(w.editor().doc(), second)));
        }
    }

    @Test
    void aScreenDeletedMeanwhileIsExplainedNotACrash() throws Exception {
        String doomed = addScreen("Doomed");
        app.run(() -> w.editor().showScreen(doomed));
        CodeExportDialog d = openFromExportMenu(Command.EXPORT_CODE);
        choose(d, CodeFormat.HTML);
        assertThat(app.fx(d::files)).isNotEmpty();

        app.run(() -> w.editor().submit(Screens.delete(w.editor().doc(), doomed)));
        choose(d, CodeFormat.FXML);
        assertThat(app.fx(d::message)).contains("“Doomed” has been deleted");
        assertThat(app.fx(d::files)).isEmpty();
        assertThat(app.fx(() -> this.<TextArea>node(d, "#code-preview").getText())).isEmpty();
        assertThat(app.fx(() -> node(d, "#code-copy").isDisabled())).isTrue();
        assertThat(app.fx(() -> node(d, "#code-save").isDisabled())).isTrue();
        assertThat(app.fx(() -> d.saveTo(Path.of("unused")))).isFalse();
        assertThat(app.fx(() -> d.stage().isShowing())).isTrue();
    }

    /** Holds whether or not React and FXML are finished: each format lists files or says why, in the window. */
    @Test
    void everyFormatListsFilesOrSaysWhy() throws Exception {
        CodeExportDialog d = openFromExportMenu(Command.EXPORT_CODE);
        for (CodeFormat f : CodeFormat.values()) {
            choose(d, f);
            List<ExportFile> files = app.fx(d::files);
            String message = app.fx(d::message);
            if (files.isEmpty()) assertThat(message).as(f.name()).contains(f.displayName());
            else assertThat(message).as(f.name()).endsWith("for “Home”");
            assertThat(app.fx(() -> d.stage().isShowing())).isTrue();
        }
        choose(d, CodeFormat.HTML);
    }

    /** Passes once the React and FXML writers are in. */
    @Test
    void reactAndFxmlShowTheirScreenFiles() throws Exception {
        place("button");
        CodeExportDialog d = openFromExportMenu(Command.EXPORT_CODE);
        ListView<ExportFile> list = node(d, "#code-files");

        choose(d, CodeFormat.REACT);
        assertThat(app.fx(d::message)).doesNotContain("not available");
        List<String> react = app.fx(() -> d.files().stream().map(ExportFile::path).toList());
        assertThat(react).anyMatch(p -> p.matches("src/screens/\\w+\\.tsx"));
        assertThat(app.fx(() -> list.getSelectionModel().getSelectedItem().path())).matches("src/screens/\\w+\\.tsx");

        choose(d, CodeFormat.FXML);
        assertThat(app.fx(d::message)).doesNotContain("not available");
        assertThat(app.fx(() -> list.getSelectionModel().getSelectedItem().path())).endsWith(".fxml");
        assertThat(app.fx(() -> this.<TextArea>node(d, "#code-preview").getText())).contains("<?xml");
        choose(d, CodeFormat.HTML);
    }

    private String place(String type) throws Exception {
        app.run(() -> w.placeAtCentre(Catalog.get(type)));
        return app.fx(() -> w.editor().selection().getFirst());
    }

    private String addScreen(String name) throws Exception {
        String id = "s-" + UUID.randomUUID();
        app.run(() -> w.editor().submit(Screens.add(w.editor().doc(), id, name, 1440, 900, null)));
        return id;
    }

    /** Clicks the item in the Export menu (the File menu has the same action under its own id). */
    private CodeExportDialog openFromExportMenu(Command c) throws Exception {
        String id = "menu-" + c.name().toLowerCase().replace('_', '-') + "-2";
        MenuItem item = app.fx(() -> AppHarness.allItems(w).stream().filter(i -> id.equals(i.getId())).findFirst().orElseThrow());
        return open(() -> app.run(item::fire));
    }

    private CodeExportDialog open(ThrowingRunnable how) throws Exception {
        how.run();
        app.await("the code window is shown", () -> CodeExportDialog.showing(w).isPresent());
        return app.fx(() -> CodeExportDialog.showing(w).orElseThrow());
    }

    private void choose(CodeExportDialog d, CodeFormat f) throws Exception {
        ComboBox<CodeFormat> box = node(d, "#code-format");
        app.run(() -> box.setValue(f));
    }

    private <T extends Node> T node(CodeExportDialog d, String id) {
        return app.robot.from(d.stage().getScene().getRoot()).lookup(id).query();
    }

    private interface ThrowingRunnable {
        void run() throws Exception;
    }
}
