package dev.blueline.desktop.files;

import dev.blueline.desktop.canvas.FxPainter;
import dev.blueline.model.document.Document;
import dev.blueline.model.document.Kind;
import dev.blueline.model.geometry.Rect;
import dev.blueline.model.render.ScreenRenderer;
import dev.blueline.model.render.Skin;
import dev.blueline.model.render.SvgExporter;
import dev.blueline.server.export.PdfExport;
import javafx.scene.SnapshotParameters;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A screen as an image file: PNG (drawn by the same renderer as the canvas, at 1× or 2×), SVG
 * (the shared-model exporter) or PDF ({@link PdfExport}). PNG work must run on the FX thread.
 */
public final class ImageExport {
    /** Larger PNGs would need gigabytes of memory; SVG and PDF have no such limit. */
    public static final int MAX_PNG_SIDE = 16_384;
    public static final long MAX_PNG_PIXELS = 64L << 20;

    private ImageExport() {
    }

    /** Draws the screen at {@code scale} pixels per point. FX thread only. */
    public static WritableImage renderPng(Document doc, String screenId, Skin skin, double scale) {
        requireScreen(doc, screenId);
        Rect size = ScreenRenderer.size(doc, screenId);
        int w = (int) Math.ceil(size.w() * scale), h = (int) Math.ceil(size.h() * scale);
        if (w > MAX_PNG_SIDE || h > MAX_PNG_SIDE || (long) w * h > MAX_PNG_PIXELS) {
            throw new IllegalArgumentException("the screen is too large for a PNG at " + (int) scale + "\u00d7 (" + w + "\u00d7" + h
                    + " pixels); export it as SVG or PDF instead");
        }
        Canvas canvas = new Canvas(w, h);
        GraphicsContext g = canvas.getGraphicsContext2D();
        g.setFill(Color.WHITE);
        g.fillRect(0, 0, w, h);
        g.setTransform(scale, 0, 0, scale, 0, 0);
        ScreenRenderer.draw(new FxPainter(g), doc, screenId, skin);
        SnapshotParameters params = new SnapshotParameters();
        params.setFill(Color.WHITE);
        return canvas.snapshot(params, new WritableImage(w, h));
    }

    /** Writes a PNG of the screen. FX thread only. */
    public static void writePng(Path file, Document doc, String screenId, Skin skin, double scale) throws IOException {
        WritableImage img = renderPng(doc, screenId, skin, scale);
        writePng(file, img);
    }

    /** Encodes an FX image as PNG with {@code javax.imageio} (no Swing bridge needed). */
    public static void writePng(Path file, WritableImage img) throws IOException {
        int w = (int) img.getWidth(), h = (int) img.getHeight();
        int[] argb = new int[w * h];
        PixelReader r = img.getPixelReader();
        r.getPixels(0, 0, w, h, PixelFormat.getIntArgbInstance(), argb, 0, w);
        BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB);
        out.setRGB(0, 0, w, h, argb, 0, w);
        if (!ImageIO.write(out, "png", file.toFile())) throw new IOException("no PNG writer available");
    }

    /** The file next to {@code file} for the 2× image: {@code Home.png} → {@code Home@2x.png}. */
    public static Path retinaSibling(Path file) {
        String name = file.getFileName().toString();
        int dot = name.toLowerCase().endsWith(".png") ? name.length() - 4 : name.length();
        return file.resolveSibling(name.substring(0, dot) + "@2x.png");
    }

    public static void writeSvg(Path file, Document doc, String screenId, Skin skin) throws IOException {
        requireScreen(doc, screenId);
        Files.writeString(file, SvgExporter.export(doc, screenId, skin), StandardCharsets.UTF_8);
    }

    public static void writePdf(Path file, Document doc, String screenId, Skin skin) throws IOException {
        requireScreen(doc, screenId);
        PdfExport.write(file, doc, screenId, skin);
    }

    private static void requireScreen(Document doc, String screenId) {
        if (screenId == null || !doc.is(screenId, Kind.SCREEN) || !doc.isLive(screenId)) {
            throw new IllegalArgumentException("there is no screen to export");
        }
    }
}
