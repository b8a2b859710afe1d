package dev.blueline.desktop.canvas;

import dev.blueline.desktop.editor.Editor;
import dev.blueline.desktop.editor.Viewport;
import dev.blueline.model.geometry.Rect;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

/** The layer above the content: selection, handles, hover, marquee, guides, spacing, and what others add (cursors). */
final class Overlay {
    static final Color ACCENT = Color.web("#2563eb");
    private static final Color GUIDE = Color.web("#f43f5e");
    static final double HANDLE = 8;

    private final Editor editor;
    private final CanvasView view;
    final Guides guides = new Guides();
    private final List<Consumer<GraphicsContext>> extras = new ArrayList<>();

    Overlay(Editor editor, CanvasView view) {
        this.editor = editor;
        this.view = view;
    }

    /** Something else to draw on top each frame (e.g. remote cursors), in view pixels. */
    void addLayer(Consumer<GraphicsContext> layer) {
        extras.add(layer);
    }

    void paint(GraphicsContext g, double w, double h) {
        g.setTransform(1, 0, 0, 1, 0, 0);
        g.clearRect(0, 0, w, h);
        ScreenScene scene = view.scene();
        Viewport v = editor.viewport();
        if (scene != null && !editor.previewProperty().get()) {
            if (guides.hover != null && !editor.selection().contains(guides.hover)) {
                ScreenScene.Item it = scene.item(guides.hover);
                if (it != null) outline(g, v, it.bounds(), ACCENT.deriveColor(0, 1, 1, 0.5), 1);
            }
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
                    double x = v.toViewX(hd.x(all)), y = v.toViewY(hd.y(all));
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
            for (Guides.Line l : guides.lines) g.strokeLine(v.toViewX(l.x1()), v.toViewY(l.y1()), v.toViewX(l.x2()), v.toViewY(l.y2()));
            g.setLineDashes();
            g.setFont(Font.font(10));
            g.setTextAlign(TextAlignment.CENTER);
            g.setTextBaseline(VPos.CENTER);
            for (Guides.Spacing s : guides.spacings) {
                g.strokeLine(v.toViewX(s.x1()), v.toViewY(s.y1()), v.toViewX(s.x2()), v.toViewY(s.y2()));
                g.setFill(GUIDE);
                g.fillText(String.format(Locale.ROOT, "%.0f", s.distance()), v.toViewX((s.x1() + s.x2()) / 2) + 8, v.toViewY((s.y1() + s.y2()) / 2) - 8);
            }
            if (guides.marquee != null) {
                Rect m = guides.marquee;
                double x = v.toViewX(m.x()), y = v.toViewY(m.y());
                g.setFill(ACCENT.deriveColor(0, 1, 1, 0.08));
                g.fillRect(x, y, m.w() * v.zoom(), m.h() * v.zoom());
                g.setStroke(ACCENT);
                g.strokeRect(x, y, m.w() * v.zoom(), m.h() * v.zoom());
            }
        }
        for (Consumer<GraphicsContext> layer : extras) layer.accept(g);
    }

    private static void outline(GraphicsContext g, Viewport v, Rect r, Color c, double width) {
        g.setStroke(c);
        g.setLineWidth(width);
        g.setLineDashes();
        g.strokeRect(v.toViewX(r.x()) - 0.5, v.toViewY(r.y()) - 0.5, r.w() * v.zoom() + 1, r.h() * v.zoom() + 1);
    }
}
