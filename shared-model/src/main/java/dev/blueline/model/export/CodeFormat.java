package dev.blueline.model.export;

import java.util.Locale;
import java.util.Optional;

/** The code a screen or a project can be exported as. */
public enum CodeFormat {
    /** HTML5 pages with one shared stylesheet. */
    HTML("html", "HTML + CSS"),
    /** TypeScript React function components, one file per screen, with one shared stylesheet. */
    REACT("react", "React (TypeScript)"),
    /** JavaFX FXML documents with one shared stylesheet. */
    FXML("fxml", "JavaFX FXML");

    private final String wire;
    private final String displayName;

    CodeFormat(String wire, String displayName) {
        this.wire = wire;
        this.displayName = displayName;
    }

    /** The name used in URLs and on the command line ({@code html}, {@code react}, {@code fxml}). */
    public String wire() {
        return wire;
    }

    public String displayName() {
        return displayName;
    }

    public static Optional<CodeFormat> parse(String wire) {
        if (wire == null) return Optional.empty();
        String w = wire.strip().toLowerCase(Locale.ROOT);
        for (CodeFormat f : values()) {
            if (f.wire.equals(w)) return Optional.of(f);
        }
        return Optional.empty();
    }
}
