package dev.blueline.desktop.editor;

import dev.blueline.model.geometry.Rect;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.SimpleDoubleProperty;

/**
 * How the current screen is shown: zoom, and the screen point at the view's top-left corner.
 * Converts between view pixels and screen coordinates.
 */
public final class Viewport {
    public static final double MIN_ZOOM = 0.02;
    public static final double MAX_ZOOM = 16;

    private final DoubleProperty zoom = new SimpleDoubleProperty(1);
    private final DoubleProperty originX = new SimpleDoubleProperty(-40);
    private final DoubleProperty originY = new SimpleDoubleProperty(-40);

    public DoubleProperty zoomProperty() {
        return zoom;
    }

    public DoubleProperty originXProperty() {
        return originX;
    }

    public DoubleProperty originYProperty() {
        return originY;
    }

    public double zoom() {
        return zoom.get();
    }

    public double toScreenX(double viewX) {
        return originX.get() + viewX / zoom.get();
    }

    public double toScreenY(double viewY) {
        return originY.get() + viewY / zoom.get();
    }

    public double toViewX(double x) {
        return (x - originX.get()) * zoom.get();
    }

    public double toViewY(double y) {
        return (y - originY.get()) * zoom.get();
    }

    /** The screen area visible in a view of this size. */
    public Rect visible(double viewW, double viewH) {
        return new Rect(originX.get(), originY.get(), viewW / zoom.get(), viewH / zoom.get());
    }

    public void panBy(double viewDx, double viewDy) {
        originX.set(originX.get() - viewDx / zoom.get());
        originY.set(originY.get() - viewDy / zoom.get());
    }

    /** Zooms keeping the screen point under the view point {@code (vx, vy)} where it is. */
    public void zoomAt(double factor, double vx, double vy) {
        double sx = toScreenX(vx), sy = toScreenY(vy);
        double z = Math.max(MIN_ZOOM, Math.min(MAX_ZOOM, zoom.get() * factor));
        zoom.set(z);
        originX.set(sx - vx / z);
        originY.set(sy - vy / z);
    }

    /** Shows {@code area} whole, centred, with a margin, in a view of this size. */
    public void fit(Rect area, double viewW, double viewH, double marginPx) {
        if (area.w() <= 0 || area.h() <= 0 || viewW <= 2 * marginPx || viewH <= 2 * marginPx) return;
        double z = Math.min((viewW - 2 * marginPx) / area.w(), (viewH - 2 * marginPx) / area.h());
        z = Math.max(MIN_ZOOM, Math.min(MAX_ZOOM, z));
        zoom.set(z);
        originX.set(area.centerX() - viewW / 2 / z);
        originY.set(area.centerY() - viewH / 2 / z);
    }
}
