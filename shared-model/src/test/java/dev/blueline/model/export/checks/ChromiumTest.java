package dev.blueline.model.export.checks;

import dev.blueline.model.export.checks.Chromium.Box;
import dev.blueline.model.export.checks.Chromium.Page;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

/** The layout oracle against a page whose boxes are known to the pixel (export-fixtures/html-sample). */
class ChromiumTest {
    static final double PX = 0.5;
    static Chromium chromium;
    static Path page;

    @BeforeAll
    static void find() {
        chromium = Chromium.find();
        page = SampleExports.dir("html-sample").resolve("index.html");
    }

    @Test
    void measuresEveryDataIdElementWhereTheCssPutsIt() {
        Page result = chromium.render(page, null, 800, 600);

        assertThat(result.viewportWidth()).isEqualTo(800);
        assertThat(result.viewportHeight()).isEqualTo(600);
        assertThat(result.boxes()).extracting(Box::id).containsExactly(
                "header", "title", "badge", "card", "card-button", "nav-1", "nav-2", "nav-3", "far");
        assertBox(result.box("header"), 0, 0, 800, 64);
        assertBox(result.box("title"), 24, 16, 200, 32);
        assertBox(result.box("badge"), 800 - 16 - 100, 80, 100, 24);
        assertBox(result.box("card"), 40, 100, 300, 200);
        assertBox(result.box("card-button"), 40 + 1 + 20, 100 + 1 + 140, 120, 40); // offsets count from inside the card's 1 px border
        assertBox(result.box("nav-1"), 40, 400, 80, 30);
        assertBox(result.box("nav-2"), 130, 400, 80, 30);
        assertBox(result.box("nav-3"), 220, 400, 80, 30);
        assertBox(result.box("far"), 0, 1500, 50, 50);
        assertThat(result.console()).isEmpty();
    }

    @Test
    void honoursTheViewportAndReportsPageCoordinatesWhenAFragmentScrolls() {
        Page result = chromium.render(page, "#far", 1280, 720);

        assertThat(result.viewportWidth()).isEqualTo(1280);
        assertThat(result.viewportHeight()).isEqualTo(720);
        assertThat(result.scrollY()).as("the fragment scrolled the page").isGreaterThan(0);
        assertBox(result.box("header"), 0, 0, 1280, 64);
        assertBox(result.box("badge"), 1280 - 16 - 100, 80, 100, 24);
        assertBox(result.box("far"), 0, 1500, 50, 50);
    }

    @Test
    void aMissingPageIsAClearErrorBeforeAnyBrowserStarts() {
        Path missing = page.resolveSibling("nope.html");
        assertThatThrownBy(() -> chromium.boxes(missing, null, 800, 600))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("no page to load")
                .hasMessageContaining("nope.html");
    }

    @Test
    void aMissingBrowserNamesTheInstallCommand(@TempDir Path empty) {
        assertThatThrownBy(() -> Chromium.find(empty.resolve("chromium"), empty.toString()))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("apt-get install chromium")
                .hasMessageContaining(".ci/run");
    }

    @Test
    void takesAScreenshotOfTheViewport() throws IOException {
        Path png = chromium.screenshot(page, null, 640, 480);
        try (InputStream in = Files.newInputStream(png); DataInputStream data = new DataInputStream(in)) {
            byte[] signature = data.readNBytes(8);
            assertThat(signature).startsWith(0x89, 'P', 'N', 'G');
            data.readInt(); // IHDR length
            data.readInt(); // "IHDR"
            assertThat(data.readInt()).as("width").isEqualTo(640);
            assertThat(data.readInt()).as("height").isEqualTo(480);
        } finally {
            Files.delete(png);
        }
    }

    @Test
    void readsConsoleMessagesFromChromiumsLogIncludingTheirFollowingLines() {
        String stderr = """
                /usr/bin/chromium: 9: [: 25276026880: unexpected operator
                [1:2:1128/225128.622401:INFO:CONSOLE:1] "boom", source: file:///p/index.html (1)
                [1:2:1128/225128.624156:INFO:CONSOLE:7] "Uncaught TypeError: x is undefined
                    at App (file:///p/main.js:7:3)", source: file:///p/main.js (7)
                [1:3:1128/225128.700000:WARNING:gpu/thing.cc:12] not a console line
                [1:2:1128/225128.800000:INFO:CONSOLE:9] "%cDownload the React DevTools for a better development experience
                more banner", source: file:///p/main.js (9)
                """;

        assertThat(Chromium.console(stderr)).containsExactly(
                "\"boom\", source: file:///p/index.html (1)",
                "\"Uncaught TypeError: x is undefined\n    at App (file:///p/main.js:7:3)\", source: file:///p/main.js (7)");
    }

    static void assertBox(Box box, double x, double y, double w, double h) {
        assertThat(box.x()).as(box.id() + " x").isCloseTo(x, within(PX));
        assertThat(box.y()).as(box.id() + " y").isCloseTo(y, within(PX));
        assertThat(box.w()).as(box.id() + " w").isCloseTo(w, within(PX));
        assertThat(box.h()).as(box.id() + " h").isCloseTo(h, within(PX));
    }
}
