package dev.blueline.desktop.canvas;

/** A rectangle of whole pixels {@code [x0, x1) × [y0, y1)}; empty when it has no pixel. */
record PixelBox(int x0, int y0, int x1, int y1) {
    static final PixelBox EMPTY = new PixelBox(0, 0, 0, 0);

    boolean isEmpty() {
        return x0 >= x1 || y0 >= y1;
    }

    int w() {
        return x1 - x0;
    }

    int h() {
        return y1 - y0;
    }

    PixelBox union(PixelBox o) {
        if (isEmpty()) return o.isEmpty() ? EMPTY : o;
        if (o.isEmpty()) return this;
        return new PixelBox(Math.min(x0, o.x0), Math.min(y0, o.y0), Math.max(x1, o.x1), Math.max(y1, o.y1));
    }
}
