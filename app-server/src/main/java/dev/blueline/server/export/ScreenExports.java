package dev.blueline.server.export;

import dev.blueline.model.document.Document;
import dev.blueline.model.document.Kind;
import dev.blueline.model.document.Props;
import dev.blueline.model.export.CodeExporter;
import dev.blueline.model.render.Skin;
import dev.blueline.model.render.SvgExporter;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

/** A screen of a document in any {@link ExportFormat}, as a named file. */
public final class ScreenExports {
    private ScreenExports() {
    }

    /**
     * @param skin  how pictures look (code has no skin)
     * @param scale pixels per screen unit, for PNG only
     * @throws IllegalArgumentException when {@code screenId} is not a live screen, or a PNG would be too large
     */
    public static ExportedFile export(Document doc, String screenId, ExportFormat format, Skin skin, int scale) throws IOException {
        if (!doc.is(screenId, Kind.SCREEN) || doc.isDeleted(screenId)) {
            throw new IllegalArgumentException("no screen \"" + screenId + "\" to export");
        }
        String slug = FileNames.slug(doc.text(screenId, Props.NAME));
        return switch (format) {
            case ExportFormat.Image image -> {
                byte[] bytes = switch (image) {
                    case PNG -> PngExport.bytes(doc, screenId, skin, scale);
                    case SVG -> SvgExporter.export(doc, screenId, skin).getBytes(StandardCharsets.UTF_8);
                    case PDF -> PdfExport.bytes(doc, screenId, skin);
                };
                yield new ExportedFile(slug + "." + image.wire(), image.contentType(), bytes);
            }
            case ExportFormat.Code code -> new ExportedFile(slug + "-" + code.wire() + ".zip", ExportFormat.Code.CONTENT_TYPE,
                    ZipFiles.zip(CodeExporter.screen(doc, screenId, code.format())));
        };
    }
}
