package dev.blueline.server.export;

import dev.blueline.model.render.Font;

import java.awt.GraphicsEnvironment;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Which installed font Java2D draws a {@link Font} request with. A Helvetica-like face comes
 * first, so raster text runs about as wide as the PDF's Helvetica and the estimates the layout
 * was made for; the handwritten look takes a comic face when the machine has one. Java's
 * logical {@code SansSerif} is the fallback, also for text the chosen face has no glyphs for:
 * it is a composite that falls back across installed fonts instead of drawing boxes.
 */
final class Fonts {
    private static final List<String> SANS = List.of("Liberation Sans", "Arial", "Helvetica", "Helvetica Neue", "Arimo");
    private static final List<String> HANDWRITTEN = List.of("Comic Neue", "Comic Sans MS", "Segoe Print", "Bradley Hand");
    private static final String FALLBACK = java.awt.Font.SANS_SERIF;

    private static final String sans;
    private static final String handwritten;

    static {
        Set<String> installed = Stream.of(GraphicsEnvironment.getLocalGraphicsEnvironment().getAvailableFontFamilyNames(Locale.ROOT))
                .map(n -> n.toLowerCase(Locale.ROOT)).collect(Collectors.toSet());
        sans = first(SANS, installed, FALLBACK);
        handwritten = first(HANDWRITTEN, installed, sans);
    }

    private Fonts() {
    }

    /** The face for a request, at its size. */
    static java.awt.Font awt(Font f) {
        return face(f.handwritten() ? handwritten : sans, f);
    }

    /** {@code chosen}, or the logical fallback at the same style and size when {@code chosen} cannot show all of {@code text}. */
    static java.awt.Font covering(java.awt.Font chosen, String text) {
        if (chosen.getFamily(Locale.ROOT).equals(FALLBACK) || chosen.canDisplayUpTo(text) == -1) return chosen;
        return new java.awt.Font(FALLBACK, chosen.getStyle(), 1).deriveFont(chosen.getSize2D());
    }

    private static java.awt.Font face(String family, Font f) {
        int style = (f.bold() ? java.awt.Font.BOLD : 0) | (f.italic() ? java.awt.Font.ITALIC : 0);
        double size = f.size() > 0 && Double.isFinite(f.size()) ? f.size() : 1;
        return new java.awt.Font(family, style, 1).deriveFont((float) size);
    }

    private static String first(List<String> wanted, Set<String> installed, String otherwise) {
        for (String w : wanted) {
            if (installed.contains(w.toLowerCase(Locale.ROOT))) return w;
        }
        return otherwise;
    }
}
