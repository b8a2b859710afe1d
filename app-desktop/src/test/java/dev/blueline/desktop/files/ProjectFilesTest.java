package dev.blueline.desktop.files;

import dev.blueline.desktop.shell.AppHarness;
import dev.blueline.desktop.shell.EditorWindow;
import dev.blueline.desktop.shell.ExportCommands;
import dev.blueline.desktop.shell.templates.DashboardTemplate;
import dev.blueline.model.document.Document;
import dev.blueline.model.files.ProjectFile;
import javafx.scene.control.DialogPane;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** File ▸ Export project and Import project, with damaged and hostile files. */
class ProjectFilesTest {
    static AppHarness app;
    @TempDir
    static Path dir;

    @BeforeAll
    static void start() throws Exception {
        app = AppHarness.start();
    }

    @AfterAll
    static void stop() throws Exception {
        if (app != null) app.close();
    }

    @Test
    void anExportedProjectImportsBackAsAnEqualDocumentInANewProject() throws Exception {
        EditorWindow original = app.create("Metrics", new DashboardTemplate());
        Path file = dir.resolve("metrics.blueline");
        assertThat(app.fx(() -> new ExportCommands(original).exportProject(file))).isTrue();
        Document exported = app.fx(() -> original.editor().doc().copy());
        assertThat(ProjectFile.read(Files.readString(file)).document()).isEqualTo(exported);
        int before = app.projectCount();

        EditorWindow imported = app.await(app.fx(() -> app.shell().importFile(null, file)));
        app.awaitLoaded(imported);
        assertThat(imported.project().id()).isNotEqualTo(original.project().id());
        assertThat(imported.project().name()).isEqualTo("Metrics");
        assertThat(app.projectCount()).isEqualTo(before + 1);
        app.await("the imported document is complete", () -> imported.session().sync().isSynced()
                && imported.editor().doc().size() == exported.size());
        assertThat(app.fx(() -> imported.editor().doc().copy())).isEqualTo(exported);
        // and what the host stored is the same: a fresh session sees it too
        assertThat(app.fx(() -> imported.session().sync().confirmed().copy())).isEqualTo(exported);
        app.run(() -> imported.close());
        app.run(() -> original.close());
    }

    @Test
    void anEmptyFileIsRefused() throws Exception {
        refused(write("empty.blueline", new byte[0]), "empty");
    }

    @Test
    void randomBytesAreRefused() throws Exception {
        byte[] noise = new byte[4096];
        new Random(42).nextBytes(noise);
        refused(write("noise.blueline", noise), "not a Blueline file");
    }

    @Test
    void aJsonArrayIsRefused() throws Exception {
        refused(write("array.blueline", "[1, 2, 3]".getBytes(StandardCharsets.UTF_8)), "not a Blueline file");
    }

    @Test
    void elementsThatContainEachOtherAreRefused() throws Exception {
        String file = """
                {"format":"blueline","version":1,"name":"Loop","objects":[
                 {"id":"s1","set":{"kind":"screen","name":"Home","w":1440,"h":900,"order":"a0"}},
                 {"id":"p1","set":{"kind":"element","type":"panel","screen":"s1","parent":"p2","order":"a0","x":0,"y":0,"w":100,"h":100}},
                 {"id":"p2","set":{"kind":"element","type":"panel","screen":"s1","parent":"p1","order":"a0","x":0,"y":0,"w":100,"h":100}}]}
                """;
        refused(write("cycle.blueline", file.getBytes(StandardCharsets.UTF_8)), "cycle");
    }

    @Test
    void anUnknownControlTypeIsRefused() throws Exception {
        String file = """
                {"format":"blueline","version":1,"name":"Odd","objects":[
                 {"id":"s1","set":{"kind":"screen","name":"Home","w":1440,"h":900,"order":"a0"}},
                 {"id":"e1","set":{"kind":"element","type":"warp-drive","screen":"s1","parent":null,"order":"a0","x":0,"y":0,"w":100,"h":100}}]}
                """;
        refused(write("unknown.blueline", file.getBytes(StandardCharsets.UTF_8)), "warp-drive");
    }

    @Test
    void aFileOver64MegabytesIsRefused() throws Exception {
        Path big = dir.resolve("big.blueline");
        try (OutputStream out = Files.newOutputStream(big)) {
            out.write("{\"format\":\"blueline\",\"version\":1,\"name\":\"".getBytes(StandardCharsets.UTF_8));
            byte[] chunk = "x".repeat(1 << 20).getBytes(StandardCharsets.UTF_8);
            for (int i = 0; i < 65; i++) out.write(chunk);
            out.write("\",\"objects\":[]}".getBytes(StandardCharsets.UTF_8));
        }
        assertThat(Files.size(big)).isGreaterThan(65L << 20);
        refused(big, "larger than 64 MB");
    }

    /** Importing shows an alert that says why (and that nothing changed), and no project appears. */
    private static void refused(Path file, String why) throws Exception {
        int before = app.projectCount();
        CompletableFuture<EditorWindow> f = app.fx(() -> app.shell().importFile(null, file));
        DialogPane alert = app.awaitDialog("error-dialog");
        String text = app.fx(() -> alert.getHeaderText() + "\n" + alert.getContentText());
        assertThat(text).contains(file.getFileName().toString()).contains(why).contains("Nothing was changed");
        assertThatThrownBy(() -> app.await(f)).isInstanceOf(ExecutionException.class);
        app.closeDialogs();
        assertThat(app.projectCount()).isEqualTo(before);
        assertThat(app.fx(() -> app.shell().windows().stream().noneMatch(w -> w.project().name().equals("Loop") || w.project().name().equals("Odd")))).isTrue();
    }

    private static Path write(String name, byte[] bytes) throws Exception {
        Path p = dir.resolve(name);
        Files.write(p, bytes);
        return p;
    }
}
