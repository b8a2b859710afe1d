package dev.blueline.desktop.canvas;

import dev.blueline.model.geometry.Rect;

import java.util.Arrays;
import java.util.List;

/**
 * The far-zoomed-out picture: each element a light box with a border, written straight into a
 * pixel buffer. Drawing ten thousand tiny controls through the scene graph costs tens of
 * milliseconds; filling their pixels costs about one. Boxes are placed on whole world pixels, so
 * any window of pixels comes out the same whether painted alone or as part of a larger one.
 */
final class BoxRaster {
    private static final int FILL = 0xfff1f5f9;
    private static final int BORDER = 0xff94a3b8;
    private int[] pixels = new int[0];

    /**
     * The world pixels {@code [x, x+w) × [y, y+h)} at this zoom, row by row (ARGB): {@code background}
     * everywhere, the page, then the items in order. The array is reused by the next call.
     */
    int[] paint(List<ScreenScene.Item> items, long x, long y, int w, int h, double zoom, Rect page, int pageColor, int background) {
        if (pixels.length < w * h) pixels = new int[w * h];
        Arrays.fill(pixels, 0, w * h, background);
        fill(page, zoom, x, y, w, h, pageColor, pageColor);
        for (ScreenScene.Item it : items) {
            Rect b = it.clip() == null ? it.bounds() : ScreenScene.intersect(it.bounds(), it.clip());
            if (b != null) fill(b, zoom, x, y, w, h, FILL, BORDER);
        }
        return pixels;
    }

    private void fill(Rect r, double zoom, long ox, long oy, int w, int h, int fill, int border) {
        // edges in world pixels, then in the window
        long x0 = (long) Math.floor(r.x() * zoom), y0 = (long) Math.floor(r.y() * zoom);
        long x1 = Math.max((long) Math.ceil(r.right() * zoom), x0 + 1), y1 = Math.max((long) Math.ceil(r.bottom() * zoom), y0 + 1);
        int cx0 = (int) Math.max(0, x0 - ox), cy0 = (int) Math.max(0, y0 - oy);
        int cx1 = (int) Math.min(w, x1 - ox), cy1 = (int) Math.min(h, y1 - oy);
        for (int y = cy0; y < cy1; y++) {
            int row = y * w;
            long wy = y + oy;
            boolean edgeRow = wy == y0 || wy == y1 - 1;
            for (int x = cx0; x < cx1; x++) {
                long wx = x + ox;
                pixels[row + x] = edgeRow || wx == x0 || wx == x1 - 1 ? border : fill;
            }
        }
    }
}
