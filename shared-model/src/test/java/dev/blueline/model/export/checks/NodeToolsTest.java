package dev.blueline.model.export.checks;

import dev.blueline.model.export.checks.Chromium.Page;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static dev.blueline.model.export.checks.ChromiumTest.assertBox;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The React toolchain against a hand-written export (export-fixtures/react-sample) with two screens. */
class NodeToolsTest {
    static Path index;
    static Chromium chromium;

    @BeforeAll
    static void build(@TempDir Path work) {
        index = NodeTools.buildReact(SampleExports.dir("react-sample"), work.resolve("react"));
        chromium = Chromium.find();
    }

    @Test
    void buildsAPageThatLoadsTheBundleAndItsCss() throws IOException {
        assertThat(index.getFileName()).hasToString("index.html");
        assertThat(index.resolveSibling("main.js")).isRegularFile();
        assertThat(Files.readString(index)).contains("<link rel=\"stylesheet\" href=\"main.css\">", "<script src=\"main.js\">");
        NuChecker.Report report = NuChecker.check(index);
        assertThat(report.errors()).as(report.describe()).isEmpty();
    }

    @Test
    void theLoginRouteRendersItsScreen() {
        Page page = chromium.render(index, "#/login", 1024, 768);

        assertThat(page.console()).as("console").isEmpty();
        assertThat(page.boxes()).extracting(Chromium.Box::id)
                .containsExactly("login", "login-title", "login-email", "login-submit");
        assertBox(page.box("login"), 0, 0, 400, 300);
        assertBox(page.box("login-title"), 20, 20, 200, 30);
        assertBox(page.box("login-email"), 20, 70, 360, 32);
        assertBox(page.box("login-submit"), 20, 120, 120, 40);
    }

    @Test
    void theDashboardRouteRendersTheOtherScreen() {
        Page page = chromium.render(index, "#/dashboard", 1024, 768);

        assertThat(page.console()).as("console").isEmpty();
        assertThat(page.boxes()).extracting(Chromium.Box::id).containsExactly("dashboard", "dashboard-header",
                "dashboard-sidebar", "card-sales", "card-sales-open", "card-visits", "card-visits-open");
        assertBox(page.box("dashboard"), 0, 0, 880, 600);
        assertBox(page.box("dashboard-header"), 0, 0, 880, 60);
        assertBox(page.box("dashboard-sidebar"), 0, 60, 200, 540);
        assertBox(page.box("card-sales"), 220, 80, 300, 200);
        // a button's offsets count from inside its card's 1 px border
        assertBox(page.box("card-sales-open"), 220 + 1 + 20, 80 + 1 + 140, 120, 40);
        assertBox(page.box("card-visits"), 540, 80, 300, 200);
        assertBox(page.box("card-visits-open"), 540 + 1 + 20, 80 + 1 + 140, 120, 40);
    }

    @Test
    void aTypeErrorFailsWithTscsMessage(@TempDir Path temp) throws IOException {
        Path broken = temp.resolve("broken");
        Dirs.copy(SampleExports.dir("react-sample"), broken, java.util.Set.of());
        Path login = broken.resolve("src/screens/Login.tsx");
        Files.writeString(login, Files.readString(login).replace("x={20}", "x=\"20\""));

        assertThatThrownBy(() -> NodeTools.buildReact(broken, temp.resolve("work")))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("tsc found errors")
                .hasMessageContaining("src/screens/Login.tsx")
                .hasMessageContaining("error TS2322");
    }

    @Test
    void aFolderThatIsNoReactExportIsRefused() {
        assertThatThrownBy(() -> NodeTools.buildReact(SampleExports.dir("html-sample")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("not an exported React project")
                .hasMessageContaining("package.json");
    }
}
