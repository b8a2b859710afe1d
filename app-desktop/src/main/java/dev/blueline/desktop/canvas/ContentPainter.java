package dev.blueline.desktop.canvas;

import dev.blueline.model.document.Document;
import dev.blueline.model.geometry.Rect;
import dev.blueline.model.render.Skin;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;

import java.util.List;
import java.util.Set;

/**
 * Paints the content of the canvas (the grey outside, the page, the grid, the elements) into any
 * rectangle of pixels of any canvas: a cached tile, part of one, or a whole view. The result
 * depends only on the world pixels painted, never on how the view was cut up, which is what lets
 * tiles be kept, moved and repainted piecemeal.
 */
final class ContentPainter {
    static final Color OUTSIDE = Color.web("#e2e8f0");
    private static final int OUTSIDE_ARGB = 0xffe2e8f0;

    /** What is shown: the screen's scene (null: no screen), at which zoom, in which skin, with or without the grid, on which page colour. */
    record Setup(Document doc, ScreenScene scene, double zoom, Skin skin, boolean grid, Color page) {
    }

    /**
     * Where content is painted: a canvas. The far-out boxes are written into an image and drawn onto
     * it (the canvas's own pixel writer converts pixel by pixel, several times slower): a fresh image
     * the size of each part painted, or, for a canvas the size of the view, one image of its size
     * kept while it shows boxes (a view-sized allocation per frame would churn the heap).
     */
    static final class Surface {
        final FxPainter painter;
        private final boolean keepsPixels;
        private WritableImage pixels;

        Surface(Canvas canvas, boolean keepsPixels) {
            this.painter = new FxPainter(canvas.getGraphicsContext2D());
            this.keepsPixels = keepsPixels;
        }

        /** Bytes held besides the canvas. */
        long extraBytes() {
            return pixels == null ? 0 : (long) pixels.getWidth() * (long) pixels.getHeight() * 4;
        }

        /**
         * Draws pixels {@code [x, x+w) × [y, y+h)} of the canvas from {@code argb} (rows of {@code w}).
         * Whole pixels one to one: copied exactly. A kept image holds the latest pixels of every part
         * painted, so the canvas, which draws when it is rendered, shows the latest of each.
         */
        private void put(int[] argb, int x, int y, int w, int h) {
            GraphicsContext g = painter.graphics();
            if (keepsPixels) {
                Canvas c = g.getCanvas();
                int cw = (int) Math.ceil(c.getWidth()), ch = (int) Math.ceil(c.getHeight());
                if (pixels == null || pixels.getWidth() != cw || pixels.getHeight() != ch) pixels = new WritableImage(cw, ch);
                pixels.getPixelWriter().setPixels(x, y, w, h, PixelFormat.getIntArgbInstance(), argb, 0, w);
                g.drawImage(pixels, x, y, w, h, x, y, w, h);
            } else {
                WritableImage img = new WritableImage(w, h);
                img.getPixelWriter().setPixels(0, 0, w, h, PixelFormat.getIntArgbInstance(), argb, 0, w);
                g.drawImage(img, x, y);
            }
        }
    }

    private final ScenePainter elements = new ScenePainter();
    private final BoxRaster boxes = new BoxRaster();

    /** These elements changed; null: anything may have. */
    void forget(Set<String> ids) {
        elements.forget(ids);
    }

    /**
     * Paints pixels {@code [x, x+w) × [y, y+h)} of the surface's canvas, whose pixel (0, 0) is
     * world pixel {@code (offX, offY)}. {@code items}: the elements reaching into them, in paint order
     * (see {@link ScenePainter#reaching}). {@code whole}: that is the whole canvas, so no clip is needed
     * and the canvas may drop drawing still queued for it. Returns how many elements were drawn.
     */
    int paint(Surface on, Setup s, List<ScreenScene.Item> items, int x, int y, int w, int h, long offX, long offY, boolean whole) {
        FxPainter p = on.painter;
        GraphicsContext g = p.graphics();
        double z = s.zoom();
        Rect area = new Rect((x + offX) / z, (y + offY) / z, w / z, h / z);
        g.save();
        g.setTransform(1, 0, 0, 1, 0, 0);
        if (!whole) {
            // a clip on whole pixels: exact, and the software pipeline keeps it a rectangle rather than a mask
            g.beginPath();
            g.rect(x, y, w, h);
            g.clip();
        }
        g.setFill(OUTSIDE);
        g.fillRect(x, y, w, h);
        int drawn = 0;
        if (s.scene() != null && z < ScenePainter.BOXES_BELOW) {
            // far out: boxes straight into pixels
            int[] px = boxes.paint(items, x + offX, y + offY, w, h, z, s.scene().screenBounds(), argb(s.page()), OUTSIDE_ARGB);
            on.put(px, x, y, w, h);
            drawn = items.size();
        } else if (s.scene() != null) {
            on.pixels = null;
            g.setTransform(z, 0, 0, z, -offX, -offY);
            Rect page = s.scene().screenBounds();
            g.setFill(s.page());
            g.fillRect(page.x(), page.y(), page.w(), page.h());
            if (s.grid()) Grid.paint(g, area.inflate(2 / z), page, z);
            drawn = elements.paint(p, s.doc(), items, z, s.skin());
        }
        g.restore();
        return drawn;
    }

    /** The page colour as an opaque pixel: a see-through page shows the grey outside, as it does when drawn. */
    private static int argb(Color c) {
        double a = c.getOpacity();
        int r = (int) Math.round((c.getRed() * a + OUTSIDE.getRed() * (1 - a)) * 255);
        int gr = (int) Math.round((c.getGreen() * a + OUTSIDE.getGreen() * (1 - a)) * 255);
        int b = (int) Math.round((c.getBlue() * a + OUTSIDE.getBlue() * (1 - a)) * 255);
        return 0xff000000 | r << 16 | gr << 8 | b;
    }
}
