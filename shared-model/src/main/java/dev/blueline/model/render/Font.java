package dev.blueline.model.render;

/** A font request: size in points, weight, slant, and whether it should look hand-written (sketch skin). */
public record Font(double size, boolean bold, boolean italic, boolean underline, boolean handwritten) {
    public static Font of(double size) {
        return new Font(size, false, false, false, false);
    }

    public Font bold(boolean b) {
        return new Font(size, b, italic, underline, handwritten);
    }

    public Font italic(boolean i) {
        return new Font(size, bold, i, underline, handwritten);
    }

    public Font underline(boolean u) {
        return new Font(size, bold, italic, u, handwritten);
    }

    public Font sized(double s) {
        return new Font(s, bold, italic, underline, handwritten);
    }

    public Font handwritten(boolean h) {
        return new Font(size, bold, italic, underline, h);
    }
}
