package dev.blueline.desktop.panels;

import dev.blueline.desktop.canvas.FxPainter;
import dev.blueline.model.catalog.ControlType;
import dev.blueline.model.document.Document;
import dev.blueline.model.document.Props;
import dev.blueline.model.ops.Ops;
import dev.blueline.model.ops.Put;
import dev.blueline.model.render.ControlRenderer;
import dev.blueline.model.render.RenderItem;
import dev.blueline.model.render.Skin;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;


/** Small previews of controls for the palette, drawn by the same renderer as the canvas. */
final class Thumbnails {
    static final double WIDTH = 72;
    static final double HEIGHT = 48;
    private static final double PAD = 4;
    private static final double MAX_SCALE = 1.5;
    private static final double MODEL_WIDTH = 240;
    private static final double MODEL_HEIGHT = 160;

    private static final ControlRenderer RENDERER = new ControlRenderer();
    /** A group has no look of its own on the canvas; its preview shows what it is for. */
    private static final String GROUP = "group";

    private Thumbnails() {
    }

    private static void drawGroup(GraphicsContext g, double w, double h) {
        g.setStroke(javafx.scene.paint.Color.web("#64748b"));
        g.setLineWidth(1.5);
        g.setLineDashes(6, 4);
        g.strokeRect(1, 1, w - 2, h - 2);
        g.setLineDashes();
        g.setFill(javafx.scene.paint.Color.web("#cbd5e1"));
        g.fillRect(w * 0.12, h * 0.2, w * 0.35, h * 0.6);
        g.fillRect(w * 0.55, h * 0.2, w * 0.33, h * 0.6);
    }

    /** A canvas showing the control at its default size and text, scaled to fit. */
    static Canvas of(ControlType type) {
        Canvas c = new Canvas(WIDTH, HEIGHT);
        GraphicsContext g = c.getGraphicsContext2D();
        // big controls (a browser window is 1024 wide) are drawn at a smaller size first, so that
        // their outlines and text stay visible once scaled into the thumbnail
        double shrink = Math.min(1, Math.min(MODEL_WIDTH / type.defaultWidth(), MODEL_HEIGHT / type.defaultHeight()));
        double w = Math.round(type.defaultWidth() * shrink), h = Math.round(type.defaultHeight() * shrink);
        double scale = Math.min(MAX_SCALE, Math.min((WIDTH - 2 * PAD) / w, (HEIGHT - 2 * PAD) / h));
        g.save();
        g.translate((WIDTH - w * scale) / 2, (HEIGHT - h * scale) / 2);
        g.scale(scale, scale);
        try {
            if (type.id().equals(GROUP)) {
                drawGroup(g, w, h);
            } else {
                RENDERER.draw(new FxPainter(g), RenderItem.of(sample(type, w, h), "thumb"), Skin.WIREFRAME);
            }
        } catch (RuntimeException e) {
            // a control the renderer cannot draw yet still gets a box, never a broken palette
            g.setStroke(javafx.scene.paint.Color.web("#94a3b8"));
            g.strokeRect(0, 0, w, h);
        }
        g.restore();
        return c;
    }

    /** A one-element document holding a fresh control of this type at the given size. */
    private static Document sample(ControlType type, double w, double h) {
        Document doc = new Document();
        Ops.apply(doc, Put.on("s").set(Props.KIND, "screen").set(Props.NAME, "s").set(Props.W, 1440.0).set(Props.H, 900.0)
                .set(Props.ORDER, "a0").build());
        Put.Builder e = Put.on("thumb").set(Props.KIND, "element").set(Props.TYPE, type.id()).set(Props.SCREEN, "s")
                .set(Props.ORDER, "a0").set(Props.X, 0.0).set(Props.Y, 0.0)
                .set(Props.W, w).set(Props.H, h);
        if (!type.defaultText().isEmpty()) e.set(Props.TEXT, type.defaultText());
        Ops.apply(doc, e.build());
        return doc;
    }
}
