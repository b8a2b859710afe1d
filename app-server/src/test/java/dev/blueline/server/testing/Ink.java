package dev.blueline.server.testing;

import dev.blueline.model.geometry.Rect;

import java.awt.image.BufferedImage;

/** Where a picture of a white page has been drawn on. Rectangles are in screen units, times {@code scale} pixels. */
public final class Ink {
    /** Average channel below this is clearly drawn on, not a faint anti-aliasing fringe. */
    static final int CLEAR = 235;
    /** Average channel below this is any mark at all, however light. */
    static final int ANY = 254;

    private Ink() {
    }

    /** A clearly non-white pixel inside {@code r}. */
    public static boolean in(BufferedImage img, Rect r, double scale) {
        return count(img, r, scale, CLEAR) > 0;
    }

    /** Any mark inside {@code r}, however light. */
    public static boolean anyIn(BufferedImage img, Rect r, double scale) {
        return count(img, r, scale, ANY) > 0;
    }

    /** How many pixels outside {@code r} carry any mark. */
    public static int outside(BufferedImage img, Rect r, double scale) {
        return count(img, new Rect(0, 0, img.getWidth() / scale, img.getHeight() / scale), scale, ANY) - count(img, r, scale, ANY);
    }

    private static int count(BufferedImage img, Rect r, double scale, int below) {
        int x0 = (int) Math.max(0, Math.floor(r.x() * scale)), y0 = (int) Math.max(0, Math.floor(r.y() * scale));
        int x1 = (int) Math.min(img.getWidth(), Math.ceil(r.right() * scale)), y1 = (int) Math.min(img.getHeight(), Math.ceil(r.bottom() * scale));
        int n = 0;
        for (int y = y0; y < y1; y++) {
            for (int x = x0; x < x1; x++) {
                int rgb = img.getRGB(x, y);
                if (((rgb >> 16) & 255) + ((rgb >> 8) & 255) + (rgb & 255) < 3 * below) n++;
            }
        }
        return n;
    }
}
