package dev.blueline.desktop.canvas;

import dev.blueline.desktop.editor.Editor;
import dev.blueline.model.geometry.Rect;
import javafx.geometry.VPos;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The layer above the content: selection, handles, hover, marquee, guides, spacing, and what others
 * add (cursors). It repaints alone, and its canvas covers only what it draws: a canvas over the
 * whole view would make every selection or hover change recompose the whole view.
 */
final class Overlay {
    static final Color ACCENT = Color.web("#2563eb");
    private static final Color GUIDE = Color.web("#f43f5e");
    static final double HANDLE = 8;
    /** Sizes are rounded up to this, so the canvas is not reallocated at every move. */
    private static final int STEP = 64;

    private final Editor editor;
    private final CanvasView view;
    final Guides guides = new Guides();
    private final List<Layer> layers = new ArrayList<>();

    /** Something drawn above the selection, which says where it draws so the overlay's canvas stays small. */
    interface Layer {
        /** Where {@link #draw} draws in a {@code w × h} view, in view pixels, or null for nowhere. */
        Rect extent(PixelGrid v, double w, double h);

        void draw(GraphicsContext g, PixelGrid v, double w, double h);
    }

    Overlay(Editor editor, CanvasView view) {
        this.editor = editor;
        this.view = view;
    }

    void addLayer(Layer layer) {
        layers.add(layer);
    }

    /** Places the canvas over what there is to draw in a {@code w × h} view, and draws it. */
    void paint(Canvas c, double w, double h) {
        // on the content's pixel grid, so outlines sit exactly on the elements' edges
        PixelGrid v = PixelGrid.of(editor.viewport());
        Rect box = extent(v);
        for (Layer layer : layers) box = ScreenScene.union(box, layer.extent(v, w, h));
        int x0 = box == null ? 0 : (int) Math.max(0, Math.floor(box.x()));
        int y0 = box == null ? 0 : (int) Math.max(0, Math.floor(box.y()));
        int x1 = box == null ? 0 : (int) Math.min(w, Math.ceil(box.right()));
        int y1 = box == null ? 0 : (int) Math.min(h, Math.ceil(box.bottom()));
        if (x1 <= x0 || y1 <= y0) {
            c.setVisible(false);
            return;
        }
        int cw = (int) Math.min(Math.ceil(w) - x0, roundUp(x1 - x0)), ch = (int) Math.min(Math.ceil(h) - y0, roundUp(y1 - y0));
        c.setVisible(true);
        c.setLayoutX(x0);
        c.setLayoutY(y0);
        c.setWidth(cw);
        c.setHeight(ch);
        GraphicsContext g = c.getGraphicsContext2D();
        g.setTransform(1, 0, 0, 1, 0, 0);
        g.clearRect(0, 0, cw, ch);
        g.setTransform(1, 0, 0, 1, -x0, -y0);
        draw(g, v);
        for (Layer layer : layers) layer.draw(g, v, w, h);
    }

    private static int roundUp(int n) {
        return (n + STEP - 1) / STEP * STEP;
    }

    private void draw(GraphicsContext g, PixelGrid v) {
        ScreenScene scene = view.scene();
        if (scene == null || editor.previewProperty().get()) return;
        Rect hover = hover(scene);
        if (hover != null) outline(g, v, hover, ACCENT.deriveColor(0, 1, 1, 0.5), 1);
        if (guides.dropTarget != null) outline(g, v, guides.dropTarget, ACCENT, 2);
        Rect all = null;
        for (String id : editor.selection()) {
            ScreenScene.Item it = scene.item(id);
            if (it == null) continue;
            outline(g, v, it.bounds(), ACCENT, 1);
            all = all == null ? it.bounds() : all.union(it.bounds());
        }
        if (all != null) {
            if (editor.selection().size() > 1) outline(g, v, all, ACCENT, 1);
            for (Handle hd : Handle.values()) {
                double x = v.viewX(hd.x(all)), y = v.viewY(hd.y(all));
                g.setFill(Color.WHITE);
                g.fillRect(x - HANDLE / 2, y - HANDLE / 2, HANDLE, HANDLE);
                g.setStroke(ACCENT);
                g.setLineWidth(1);
                g.strokeRect(x - HANDLE / 2, y - HANDLE / 2, HANDLE, HANDLE);
            }
        }
        g.setStroke(GUIDE);
        g.setLineWidth(1);
        g.setLineDashes(4, 3);
        for (Guides.Line l : guides.lines) g.strokeLine(v.viewX(l.x1()), v.viewY(l.y1()), v.viewX(l.x2()), v.viewY(l.y2()));
        g.setLineDashes();
        g.setFont(Font.font(10));
        g.setTextAlign(TextAlignment.CENTER);
        g.setTextBaseline(VPos.CENTER);
        for (Guides.Spacing s : guides.spacings) {
            g.strokeLine(v.viewX(s.x1()), v.viewY(s.y1()), v.viewX(s.x2()), v.viewY(s.y2()));
            g.setFill(GUIDE);
            g.fillText(String.format(Locale.ROOT, "%.0f", s.distance()), labelX(v, s), labelY(v, s));
        }
        if (guides.marquee != null) {
            Rect m = guides.marquee;
            double x = v.viewX(m.x()), y = v.viewY(m.y());
            g.setFill(ACCENT.deriveColor(0, 1, 1, 0.08));
            g.fillRect(x, y, m.w() * v.zoom(), m.h() * v.zoom());
            g.setStroke(ACCENT);
            g.strokeRect(x, y, m.w() * v.zoom(), m.h() * v.zoom());
        }
    }

    /** Where {@link #draw} draws, in view pixels, or null for nowhere. */
    private Rect extent(PixelGrid v) {
        ScreenScene scene = view.scene();
        if (scene == null || editor.previewProperty().get()) return null;
        Rect box = null;
        Rect hover = hover(scene);
        if (hover != null) box = ScreenScene.union(box, viewRect(v, hover).inflate(2));
        if (guides.dropTarget != null) box = ScreenScene.union(box, viewRect(v, guides.dropTarget).inflate(3));
        for (String id : editor.selection()) {
            ScreenScene.Item it = scene.item(id);
            if (it != null) box = ScreenScene.union(box, viewRect(v, it.bounds()).inflate(HANDLE / 2 + 2));
        }
        for (Guides.Line l : guides.lines) box = ScreenScene.union(box, line(v, l.x1(), l.y1(), l.x2(), l.y2()));
        for (Guides.Spacing s : guides.spacings) {
            box = ScreenScene.union(box, line(v, s.x1(), s.y1(), s.x2(), s.y2()));
            box = ScreenScene.union(box, new Rect(labelX(v, s) - 30, labelY(v, s) - 10, 60, 20));
        }
        if (guides.marquee != null) box = ScreenScene.union(box, viewRect(v, guides.marquee).inflate(2));
        return box;
    }

    private Rect hover(ScreenScene scene) {
        if (guides.hover == null || editor.selection().contains(guides.hover)) return null;
        ScreenScene.Item it = scene.item(guides.hover);
        return it == null ? null : it.bounds();
    }

    /** Where a screen area is in the view, in pixels. */
    static Rect viewRect(PixelGrid v, Rect r) {
        return new Rect(v.viewX(r.x()), v.viewY(r.y()), r.w() * v.zoom(), r.h() * v.zoom());
    }

    private static Rect line(PixelGrid v, double x1, double y1, double x2, double y2) {
        return Rect.between(v.viewX(x1), v.viewY(y1), v.viewX(x2), v.viewY(y2)).inflate(2);
    }

    private static double labelX(PixelGrid v, Guides.Spacing s) {
        return v.viewX((s.x1() + s.x2()) / 2) + 8;
    }

    private static double labelY(PixelGrid v, Guides.Spacing s) {
        return v.viewY((s.y1() + s.y2()) / 2) - 8;
    }

    private static void outline(GraphicsContext g, PixelGrid v, Rect r, Color c, double width) {
        g.setStroke(c);
        g.setLineWidth(width);
        g.setLineDashes();
        g.strokeRect(v.viewX(r.x()) - 0.5, v.viewY(r.y()) - 0.5, r.w() * v.zoom() + 1, r.h() * v.zoom() + 1);
    }
}
