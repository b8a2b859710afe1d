package dev.blueline.model.render;

/**
 * Text measurement without a font engine, for backends that have none (SVG, where the viewer
 * picks the font) and for tests. Widths are estimates: 0.55 em per character on average
 * (0.6 em bold), 1 em for wide East Asian characters and emoji, nothing for combining marks
 * and zero-width characters. Vertical metrics are shared by every backend so text is placed
 * the same everywhere: the ascent is 0.8 em above the baseline, the descent 0.2 em below.
 */
public final class TextMetrics {
    public static final double ASCENT = 0.8;
    public static final double DESCENT = 0.2;
    public static final double AVERAGE = 0.55;
    public static final double AVERAGE_BOLD = 0.6;

    private TextMetrics() {
    }

    public static double estimateWidth(String text, Font font) {
        if (text == null || text.isEmpty()) return 0;
        double em = 0;
        double normal = font.bold() ? AVERAGE_BOLD : AVERAGE;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            em += zeroWidth(cp) ? 0 : wide(cp) ? 1.0 : normal;
        }
        // handwritten faces run wider than system sans-serif
        return em * font.size() * (font.handwritten() ? 1.08 : 1.0);
    }

    private static boolean zeroWidth(int cp) {
        int t = Character.getType(cp);
        return t == Character.NON_SPACING_MARK || t == Character.ENCLOSING_MARK || t == Character.FORMAT
                || t == Character.CONTROL || (cp >= 0xFE00 && cp <= 0xFE0F);
    }

    private static boolean wide(int cp) {
        return (cp >= 0x1100 && cp <= 0x115F) || (cp >= 0x2E80 && cp <= 0xA4CF) || (cp >= 0xAC00 && cp <= 0xD7A3)
                || (cp >= 0xF900 && cp <= 0xFAFF) || (cp >= 0xFE30 && cp <= 0xFE4F) || (cp >= 0xFF00 && cp <= 0xFF60)
                || (cp >= 0xFFE0 && cp <= 0xFFE6) || (cp >= 0x1F300 && cp <= 0x1FAFF) || (cp >= 0x20000 && cp <= 0x3FFFD);
    }
}
