package dev.blueline.server.export;

import dev.blueline.model.document.Document;
import dev.blueline.model.geometry.Rect;
import dev.blueline.model.render.ScreenRenderer;
import dev.blueline.model.render.Skin;

import javax.imageio.ImageIO;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;
import javax.imageio.stream.MemoryCacheImageOutputStream;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Iterator;

/**
 * A screen as a PNG, drawn with Java2D ({@link Java2dPainter}) on a white page at {@code scale}
 * pixels per screen unit. Needs no display: the host sets {@code java.awt.headless} before AWT
 * first starts, unless someone chose otherwise, so a stray {@code DISPLAY} cannot make it reach
 * for an X server.
 */
public final class PngExport {
    /** 40 megapixels are 160 MB of pixels while drawing: larger pictures should be SVG or PDF. */
    public static final long MAX_PIXELS = 40_000_000L;
    public static final int MAX_SCALE = 4;

    static {
        if (System.getProperty("java.awt.headless") == null) System.setProperty("java.awt.headless", "true");
    }

    /** The picture's size in pixels. */
    public record Size(long width, long height) {
        public long pixels() {
            return width * height;
        }

        public boolean fits() {
            return pixels() <= MAX_PIXELS;
        }
    }

    private PngExport() {
    }

    /** The pixel size of the screen at {@code scale} (1 to {@link #MAX_SCALE}). */
    public static Size size(Document doc, String screenId, int scale) {
        if (scale < 1 || scale > MAX_SCALE) throw new IllegalArgumentException("scale is 1 to " + MAX_SCALE + ", not " + scale);
        Rect r = ScreenRenderer.size(doc, screenId);
        return new Size((long) Math.ceil(r.w() * scale), (long) Math.ceil(r.h() * scale));
    }

    /** @throws IllegalArgumentException when the picture would be over {@link #MAX_PIXELS}: check {@link Size#fits} first */
    public static BufferedImage render(Document doc, String screenId, Skin skin, int scale) {
        Size size = size(doc, screenId, scale);
        if (!size.fits()) {
            throw new IllegalArgumentException("a PNG of " + size.width() + "\u00d7" + size.height() + " pixels is over the limit of "
                    + MAX_PIXELS + " pixels");
        }
        BufferedImage img = new BufferedImage((int) size.width(), (int) size.height(), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        try {
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, img.getWidth(), img.getHeight());
            g.scale(scale, scale);
            ScreenRenderer.draw(new Java2dPainter(g), doc, screenId, skin);
        } finally {
            g.dispose();
        }
        return img;
    }

    public static byte[] bytes(Document doc, String screenId, Skin skin, int scale) throws IOException {
        return encode(render(doc, screenId, skin, scale));
    }

    /**
     * PNG bytes, buffered in memory: {@code ImageIO.write} to a stream would cache through a temporary
     * file, and turning that off for everyone ({@code ImageIO.setUseCache}) is not ours to decide.
     */
    static byte[] encode(BufferedImage img) throws IOException {
        Iterator<ImageWriter> writers = ImageIO.getImageWritersByFormatName("png");
        if (!writers.hasNext()) throw new IOException("this Java has no PNG writer");
        ImageWriter writer = writers.next();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(64 * 1024);
        try (ImageOutputStream out = new MemoryCacheImageOutputStream(bytes)) {
            writer.setOutput(out);
            writer.write(img);
        } finally {
            writer.dispose();
        }
        return bytes.toByteArray();
    }
}
