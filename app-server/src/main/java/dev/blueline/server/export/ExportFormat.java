package dev.blueline.server.export;

import dev.blueline.model.export.CodeFormat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * What a screen can be exported as: a picture of it ({@link Image}) or code to start from
 * ({@link Code}, one of the shared model's {@link CodeFormat}s, so a new code format is
 * accepted here as soon as the model has it).
 */
public sealed interface ExportFormat {

    /** The name in URLs: {@code png}, {@code html}, … */
    String wire();

    enum Image implements ExportFormat {
        PNG("image/png"), SVG("image/svg+xml"), PDF("application/pdf");

        private final String contentType;

        Image(String contentType) {
            this.contentType = contentType;
        }

        public String contentType() {
            return contentType;
        }

        @Override
        public String wire() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** Several files (page, components, stylesheet), so always delivered as one zip. */
    record Code(CodeFormat format) implements ExportFormat {
        public static final String CONTENT_TYPE = "application/zip";

        @Override
        public String wire() {
            return format.wire();
        }
    }

    /** The format named {@code wire} (any case, surrounding blanks ignored), if there is one. */
    static Optional<ExportFormat> parse(String wire) {
        if (wire == null) return Optional.empty();
        String w = wire.strip().toLowerCase(Locale.ROOT);
        for (Image i : Image.values()) {
            if (i.wire().equals(w)) return Optional.of(i);
        }
        return CodeFormat.parse(w).map(Code::new);
    }

    /** Every accepted name, code formats first. */
    static List<String> accepted() {
        List<String> out = new ArrayList<>();
        for (CodeFormat c : CodeFormat.values()) out.add(c.wire());
        for (Image i : Image.values()) out.add(i.wire());
        return List.copyOf(out);
    }
}
