package dev.blueline.server.export;

import dev.blueline.model.document.Document;
import dev.blueline.model.document.Props;
import dev.blueline.model.geometry.Rect;
import dev.blueline.model.render.ScreenRenderer;
import dev.blueline.model.render.Skin;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A screen as a one-page vector PDF whose page is the screen's size (one point per screen unit).
 * Used by the desktop's "Export screen as PDF" and by the host's export route.
 */
public final class PdfExport {
    private PdfExport() {
    }

    public static void write(Path file, Document doc, String screenId, Skin skin) throws IOException {
        try (OutputStream out = Files.newOutputStream(file)) {
            write(out, doc, screenId, skin);
        }
    }

    public static byte[] bytes(Document doc, String screenId, Skin skin) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(16 * 1024);
        write(out, doc, screenId, skin);
        return out.toByteArray();
    }

    /** Writes the PDF to {@code out}; whoever opened it closes it (PDFBox may already have). */
    public static void write(OutputStream out, Document doc, String screenId, Skin skin) throws IOException {
        Rect size = ScreenRenderer.size(doc, screenId);
        try (PDDocument pdf = new PDDocument()) {
            PDPage page = new PDPage(new PDRectangle((float) size.w(), (float) size.h()));
            pdf.addPage(page);
            PDDocumentInformation info = pdf.getDocumentInformation();
            String name = doc.text(screenId, Props.NAME);
            info.setTitle(name == null ? "Screen" : name);
            info.setCreator("Blueline");
            try (PDPageContentStream cs = new PDPageContentStream(pdf, page)) {
                ScreenRenderer.draw(new PdfPainter(cs, size.h()), doc, screenId, skin);
            } catch (UncheckedIOException e) {
                throw e.getCause();
            }
            pdf.save(out);
        }
    }
}
