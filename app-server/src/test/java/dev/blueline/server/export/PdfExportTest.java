package dev.blueline.server.export;

import dev.blueline.model.document.Document;
import dev.blueline.model.document.Props;
import dev.blueline.model.document.Value;
import dev.blueline.model.geometry.Rect;
import dev.blueline.model.ops.Ops;
import dev.blueline.model.render.Font;
import dev.blueline.model.render.Rgba;
import dev.blueline.model.render.Skin;
import dev.blueline.model.render.Stroke;
import dev.blueline.model.render.TextAlign;
import dev.blueline.model.testing.Fixtures;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static dev.blueline.model.testing.Fixtures.element;
import static dev.blueline.model.testing.Fixtures.screen;
import static org.assertj.core.api.Assertions.assertThat;

/** The PDF painter and export (moved here from the desktop, which still uses them for "Export screen as PDF"). */
class PdfExportTest {
    @TempDir
    Path dir;

    @Test
    void aScreenWithTextTheStandardFontLacksIsStillOnePageOfItsSize() throws Exception {
        Document doc = new Document();
        Ops.applyAll(doc, List.of(screen("s", "Odd"), element("b", "button", "s", 20, 20),
                Fixtures.set("b", Props.TEXT, Value.of("★★★☆ 日本 ok\tgo"))));
        Path file = dir.resolve("odd.pdf");
        PdfExport.write(file, doc, "s", Skin.WIREFRAME);
        try (PDDocument pdf = Loader.loadPDF(file.toFile())) {
            assertThat(pdf.getNumberOfPages()).isEqualTo(1);
            assertThat(pdf.getPage(0).getMediaBox().getWidth()).isEqualTo(1440f);
            assertThat(pdf.getPage(0).getMediaBox().getHeight()).isEqualTo(900f);
            assertThat(pdf.getDocumentInformation().getTitle()).isEqualTo("Odd");
        }
        assertThat(PdfExport.bytes(doc, "s", Skin.SKETCH)).startsWith("%PDF".getBytes());
    }

    @Test
    void pdfTextReplacesWhatTheFontCannotShow() {
        PdfText text = new PdfText();
        PDType1Font helvetica = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
        assertThat(text.encodable("★★★☆ 日本 ok\tgo", helvetica)).isEqualTo("**** ?? ok go");
        assertThat(text.encodable("Café • “quotes” — €5…", helvetica)).isEqualTo("Café • “quotes” — €5…");
    }

    @Test
    void pdfPainterDrawsTextThatPdfBoxCanReadBack() throws Exception {
        Path file = dir.resolve("text.pdf");
        try (PDDocument pdf = new PDDocument()) {
            PDPage page = new PDPage(new PDRectangle(400, 200));
            pdf.addPage(page);
            try (PDPageContentStream cs = new PDPageContentStream(pdf, page)) {
                PdfPainter p = new PdfPainter(cs, 200);
                p.save();
                p.opacity(0.5);
                p.rect(new Rect(10, 10, 100, 50), 6, new Rgba(200, 0, 0, 255), Stroke.dashed(Rgba.BLACK, 1, 4, 2));
                p.restore();
                p.clip(new Rect(0, 0, 400, 200));
                p.ellipse(new Rect(200, 20, 80, 40), null, Stroke.solid(Rgba.BLACK, 2));
                p.path(new double[]{1, 50, 90}, new double[]{190, 150, 190}, true, Rgba.BLACK, null);
                p.text("Sign in ★", 20, 120, Font.of(14).bold(true).underline(true), Rgba.BLACK, TextAlign.LEFT);
            }
            pdf.save(file.toFile());
        }
        try (PDDocument pdf = Loader.loadPDF(file.toFile())) {
            assertThat(new PDFTextStripper().getText(pdf)).contains("Sign in *");
        }
    }
}
