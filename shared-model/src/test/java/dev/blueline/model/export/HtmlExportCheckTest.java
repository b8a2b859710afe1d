package dev.blueline.model.export;

import dev.blueline.model.document.Document;
import dev.blueline.model.document.Kind;
import dev.blueline.model.document.Props;
import dev.blueline.model.export.checks.Chromium;
import dev.blueline.model.export.checks.NuChecker;
import dev.blueline.model.geometry.Geometry;
import dev.blueline.model.geometry.Rect;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The HTML export of the fixture project checked by real tools: the Nu HTML Checker finds no
 * error on any page, and headless Chromium at each screen's width puts every element where the
 * wireframe has it, within 2 px.
 */
class HtmlExportCheckTest {
    /** The issue allows 2 px; boxes are explicit, so anything past sub-pixel rounding is a bug. */
    static final double TOLERANCE = 0.5;

    @TempDir
    static Path site;
    static Document doc;
    static List<ExportFile> files;

    @BeforeAll
    static void export() throws IOException {
        doc = ExportFixtures.project();
        files = CodeExporter.project(doc, CodeFormat.HTML);
        for (ExportFile f : files) Files.writeString(site.resolve(f.path()), f.content());
    }

    @Test
    void everyPageIsValidHtml() {
        assertThat(files).extracting(ExportFile::path).contains("index.html", "blueline.css", "log-in.html",
                "dashboard.html", "settings.html", "checkout.html", "every-control.html");
        for (ExportFile f : files) {
            if (!f.path().endsWith(".html")) continue;
            NuChecker.Report report = NuChecker.check(f.content());
            assertThat(report.errors()).as("%s: %s", f.path(), report.describe()).isEmpty();
        }
    }

    @Test
    void everyElementIsWhereTheWireframeHasIt() {
        Chromium chromium = Chromium.find();
        ExportDocument export = ExportDocument.of(doc);
        for (ExportScreen screen : export.pages()) {
            Chromium.Page page = chromium.render(site.resolve(screen.slug() + ".html"), null, (int) screen.width(), (int) screen.height());
            assertThat(page.console()).as("console of %s", screen.slug()).isEmpty();
            Chromium.Box root = page.box(screen.id());
            assertThat(new double[]{root.x(), root.y(), root.w(), root.h()}).as(screen.slug())
                    .containsExactly(0, 0, screen.width(), screen.height());
            List<String> misplaced = new ArrayList<>();
            int checked = 0;
            for (String id : elementsOf(screen.id())) {
                Rect want = Geometry.bounds(doc, id);
                Chromium.Box got = page.box(id);
                checked++;
                if (Math.abs(got.x() - want.x()) > TOLERANCE || Math.abs(got.y() - want.y()) > TOLERANCE
                        || Math.abs(got.w() - want.w()) > TOLERANCE || Math.abs(got.h() - want.h()) > TOLERANCE) {
                    misplaced.add(id + " (" + doc.text(id, Props.TYPE) + "): wireframe " + want + ", page " + got);
                }
            }
            assertThat(misplaced).as("misplaced on %s", screen.slug()).isEmpty();
            assertThat(checked).as("elements checked on %s", screen.slug()).isGreaterThan(0);
        }
    }

    @Test
    void linksBetweenScreensArePlainLinks() {
        String login = content("log-in.html");
        assertThat(login).contains("href=\"dashboard.html\"");
        assertThat(content("dashboard.html")).contains("href=\"settings.html\"");
        assertThat(content("index.html")).contains("<a href=\"log-in.html\">Log in</a>", "<a href=\"checkout.html\">Checkout</a>");
    }

    @Test
    void componentInstancesCarryACopyOfTheirMaster() {
        String dashboard = content("dashboard.html");
        assertThat(dashboard).contains("data-id=\"d-header\"", "data-id=\"h-logo\"", "data-id=\"h-nav\"");
    }

    private static String content(String path) {
        return files.stream().filter(f -> f.path().equals(path)).findFirst().orElseThrow().content();
    }

    /** The live, visible elements drawn on a screen (a component master's own elements are checked on its instances' pages). */
    private static List<String> elementsOf(String screenId) {
        List<String> out = new ArrayList<>();
        for (String id : doc.ids()) {
            if (doc.is(id, Kind.ELEMENT) && doc.isLive(id) && screenId.equals(doc.text(id, Props.SCREEN))) out.add(id);
        }
        out.sort(null);
        return out;
    }
}
