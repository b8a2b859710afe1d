package dev.blueline.model.render;

import dev.blueline.model.geometry.Rect;

/**
 * The few drawing operations every control is made of. The JavaFX canvas, the SVG exporter and
 * the PDF exporter each implement it once, so each control is drawn by one piece of code
 * ({@link ControlRenderer}) everywhere. Coordinates are screen coordinates; {@code fill} or
 * {@code stroke} may be null for "none".
 */
public interface Painter {

    void rect(Rect r, double cornerRadius, Rgba fill, Stroke stroke);

    void ellipse(Rect r, Rgba fill, Stroke stroke);

    void line(double x1, double y1, double x2, double y2, Stroke stroke);

    /** A closed (polygon) or open (polyline) path through the points {@code x[i], y[i]}. */
    void path(double[] x, double[] y, boolean closed, Rgba fill, Stroke stroke);

    /**
     * One line of text. {@code x} is the left, centre or right edge by {@code align}; {@code y}
     * is the baseline.
     */
    void text(String text, double x, double y, Font font, Rgba color, TextAlign align);

    /** The width the text would take. */
    double textWidth(String text, Font font);

    /** Drawing inside {@code r} only, until the matching {@link #restore}. */
    void clip(Rect r);

    /**
     * A safety clip around one control's drawing, which keeps to its bounds by design. A painter
     * for which clipping is costly may skip it: the canvas does (a clip per element made the
     * software pipeline rasterise a mask per element, 15× slower at 100 % zoom); files keep it.
     */
    default void guard(Rect r) {
        clip(r);
    }

    void save();

    void restore();

    /** Multiplies the opacity of what follows (until restore) by {@code alpha} (0–1). */
    void opacity(double alpha);
}
