package dev.blueline.desktop.shell;

import dev.blueline.desktop.canvas.CanvasView;
import javafx.scene.layout.Region;

/** The canvas with a ruler along its top and left edge and a small square in the corner. */
public final class RulerFrame extends Region {
    private final Ruler top;
    private final Ruler left;
    private final Region corner = new Region();
    private final CanvasView canvas;

    public RulerFrame(CanvasView canvas) {
        this.canvas = canvas;
        this.top = new Ruler(canvas.editor(), true);
        this.left = new Ruler(canvas.editor(), false);
        corner.getStyleClass().add("ruler-corner");
        getChildren().addAll(canvas, top, left, corner);
        setMinSize(0, 0);
    }

    public Ruler top() {
        return top;
    }

    public Ruler left() {
        return left;
    }

    /** Shows or hides the rulers (hidden in preview mode). */
    public void showRulers(boolean show) {
        top.setVisible(show);
        left.setVisible(show);
        corner.setVisible(show);
        requestLayout();
    }

    @Override
    protected void layoutChildren() {
        double t = top.isVisible() ? Ruler.THICKNESS : 0;
        double w = getWidth(), h = getHeight();
        corner.resizeRelocate(0, 0, t, t);
        top.resizeRelocate(t, 0, Math.max(0, w - t), t);
        left.resizeRelocate(0, t, t, Math.max(0, h - t));
        canvas.resizeRelocate(t, t, Math.max(0, w - t), Math.max(0, h - t));
    }
}
