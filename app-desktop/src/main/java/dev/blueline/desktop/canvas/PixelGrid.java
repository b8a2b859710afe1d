package dev.blueline.desktop.canvas;

import dev.blueline.desktop.editor.Viewport;
import dev.blueline.model.geometry.Rect;

/**
 * Where the canvas's pixels are: at {@code zoom}, screen point {@code (x, y)} is world pixel
 * {@code (x·zoom, y·zoom)}, and the view's top-left pixel is world pixel {@code (left, top)}.
 * The view's offset is rounded to whole pixels (at most half a pixel from the viewport's exact
 * origin) so that cached tiles, moved by whole pixels, match a fresh drawing pixel for pixel.
 */
record PixelGrid(double zoom, long left, long top) {

    static PixelGrid of(Viewport v) {
        double z = v.zoom();
        return new PixelGrid(z, Math.round(v.originXProperty().get() * z), Math.round(v.originYProperty().get() * z));
    }

    /** The view pixel of a screen point. */
    double viewX(double x) {
        return x * zoom - left;
    }

    double viewY(double y) {
        return y * zoom - top;
    }

    /** The screen area that world pixels {@code [x, x+w) × [y, y+h)} show. */
    Rect screenArea(long x, long y, long w, long h) {
        return new Rect(x / zoom, y / zoom, w / zoom, h / zoom);
    }

    /** The world pixels a screen area touches (a pixel more on each side, for antialiased edges): {x0, y0, x1, y1}, ends exclusive. */
    long[] pixelsOf(Rect area) {
        return new long[]{(long) Math.floor(area.x() * zoom) - 1, (long) Math.floor(area.y() * zoom) - 1,
                (long) Math.ceil(area.right() * zoom) + 1, (long) Math.ceil(area.bottom() * zoom) + 1};
    }
}
