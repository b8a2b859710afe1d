package dev.blueline.desktop.shell;

import dev.blueline.desktop.editor.Editor;
import dev.blueline.desktop.editor.Viewport;
import dev.blueline.desktop.editor.commands.Arrange;
import dev.blueline.model.geometry.Rect;
import javafx.beans.InvalidationListener;
import javafx.beans.WeakInvalidationListener;
import javafx.geometry.VPos;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;

import java.util.List;
import java.util.Objects;

/**
 * A ruler along the top or left of the canvas, in screen coordinates: it follows the viewport's
 * zoom and origin, and marks the extent of the selection.
 */
public final class Ruler extends Region {
    public static final double THICKNESS = 20;
    private static final double[] STEPS = {1, 2, 5};
    private static final double MIN_LABEL_GAP_PX = 60;
    private static final Font FONT = Font.font("System", 9);

    private final Editor editor;
    private final boolean horizontal;
    private final Canvas canvas = new Canvas();
    /** Held here so the theme (which lives as long as the app) only weakly holds the ruler of a closed window. */
    private final InvalidationListener themeChanged = o -> repaint();
    private boolean dirty = true;
    /** The selection's extent as last painted (null: none). */
    private Rect paintedExtent;

    public Ruler(Editor editor, boolean horizontal) {
        this.editor = editor;
        this.horizontal = horizontal;
        getChildren().add(canvas);
        setId(horizontal ? "ruler-horizontal" : "ruler-vertical");
        Viewport v = editor.viewport();
        v.zoomProperty().addListener(o -> repaint());
        v.originXProperty().addListener(o -> repaint());
        v.originYProperty().addListener(o -> repaint());
        editor.selection().addListener((javafx.collections.ListChangeListener<String>) c -> repaint());
        editor.screenProperty().addListener(o -> repaint());
        // the document shows on a ruler only as the selection's extent: a change elsewhere (a
        // teammate moving something) repainted both rulers and laid the window out again for nothing
        editor.addListener(ids -> {
            if (!Objects.equals(selectionExtent(), paintedExtent)) repaint();
        });
        Theme.darkProperty().addListener(new WeakInvalidationListener(themeChanged));
        setMinSize(THICKNESS, THICKNESS);
    }

    @Override
    protected double computePrefWidth(double height) {
        return THICKNESS;
    }

    @Override
    protected double computePrefHeight(double width) {
        return THICKNESS;
    }

    /** Marks the ruler for repainting on the next layout pass. */
    public void repaint() {
        dirty = true;
        requestLayout();
    }

    @Override
    protected void layoutChildren() {
        if (canvas.getWidth() != getWidth() || canvas.getHeight() != getHeight()) {
            canvas.setWidth(getWidth());
            canvas.setHeight(getHeight());
            dirty = true;
        }
        if (dirty) paint();
    }

    /** The selection's extent as the ruler shows it now (null: none), for tests. */
    Rect paintedExtent() {
        return paintedExtent;
    }

    /** The selection's extent along this ruler, in screen coordinates, or null. */
    Rect selectionExtent() {
        List<String> ids = List.copyOf(editor.selection());
        if (ids.isEmpty() || editor.screen() == null) return null;
        return Arrange.bounds(editor.doc(), ids);
    }

    /** The distance between labelled ticks, in screen units, for a zoom. */
    static double step(double zoom) {
        for (double magnitude = 1; magnitude < 1e7; magnitude *= 10) {
            for (double s : STEPS) {
                if (s * magnitude * zoom >= MIN_LABEL_GAP_PX) return s * magnitude;
            }
        }
        return 1e7;
    }

    private void paint() {
        dirty = false;
        double w = canvas.getWidth(), h = canvas.getHeight();
        GraphicsContext g = canvas.getGraphicsContext2D();
        boolean dark = Theme.isDark();
        Color bg = dark ? Color.web("#161b22") : Color.web("#f6f8fa");
        Color ink = dark ? Color.web("#8b949e") : Color.web("#57606a");
        g.setFill(bg);
        g.fillRect(0, 0, w, h);
        Viewport v = editor.viewport();
        double zoom = v.zoom();
        double length = horizontal ? w : h;
        double origin = horizontal ? v.originXProperty().get() : v.originYProperty().get();

        Rect sel = selectionExtent();
        paintedExtent = sel;
        if (sel != null) {
            double a = ((horizontal ? sel.x() : sel.y()) - origin) * zoom;
            double b = ((horizontal ? sel.right() : sel.bottom()) - origin) * zoom;
            g.setFill(Color.web("#0969da", 0.25));
            if (horizontal) g.fillRect(a, 0, b - a, h);
            else g.fillRect(0, a, w, b - a);
        }

        double step = step(zoom);
        double minor = step / 10 * zoom >= 4 ? step / 10 : step / 5 * zoom >= 4 ? step / 5 : step / 2;
        double first = Math.floor(origin / minor) * minor;
        double last = origin + length / zoom;
        g.setStroke(ink);
        g.setLineWidth(1);
        g.setFill(ink);
        g.setFont(FONT);
        g.setTextBaseline(VPos.TOP);
        g.setTextAlign(TextAlignment.LEFT);
        for (double s = first; s <= last; s += minor) {
            double p = Math.round((s - origin) * zoom) + 0.5;
            boolean major = Math.abs(s / step - Math.rint(s / step)) < 1e-6;
            double tick = major ? THICKNESS * 0.6 : THICKNESS * 0.25;
            if (horizontal) g.strokeLine(p, h - tick, p, h);
            else g.strokeLine(w - tick, p, w, p);
            if (major) label(g, Math.rint(s), p);
        }
        g.setStroke(dark ? Color.web("#30363d") : Color.web("#d0d7de"));
        if (horizontal) g.strokeLine(0, h - 0.5, w, h - 0.5);
        else g.strokeLine(w - 0.5, 0, w - 0.5, h);
    }

    private void label(GraphicsContext g, double value, double p) {
        String text = Long.toString((long) value);
        if (horizontal) {
            g.fillText(text, p + 3, 2);
        } else {
            g.save();
            g.translate(2, p + 3);
            g.rotate(90);
            g.fillText(text, 0, -9);
            g.restore();
        }
    }
}
