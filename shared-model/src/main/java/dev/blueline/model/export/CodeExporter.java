package dev.blueline.model.export;

import dev.blueline.model.document.Document;

import java.util.List;

/**
 * Turns screens into code a developer starts from. Pure functions of the document: the same
 * document always gives the same files, byte for byte.
 */
public final class CodeExporter {
    private CodeExporter() {
    }

    /**
     * One screen: its page (HTML), component file (React) or FXML document, the files of the
     * components it uses, and the shared stylesheet.
     *
     * @throws IllegalArgumentException when {@code screenId} is not a live screen
     */
    public static List<ExportFile> screen(Document doc, String screenId, CodeFormat format) {
        ExportDocument d = ExportDocument.of(doc);
        return writer(format).write(d, List.of(d.screen(screenId)));
    }

    /** Every screen of the project (component masters as components), linked together. */
    public static List<ExportFile> project(Document doc, CodeFormat format) {
        ExportDocument d = ExportDocument.of(doc);
        return writer(format).write(d, d.pages());
    }

    private static CodeWriter writer(CodeFormat format) {
        return switch (format) {
            case HTML -> new HtmlWriter();
            case REACT -> new ReactWriter();
            case FXML -> new FxmlWriter();
        };
    }
}
