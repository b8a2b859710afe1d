package dev.blueline.model.render;

/**
 * The few colours controls are drawn with by default (slate greys, one accent blue, an error
 * red, sticky-note yellow). Kept in one place so every backend and skin agrees.
 */
public final class Palette {
    public static final Rgba PAPER = Rgba.WHITE;
    /** Outlines. */
    public static final Rgba INK = hex("#475569");
    /** Text. */
    public static final Rgba TEXT = hex("#1e293b");
    /** Placeholder and secondary text. */
    public static final Rgba MUTED = hex("#94a3b8");
    /** Fills of inputs, headers and tracks. */
    public static final Rgba LIGHT = hex("#f1f5f9");
    /** Grid lines, separators, empty tracks. */
    public static final Rgba LINE = hex("#cbd5e1");
    public static final Rgba ACCENT = hex("#3b82f6");
    public static final Rgba ACCENT_LIGHT = hex("#dbeafe");
    public static final Rgba ERROR = hex("#ef4444");
    public static final Rgba ERROR_LIGHT = hex("#fee2e2");
    public static final Rgba DISABLED_FILL = hex("#f8fafc");
    public static final Rgba DISABLED_INK = hex("#cbd5e1");
    public static final Rgba DISABLED_TEXT = hex("#94a3b8");
    public static final Rgba STICKY = hex("#fde68a");
    public static final Rgba SHADOW = new Rgba(15, 23, 42, 38);
    /** Chart series after the accent: distinguishable in greyscale print too (light to dark). */
    public static final Rgba[] SERIES = {ACCENT, hex("#94a3b8"), hex("#1e293b"), hex("#93c5fd"), hex("#64748b"), hex("#1d4ed8")};

    private Palette() {
    }

    private static Rgba hex(String h) {
        return Rgba.parse(h, Rgba.BLACK);
    }
}
