package dev.blueline.desktop.shell;

import atlantafx.base.theme.PrimerDark;
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

    @Test
    void theRealMainStartsShowsTheBrowserAndExitsCleanlyWithExitAfterShow() throws Exception {
        Path home = Files.createTempDirectory("blueline-startup-");
        try {
            List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-Dglass.platform=Headless", "-Dprism.order=sw", "-Djava.awt.headless=true", "--enable-native-access=ALL-UNNAMED",
                    "-Dblueline.exitAfterShow=true", "-Dblueline.home=" + home,
                    "-cp", System.getProperty("java.class.path"), "dev.blueline.desktop.Main"));
            ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(home.resolve("out.txt").toFile());
            pb.environment().remove("BLUELINE_HOME");
            Process p = pb.start();
            boolean ended = p.waitFor(180, TimeUnit.SECONDS);
            if (!ended) p.destroyForcibly();
            String out = Files.readString(home.resolve("out.txt"));
            assertThat(ended).as("the app exited by itself\n" + out).isTrue();
            assertThat(p.exitValue()).as(out).isZero();
            assertThat(out).contains("host listening").doesNotContain("Exception");
            assertThat(home.resolve("user.properties")).exists();
            assertThat(home.resolve("host")).isDirectory();
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
