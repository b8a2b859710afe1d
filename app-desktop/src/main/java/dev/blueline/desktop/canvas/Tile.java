package dev.blueline.desktop.canvas;

import javafx.scene.canvas.Canvas;

/**
 * One cached piece of the content: a canvas showing world pixels {@code [left, left+w) × [top,
 * top+h)}, all painted, and the part of them that no longer matches the document ({@code stale},
 * in the tile's own pixels). Grid tiles are {@link #SIZE}² squares at multiples of it; the view
 * painted from nothing is one tile the size of the view.
 */
final class Tile {
    /** Big enough that a view needs few of them, small enough that uncovering a row of them while panning is cheap. */
    static final int SIZE = 256;

    final Canvas canvas;
    final ContentPainter.Surface surface;
    private long left, top;
    PixelBox stale = PixelBox.EMPTY;

    /** @param viewSized the first paint of a view, rather than a grid square (see {@link ContentPainter.Surface}) */
    Tile(int w, int h, boolean viewSized) {
        canvas = new Canvas(w, h);
        surface = new ContentPainter.Surface(canvas, viewSized);
    }

    /** Puts the tile at another place, where it is to be painted whole. */
    void place(long left, long top) {
        this.left = left;
        this.top = top;
        canvas.setLayoutX(left);
        canvas.setLayoutY(top);
        stale = PixelBox.EMPTY;
    }

    int w() {
        return (int) canvas.getWidth();
    }

    int h() {
        return (int) canvas.getHeight();
    }

    /** The world pixel at the tile's top-left corner. */
    long left() {
        return left;
    }

    long top() {
        return top;
    }

    /** All its pixels. */
    PixelBox all() {
        return new PixelBox(0, 0, w(), h());
    }

    /** World pixels {@code [wx0, wx1) × [wy0, wy1)} as tile pixels, cut to the tile. */
    PixelBox local(long wx0, long wy0, long wx1, long wy1) {
        return new PixelBox((int) clamp(wx0 - left, w()), (int) clamp(wy0 - top, h()), (int) clamp(wx1 - left, w()), (int) clamp(wy1 - top, h()));
    }

    /** Whether it shows all of world pixels {@code [wx0, wx1) × [wy0, wy1)}. */
    boolean covers(long wx0, long wy0, long wx1, long wy1) {
        return wx0 >= left && wy0 >= top && wx1 <= left + w() && wy1 <= top + h();
    }

    boolean meets(long wx0, long wy0, long wx1, long wy1) {
        return wx0 < left + w() && wx1 > left && wy0 < top + h() && wy1 > top;
    }

    /** Marks the pixels that show changed world pixels stale. */
    void markStale(long wx0, long wy0, long wx1, long wy1) {
        stale = stale.union(local(wx0, wy0, wx1, wy1));
    }

    private static long clamp(long v, int max) {
        return Math.max(0, Math.min(max, v));
    }
}
