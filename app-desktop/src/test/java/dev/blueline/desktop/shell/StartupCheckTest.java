package dev.blueline.desktop.shell;

import atlantafx.base.theme.PrimerDark;
import dev.blueline.desktop.files.ProjectFiles;
import dev.blueline.desktop.shell.templates.DashboardTemplate;
import dev.blueline.model.document.Document;
import dev.blueline.model.ops.Ops;
import atlantafx.base.theme.PrimerLight;
import javafx.application.Application;
import javafx.application.ColorScheme;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** The launched app (a separate JVM, as {@code ./blueline} starts it) and the theme switch. */
class StartupCheckTest {

    /** What a launched app printed, and how it ended. */
    private record Run(boolean ended, int exit, String out) {
    }

    /** Launches the app's real main in its own JVM on {@code home}, with {@code -Dblueline.exitAfterShow=true}. */
    private static Run launch(Path home, String... args) throws Exception {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Dglass.platform=Headless", "-Dprism.order=sw", "-Djava.awt.headless=true", "--enable-native-access=ALL-UNNAMED",
                "-Dblueline.exitAfterShow=true", "-Dblueline.home=" + home,
                // the app's own logging, as shipped (the test class path also holds test logging setups)
                "-Dlogback.configurationFile=logback.xml",
                "-cp", System.getProperty("java.class.path"), "dev.blueline.desktop.Main"));
        cmd.addAll(List.of(args));
        Path out = Files.createTempFile(home, "out", ".txt");
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(out.toFile());
        pb.environment().remove("BLUELINE_HOME");
        Process p = pb.start();
        boolean ended = p.waitFor(180, TimeUnit.SECONDS);
        if (!ended) p.destroyForcibly();
        return new Run(ended, ended ? p.exitValue() : -1, Files.readString(out));
    }

    @Test
    void theRealMainStartsShowsTheBrowserAndExitsCleanlyWithExitAfterShow() throws Exception {
        Path home = Files.createTempDirectory("blueline-startup-");
        try {
            Run run = launch(home);
            assertThat(run.ended()).as("the app exited by itself\n" + run.out()).isTrue();
            assertThat(run.exit()).as(run.out()).isZero();
            assertThat(run.out()).contains("host listening").doesNotContain("Exception");
            assertThat(home.resolve("user.properties")).exists();
            assertThat(home.resolve("host")).isDirectory();
        } finally {
            AppHarness.deleteTree(home);
        }
    }

    @Test
    void aFileOnTheCommandLineIsImportedAndAProjectNameOpensThatProject() throws Exception {
        Path home = Files.createTempDirectory("blueline-startup-");
        try {
            Path file = home.resolve("plans.blueline");
            Document doc = new Document();
            for (var op : new DashboardTemplate().ops()) Ops.apply(doc, op);
            ProjectFiles.export(file, "Quarterly plans", doc);

            Run imported = launch(home, file.toString());
            assertThat(imported.exit()).as(imported.out()).isZero();
            assertThat(imported.out()).contains("Blueline editor ready: Quarterly plans");

            Run named = launch(home, "Quarterly plans");
            assertThat(named.exit()).as(named.out()).isZero();
            assertThat(named.out()).contains("Blueline editor ready: Quarterly plans").doesNotContain("Exception");

            // tried: a name no project has; the browser opens instead (saying so) and nothing breaks
            Run unknown = launch(home, "No such project");
            assertThat(unknown.ended()).as("the app exited by itself\n" + unknown.out()).isTrue();
            assertThat(unknown.exit()).as(unknown.out()).isZero();
            assertThat(unknown.out()).doesNotContain("editor ready").doesNotContain("Exception");
        } finally {
            AppHarness.deleteTree(home);
        }
    }

    @Test
    void theThemeFollowsTheColourScheme() throws Exception {
        FxToolkit.registerPrimaryStage();
        org.testfx.util.WaitForAsyncUtils.asyncFx(() -> {
            try {
                Theme.apply(ColorScheme.DARK);
                assertThat(Application.getUserAgentStylesheet()).isEqualTo(new PrimerDark().getUserAgentStylesheet());
                assertThat(Theme.isDark()).isTrue();
                Theme.apply(ColorScheme.LIGHT);
                assertThat(Application.getUserAgentStylesheet()).isEqualTo(new PrimerLight().getUserAgentStylesheet());
                assertThat(Theme.isDark()).isFalse();
            } finally {
                Theme.apply(ColorScheme.LIGHT);
            }
        }).get(60, TimeUnit.SECONDS);
    }
}
