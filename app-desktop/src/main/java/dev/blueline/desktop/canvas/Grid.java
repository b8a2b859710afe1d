package dev.blueline.desktop.canvas;

import dev.blueline.desktop.editor.Editor;
import dev.blueline.model.geometry.Rect;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;

/** The layout grid, drawn on the page when shown; lines get sparser as you zoom out so it never turns into a grey wash. */
final class Grid {
    private static final Color LINE = Color.web("#e2e8f0");

    private Grid() {
    }

    static void paint(GraphicsContext g, Rect area, Rect page, double zoom) {
        double step = Editor.GRID;
        while (step * zoom < 8) step *= 2;
        Rect r = ScreenScene.intersect(area, page);
        if (r == null) return;
        g.setStroke(LINE);
        g.setLineWidth(1 / zoom);
        g.setLineDashes();
        for (double x = Math.ceil(r.x() / step) * step; x <= r.right(); x += step) g.strokeLine(x, r.y(), x, r.bottom());
        for (double y = Math.ceil(r.y() / step) * step; y <= r.bottom(); y += step) g.strokeLine(r.x(), y, r.right(), y);
    }
}
