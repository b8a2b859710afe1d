package dev.blueline.desktop.files;

import dev.blueline.desktop.shell.AppHarness;
import dev.blueline.desktop.shell.EditorWindow;
import dev.blueline.desktop.shell.ExportCommands;
import dev.blueline.desktop.shell.templates.LoginTemplate;
import dev.blueline.model.document.Document;
import dev.blueline.model.document.Kind;
import dev.blueline.model.document.Props;
import dev.blueline.model.geometry.Geometry;
import dev.blueline.model.geometry.Rect;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Element;

import javax.imageio.ImageIO;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** Export screen as PNG (1× and 2×), SVG and PDF. The PDF painter's own tests are the host's, where it lives. */
class ImageExportTest {
    static AppHarness app;
    static EditorWindow w;
    static Document doc;
    @TempDir
    static Path dir;

    @BeforeAll
    static void start() throws Exception {
        app = AppHarness.start();
        w = app.create("Login page", new LoginTemplate());
        doc = app.fx(() -> w.editor().doc().copy());
    }

    @AfterAll
    static void stop() throws Exception {
        if (app != null) app.close();
    }

    @Test
    void pngHasTheScreensPixelSizeAndInkWhereTheControlsAre() throws Exception {
        Path file = dir.resolve("Sign in.png");
        assertThat(app.fx(() -> new ExportCommands(w).exportScreen(file, ExportCommands.Format.PNG))).isTrue();
        BufferedImage one = ImageIO.read(file.toFile());
        BufferedImage two = ImageIO.read(dir.resolve("Sign in@2x.png").toFile());
        String screen = doc.screens().getFirst();
        assertThat(one.getWidth()).isEqualTo((int) doc.number(screen, Props.W));
        assertThat(one.getHeight()).isEqualTo((int) doc.number(screen, Props.H));
        assertThat(two.getWidth()).isEqualTo(2 * one.getWidth());
        assertThat(two.getHeight()).isEqualTo(2 * one.getHeight());
        for (String id : doc.ids()) {
            if (!doc.is(id, Kind.ELEMENT) || doc.text(id, Props.PARENT) != null || "group".equals(doc.text(id, Props.TYPE))) continue;
            Rect r = Geometry.bounds(doc, id);
            assertThat(inkIn(one, r, 1)).as(doc.text(id, Props.TYPE) + " at 1x").isTrue();
            assertThat(inkIn(two, r, 2)).as(doc.text(id, Props.TYPE) + " at 2x").isTrue();
        }
        // and empty page where there is nothing
        assertThat(inkIn(one, new Rect(10, 300, 300, 300), 1)).isFalse();
    }

    @Test
    void svgIsWellFormedXmlOfTheScreensSize() throws Exception {
        Path file = dir.resolve("screen.svg");
        assertThat(app.fx(() -> new ExportCommands(w).exportScreen(file, ExportCommands.Format.SVG))).isTrue();
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        f.setNamespaceAware(true);
        Element svg = f.newDocumentBuilder().parse(file.toFile()).getDocumentElement();
        assertThat(svg.getLocalName()).isEqualTo("svg");
        assertThat(Double.parseDouble(svg.getAttribute("width"))).isEqualTo(1440);
        assertThat(Double.parseDouble(svg.getAttribute("height"))).isEqualTo(900);
    }

    @Test
    void pdfIsOnePageOfTheScreensSizeWithVectorContent() throws Exception {
        Path file = dir.resolve("screen.pdf");
        assertThat(app.fx(() -> new ExportCommands(w).exportScreen(file, ExportCommands.Format.PDF))).isTrue();
        try (PDDocument pdf = Loader.loadPDF(file.toFile())) {
            assertThat(pdf.getNumberOfPages()).isEqualTo(1);
            PDRectangle box = pdf.getPage(0).getMediaBox();
            assertThat(box.getWidth()).isEqualTo(1440f);
            assertThat(box.getHeight()).isEqualTo(900f);
            assertThat(pdf.getDocumentInformation().getTitle()).isEqualTo("Sign in");
            assertThat(pdf.getPage(0).getContents().readAllBytes().length).isGreaterThan(1000);
        }
    }

    /** Any clearly non-white pixel inside the rectangle (screen units, scaled). */
    private static boolean inkIn(BufferedImage img, Rect r, int scale) {
        int x0 = (int) Math.max(0, r.x() * scale), y0 = (int) Math.max(0, r.y() * scale);
        int x1 = (int) Math.min(img.getWidth(), r.right() * scale), y1 = (int) Math.min(img.getHeight(), r.bottom() * scale);
        for (int y = y0; y < y1; y++) {
            for (int x = x0; x < x1; x++) {
                int rgb = img.getRGB(x, y);
                int red = (rgb >> 16) & 255, green = (rgb >> 8) & 255, blue = rgb & 255;
                if (red + green + blue < 3 * 235) return true;
            }
        }
        return false;
    }
}
