package dev.blueline.desktop.shell;

import dev.blueline.desktop.editor.Editor;
import dev.blueline.desktop.files.CodeFolder;
import dev.blueline.model.document.Props;
import dev.blueline.model.export.CodeExporter;
import dev.blueline.model.export.CodeFormat;
import dev.blueline.model.export.ExportFile;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextArea;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.stage.DirectoryChooser;
import javafx.stage.Stage;
import javafx.util.StringConverter;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Export ▸ Code… and Export ▸ Project as code…: a window over the editor with the export's files
 * on the left and the chosen one's code on the right, to copy or to save to a folder.
 * <p>
 * The export runs on the FX thread: it is a pure function of the document that takes well under
 * 100 ms for a thousand elements, and running it here reads the document without any locking.
 * It runs again when the format changes and when the window gets the focus back (so edits made
 * in the editor meanwhile show up); an exporter that fails shows its reason in the window.
 */
public final class CodeExportDialog {
    /** The format last chosen, offered first next time (for as long as the app runs). */
    private static CodeFormat lastFormat = CodeFormat.HTML;
    private static Path lastFolder;
    /** At most one code window per editor window: opening another replaces it. */
    private static final List<CodeExportDialog> OPEN = new ArrayList<>();

    private final EditorWindow window;
    /** The screen exported, or null for the whole project. */
    private final String screenId;
    private final String screenName;
    private final Stage stage = new Stage();
    private final ComboBox<CodeFormat> format = new ComboBox<>();
    private final ListView<ExportFile> files = new ListView<>();
    private final TextArea preview = new TextArea();
    private final Label message = new Label();
    private final Button copy = new Button("Copy");
    private final Button save = new Button("Save to folder…");

    private CodeExportDialog(EditorWindow window, String screenId) {
        this.window = window;
        this.screenId = screenId;
        this.screenName = screenId == null ? null : window.editor().doc().text(screenId, Props.NAME);
        build();
    }

    /** Export ▸ Code…: the screen on the canvas. Null (and a status message) when there is none. */
    public static CodeExportDialog showScreen(EditorWindow w) {
        String screen = w.editor().screen();
        if (screen == null) {
            w.editor().tell("There is no screen to export");
            return null;
        }
        return show(new CodeExportDialog(w, screen));
    }

    /** Export ▸ Project as code…: every screen of the project. */
    public static CodeExportDialog showProject(EditorWindow w) {
        return show(new CodeExportDialog(w, null));
    }

    /** The code window open over this editor window, if any. */
    public static Optional<CodeExportDialog> showing(EditorWindow w) {
        return OPEN.stream().filter(d -> d.window == w && d.stage.isShowing()).findFirst();
    }

    private static CodeExportDialog show(CodeExportDialog d) {
        showing(d.window).ifPresent(old -> old.stage.close());
        OPEN.add(d);
        d.stage.setOnHidden(e -> OPEN.remove(d));
        d.export();
        d.stage.show();
        return d;
    }

    public Stage stage() {
        return stage;
    }

    /** The files of the export shown (empty when it failed). */
    public List<ExportFile> files() {
        return List.copyOf(files.getItems());
    }

    /** The message line: what the export holds, or why it failed. */
    public String message() {
        return message.getText();
    }

    /**
     * Writes every file of the export shown under {@code folder}. When some are there already it
     * asks first (a confirm dialog) and writes only on yes; returns true when it wrote now.
     */
    public boolean saveTo(Path folder) {
        List<ExportFile> out = files();
        if (out.isEmpty()) return false;
        List<Path> existing;
        try {
            existing = CodeFolder.existing(folder, out);
        } catch (IOException ex) {
            saveFailed(ex);
            return false;
        }
        if (existing.isEmpty()) return write(folder, out);
        Dialogs.confirm(stage, replaceHeader(existing, folder), names(existing, folder), "Replace", () -> write(folder, out));
        return false;
    }

    private void build() {
        format.setId("code-format");
        format.getItems().setAll(CodeFormat.values());
        format.setConverter(new StringConverter<>() {
            @Override
            public String toString(CodeFormat f) {
                return f == null ? "" : f.displayName();
            }

            @Override
            public CodeFormat fromString(String s) {
                return null;
            }
        });
        format.setValue(lastFormat);
        format.valueProperty().addListener((o, was, now) -> {
            if (now == null) return;
            lastFormat = now;
            export();
        });

        files.setId("code-files");
        files.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(ExportFile f, boolean empty) {
                super.updateItem(f, empty);
                setText(empty || f == null ? null : f.path());
            }
        });
        files.setPrefWidth(240);
        files.setMinWidth(160);
        files.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> showFile(now));

        preview.setId("code-preview");
        preview.setEditable(false);
        preview.setWrapText(false);
        // inline so it wins over the theme's font for text areas
        preview.setStyle("-fx-font-family: monospace; -fx-font-size: 13px;");

        copy.setId("code-copy");
        copy.setOnAction(e -> copyShown());
        save.setId("code-save");
        save.setOnAction(e -> chooseFolder());
        Button close = new Button("Close");
        close.setId("code-close");
        close.setCancelButton(true); // Esc closes
        close.setOnAction(e -> stage.close());
        copy.disableProperty().bind(files.getSelectionModel().selectedItemProperty().isNull());
        save.disableProperty().bind(Bindings.isEmpty(files.getItems()));

        message.setId("code-message");
        message.setWrapText(true);
        message.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(message, Priority.ALWAYS);

        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox top = new HBox(8, new Label("Format:"), format, gap);
        top.setAlignment(Pos.CENTER_LEFT);
        HBox bottom = new HBox(8, message, copy, save, close);
        bottom.setAlignment(Pos.CENTER_RIGHT);
        SplitPane split = new SplitPane(files, preview);
        split.setDividerPositions(0.26);
        SplitPane.setResizableWithParent(files, false);

        BorderPane root = new BorderPane(split, top, null, bottom, null);
        root.setId("code-export");
        root.setPadding(new Insets(10));
        BorderPane.setMargin(split, new Insets(8, 0, 8, 0));
        stage.setScene(Theme.style(new Scene(root, 980, 640)));
        stage.initOwner(window.stage());
        stage.setTitle((screenId == null ? window.project().name() + " as code" : "“" + screenName + "” as code") + " — Blueline");
        // back from the editor: show the code of what is there now
        stage.focusedProperty().addListener((o, was, now) -> {
            if (now) export();
        });
    }

    /** Runs the exporter for the chosen format; keeps the same file selected when it is still there. */
    private void export() {
        String selected = Optional.ofNullable(files.getSelectionModel().getSelectedItem()).map(ExportFile::path).orElse(null);
        List<ExportFile> out = run(format.getValue());
        if (out.equals(files.getItems())) return; // nothing changed: keep the selection and the scroll position
        files.getItems().setAll(out);
        ExportFile pick = out.stream().filter(x -> x.path().equals(selected)).findFirst().orElseGet(() -> mainFile(out));
        if (pick == null) showFile(null);
        else files.getSelectionModel().select(pick);
    }

    /** The export's files, or none with the reason on the message line. */
    private List<ExportFile> run(CodeFormat f) {
        Editor e = window.editor();
        try {
            List<ExportFile> out = screenId == null ? CodeExporter.project(e.doc(), f) : CodeExporter.screen(e.doc(), screenId, f);
            message.setText(summary(out));
            return out;
        } catch (RuntimeException ex) {
            message.setText(problem(f, ex));
            return List.of();
        }
    }

    private void showFile(ExportFile f) {
        String text = f == null ? "" : f.content();
        if (!text.equals(preview.getText())) preview.setText(text);
    }

    private void copyShown() {
        ExportFile f = files.getSelectionModel().getSelectedItem();
        if (f == null) return;
        ClipboardContent c = new ClipboardContent();
        c.putString(f.content());
        Clipboard.getSystemClipboard().setContent(c);
        String done = "Copied " + f.path() + " to the clipboard";
        message.setText(done);
        window.editor().tell(done);
    }

    private void chooseFolder() {
        DirectoryChooser c = new DirectoryChooser();
        c.setTitle("Save code to folder");
        if (lastFolder != null && Files.isDirectory(lastFolder)) c.setInitialDirectory(lastFolder.toFile());
        File dir = c.showDialog(stage);
        if (dir == null) return;
        lastFolder = dir.toPath();
        saveTo(dir.toPath());
    }

    private boolean write(Path folder, List<ExportFile> out) {
        try {
            CodeFolder.write(folder, out);
        } catch (IOException | UncheckedIOException | SecurityException ex) {
            saveFailed(ex);
            return false;
        }
        String done = "Saved " + count(out.size()) + " to " + folder;
        message.setText(done);
        window.editor().tell(done);
        return true;
    }

    private void saveFailed(Exception ex) {
        String why = ex.getMessage() == null ? ex.toString() : ex.getMessage();
        String text = "The code could not be saved: " + why;
        message.setText(text);
        window.editor().tell(text);
    }

    /** The file to show first: the screen's own page or component, not the stylesheet or index. */
    static ExportFile mainFile(List<ExportFile> files) {
        return files.stream().min(Comparator.comparingInt(CodeExportDialog::rank)).orElse(null);
    }

    private static int rank(ExportFile f) {
        String p = f.path();
        String name = p.substring(p.lastIndexOf('/') + 1);
        if (p.contains("screens/")) return 0;
        if (name.endsWith(".css")) return 3;
        if (name.startsWith("index.") || name.startsWith("App.") || name.startsWith("main.")) return 2;
        return 1; // a page, an FXML document, a component
    }

    private String problem(CodeFormat f, RuntimeException ex) {
        if (screenId != null && !window.editor().doc().isLive(screenId)) {
            return "“" + screenName + "” has been deleted, so there is no code to show. Close this window and choose another screen.";
        }
        if (ex instanceof UnsupportedOperationException) {
            return f.displayName() + " export is not available yet. Choose another format.";
        }
        String why = ex.getMessage() == null ? ex.getClass().getSimpleName() : ex.getMessage();
        return "The " + f.displayName() + " code could not be made: " + why;
    }

    private String summary(List<ExportFile> out) {
        String what = screenId == null ? "every screen" : "“" + screenName + "”";
        return count(out.size()) + " for " + what;
    }

    private static String count(int n) {
        return n + (n == 1 ? " file" : " files");
    }

    private static String replaceHeader(List<Path> existing, Path folder) {
        Path name = folder.toAbsolutePath().normalize().getFileName();
        return "Replace " + (existing.size() == 1 ? "a file" : existing.size() + " files") + " in " + (name == null ? folder : name) + "?";
    }

    private static String names(List<Path> existing, Path folder) {
        Path root = folder.toAbsolutePath().normalize();
        String list = existing.stream().limit(8).map(p -> root.relativize(p).toString().replace(File.separatorChar, '/'))
                .collect(Collectors.joining("\n"));
        if (existing.size() > 8) list += "\n… and " + (existing.size() - 8) + " more";
        return "These files are there already and will be replaced:\n" + list;
    }
}
