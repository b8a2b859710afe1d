package dev.blueline.desktop.canvas;

import dev.blueline.model.geometry.Rect;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;

import java.util.Arrays;
import java.util.List;

/**
 * The far-zoomed-out picture: each element a light box with a border, written straight into a
 * pixel buffer. Drawing ten thousand tiny controls through the scene graph costs tens of
 * milliseconds; filling their pixels costs about one.
 */
final class BoxRaster {
    private static final int FILL = 0xfff1f5f9;
    private static final int BORDER = 0xff94a3b8;
    private int[] pixels = new int[0];
    private WritableImage image;

    /** Paints the items into an image of the view's size; {@code background} everywhere else. */
    WritableImage paint(List<ScreenScene.Item> items, int w, int h, double zoom, double originX, double originY, Rect page, int pageColor, int background) {
        if (w <= 0 || h <= 0) return null;
        if (pixels.length != w * h) {
            pixels = new int[w * h];
            image = new WritableImage(w, h);
        }
        Arrays.fill(pixels, background);
        fill(page, zoom, originX, originY, w, h, pageColor, pageColor);
        for (ScreenScene.Item it : items) {
            Rect b = it.clip() == null ? it.bounds() : ScreenScene.intersect(it.bounds(), it.clip());
            if (b != null) fill(b, zoom, originX, originY, w, h, FILL, BORDER);
        }
        image.getPixelWriter().setPixels(0, 0, w, h, PixelFormat.getIntArgbInstance(), pixels, 0, w);
        return image;
    }

    private void fill(Rect r, double zoom, double ox, double oy, int w, int h, int fill, int border) {
        int x0 = (int) Math.floor((r.x() - ox) * zoom), y0 = (int) Math.floor((r.y() - oy) * zoom);
        int x1 = (int) Math.ceil((r.right() - ox) * zoom), y1 = (int) Math.ceil((r.bottom() - oy) * zoom);
        int cx0 = Math.max(0, x0), cy0 = Math.max(0, y0), cx1 = Math.min(w, Math.max(x1, x0 + 1)), cy1 = Math.min(h, Math.max(y1, y0 + 1));
        for (int y = cy0; y < cy1; y++) {
            int row = y * w;
            boolean edgeRow = y == y0 || y == y1 - 1;
            for (int x = cx0; x < cx1; x++) {
                pixels[row + x] = edgeRow || x == x0 || x == x1 - 1 ? border : fill;
            }
        }
    }
}
