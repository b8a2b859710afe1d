package dev.blueline.model.render;

/** A colour with alpha, each channel 0–255. */
public record Rgba(int r, int g, int b, int a) {
    public static final Rgba BLACK = new Rgba(0, 0, 0, 255);
    public static final Rgba WHITE = new Rgba(255, 255, 255, 255);
    public static final Rgba TRANSPARENT = new Rgba(0, 0, 0, 0);

    public Rgba {
        if ((r | g | b | a) < 0 || r > 255 || g > 255 || b > 255 || a > 255) throw new IllegalArgumentException("channels are 0–255");
    }

    /** {@code #rgb}, {@code #rrggbb} or {@code #rrggbbaa}; null or malformed gives {@code fallback}. */
    public static Rgba parse(String hex, Rgba fallback) {
        if (hex == null || !hex.startsWith("#")) return fallback;
        try {
            String h = hex.substring(1);
            if (h.length() == 3) h = "" + h.charAt(0) + h.charAt(0) + h.charAt(1) + h.charAt(1) + h.charAt(2) + h.charAt(2);
            if (h.length() == 6) h = h + "ff";
            if (h.length() != 8) return fallback;
            long v = Long.parseLong(h, 16);
            return new Rgba((int) (v >> 24) & 255, (int) (v >> 16) & 255, (int) (v >> 8) & 255, (int) v & 255);
        } catch (NumberFormatException e) {
            return fallback;
        }
    }

    public Rgba withAlpha(int alpha) {
        return new Rgba(r, g, b, alpha);
    }

    /** {@code #rrggbb} (alpha dropped). */
    public String hex() {
        return String.format("#%02x%02x%02x", r, g, b);
    }

    public double opacity() {
        return a / 255.0;
    }
}
