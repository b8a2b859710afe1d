package dev.blueline.desktop.shell;

import dev.blueline.desktop.editor.Editor;
import dev.blueline.desktop.files.ImageExport;
import dev.blueline.desktop.files.ProjectFiles;
import dev.blueline.model.document.Props;
import dev.blueline.model.render.Skin;
import javafx.stage.FileChooser;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;

/** File ▸ Export: asks where, then writes the project file or the current screen as PNG (1× and 2×), SVG or PDF. */
public final class ExportCommands {
    public enum Format {
        PNG("PNG image", "*.png", ".png"), SVG("SVG drawing", "*.svg", ".svg"), PDF("PDF document", "*.pdf", ".pdf");

        final String description;
        final String glob;
        final String extension;

        Format(String description, String glob, String extension) {
            this.description = description;
            this.glob = glob;
            this.extension = extension;
        }
    }

    private final EditorWindow window;

    public ExportCommands(EditorWindow window) {
        this.window = window;
    }

    public void chooseProjectFile() {
        File f = chooser("Export project", ProjectFiles.fileName(window.project().name(), "project") + ProjectFiles.EXTENSION,
                new FileChooser.ExtensionFilter("Blueline projects", "*" + ProjectFiles.EXTENSION)).showSaveDialog(window.stage());
        if (f != null) exportProject(withExtension(f.toPath(), ProjectFiles.EXTENSION));
    }

    public void chooseScreenFile(Format format) {
        Editor e = window.editor();
        if (e.screen() == null) {
            e.tell("There is no screen to export");
            return;
        }
        String name = ProjectFiles.fileName(e.doc().text(e.screen(), Props.NAME), "screen") + format.extension;
        File f = chooser("Export screen as " + format.name(), name, new FileChooser.ExtensionFilter(format.description, format.glob))
                .showSaveDialog(window.stage());
        if (f != null) exportScreen(withExtension(f.toPath(), format.extension), format);
    }

    /** Writes the project file; tells the user how it went. */
    public boolean exportProject(Path file) {
        try {
            ProjectFiles.export(file, window.project().name(), window.editor().doc());
            window.editor().tell("Exported the project to " + file.getFileName());
            return true;
        } catch (IOException | RuntimeException ex) {
            fail("The project could not be exported", ex);
            return false;
        }
    }

    /** Writes the current screen in the current skin (PNG: also an {@code @2x} file); tells the user how it went. */
    public boolean exportScreen(Path file, Format format) {
        Editor e = window.editor();
        Skin skin = e.sketchProperty().get() ? Skin.SKETCH : Skin.WIREFRAME;
        try {
            switch (format) {
                case PNG -> {
                    ImageExport.writePng(file, e.doc(), e.screen(), skin, 1);
                    Path retina = ImageExport.retinaSibling(file);
                    ImageExport.writePng(retina, e.doc(), e.screen(), skin, 2);
                    e.tell("Exported " + file.getFileName() + " and " + retina.getFileName());
                    return true;
                }
                case SVG -> ImageExport.writeSvg(file, e.doc(), e.screen(), skin);
                case PDF -> ImageExport.writePdf(file, e.doc(), e.screen(), skin);
            }
            e.tell("Exported " + file.getFileName());
            return true;
        } catch (IOException | UncheckedIOException | IllegalArgumentException ex) {
            fail("The screen could not be exported", ex);
            return false;
        }
    }

    private void fail(String header, Exception ex) {
        String msg = ex.getMessage() == null ? ex.toString() : ex.getMessage();
        Dialogs.error(window.stage(), header, Shell.capitalise(msg) + ".");
    }

    private static FileChooser chooser(String title, String initialName, FileChooser.ExtensionFilter filter) {
        FileChooser c = new FileChooser();
        c.setTitle(title);
        c.setInitialFileName(initialName);
        c.getExtensionFilters().add(filter);
        return c;
    }

    private static Path withExtension(Path p, String ext) {
        String n = p.getFileName().toString();
        return n.toLowerCase().endsWith(ext) ? p : p.resolveSibling(n + ext);
    }
}
