package dev.blueline.desktop.shell;

import dev.blueline.desktop.files.ImageExport;
import dev.blueline.desktop.shell.templates.Template;
import dev.blueline.desktop.shell.templates.Templates;
import dev.blueline.model.document.Kind;
import dev.blueline.model.document.Props;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Makes the README's screenshots: the real app on the Headless platform, with template projects.
 * Writes {@code docs/screenshots/*.png} at the top of the repository (when run inside it).
 */
public class ScreenshotsTest {

    @Test
    void writesScreenshotsOfTheBrowserAndTheEditor() throws Exception {
        Path out = screenshotsDir();
        Files.createDirectories(out);
        String user = System.getProperty("user.name");
        System.setProperty("user.name", "ada"); // the local account's name shows in the status bar: keep the pictures stable
        try (AppHarness app = AppHarness.start()) {
            for (Template t : Templates.all().reversed()) {
                EditorWindow w = app.create(t.name(), t);
                app.run(() -> w.close());
            }
            app.await("the browser is back", () -> app.shell().browserStage().isShowing());
            shoot(app, app.shell().browserStage(), out.resolve("project-browser.png"));

            app.run(() -> app.shell().browser().open(app.shell().browser().list().getItems().stream()
                    .filter(p -> p.name().equals("Dashboard")).findFirst().orElseThrow()));
            EditorWindow w = app.awaitWindow("Dashboard");
            app.run(() -> {
                w.stage().setWidth(1440);
                w.stage().setHeight(900);
            });
            app.await("the window is full size", () -> w.stage().getScene().getWidth() >= 1400);
            app.run(() -> {
                var doc = w.editor().doc();
                List<String> charts = doc.ids().stream().filter(id -> doc.is(id, Kind.ELEMENT)
                        && List.of("line-chart", "pie-chart").contains(doc.text(id, Props.TYPE))).toList();
                w.editor().select(charts);
                w.canvas().fitScreen();
            });
            shoot(app, w.stage(), out.resolve("editor-wireframe.png"));
            app.run(() -> w.editor().sketchProperty().set(true));
            shoot(app, w.stage(), out.resolve("editor-sketch.png"));
            app.run(() -> {
                w.editor().sketchProperty().set(false);
                w.editor().previewProperty().set(true);
            });
            shoot(app, w.stage(), out.resolve("editor-preview.png"));
        } finally {
            System.setProperty("user.name", user);
        }
        for (String name : List.of("project-browser.png", "editor-wireframe.png", "editor-sketch.png", "editor-preview.png")) {
            assertThat(Files.size(out.resolve(name))).as(name).isGreaterThan(10_000);
        }
        assertThat(javax.imageio.ImageIO.read(out.resolve("editor-wireframe.png").toFile()).getWidth()).isGreaterThanOrEqualTo(1400);
    }

    /** Writes what the window shows now as a PNG. */
    public static void shoot(AppHarness app, Stage stage, Path file) throws Exception {
        WaitForAsyncUtils.waitForFxEvents(10);
        WritableImage img = app.fx(() -> {
            stage.getScene().getRoot().applyCss();
            stage.getScene().getRoot().layout();
            return stage.getScene().snapshot(null);
        });
        ImageExport.writePng(file, img);
    }

    /** {@code docs/screenshots} of the repository the tests run in (found upwards from the module). */
    public static Path screenshotsDir() {
        Path dir = Path.of("").toAbsolutePath();
        for (Path p = dir; p != null; p = p.getParent()) {
            if (Files.isDirectory(p.resolve("docs")) && Files.exists(p.resolve("pom.xml"))) return p.resolve("docs/screenshots");
        }
        return dir.resolve("target/screenshots");
    }
}
