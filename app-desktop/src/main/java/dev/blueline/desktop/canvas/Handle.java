package dev.blueline.desktop.canvas;

import dev.blueline.model.geometry.Rect;

/** The eight resize handles, by which edges they move. */
public enum Handle {
    NW(true, false, true, false), N(false, false, true, false), NE(false, true, true, false),
    W(true, false, false, false), E(false, true, false, false),
    SW(true, false, false, true), S(false, false, false, true), SE(false, true, false, true);

    final boolean left, right, top, bottom;

    Handle(boolean left, boolean right, boolean top, boolean bottom) {
        this.left = left;
        this.right = right;
        this.top = top;
        this.bottom = bottom;
    }

    /** The handle's centre on a rectangle. */
    double x(Rect r) {
        return left ? r.x() : right ? r.right() : r.centerX();
    }

    double y(Rect r) {
        return top ? r.y() : bottom ? r.bottom() : r.centerY();
    }

    boolean corner() {
        return (left || right) && (top || bottom);
    }

    /** The rectangle after dragging this handle by {@code dx, dy}; {@code keepRatio} keeps the proportions (shift). */
    Rect drag(Rect r, double dx, double dy, boolean keepRatio) {
        double x1 = r.x(), y1 = r.y(), x2 = r.right(), y2 = r.bottom();
        if (left) x1 += dx;
        if (right) x2 += dx;
        if (top) y1 += dy;
        if (bottom) y2 += dy;
        if (keepRatio && r.w() > 0 && r.h() > 0) {
            double ratio = r.w() / r.h();
            double w = Math.abs(x2 - x1), h = Math.abs(y2 - y1);
            if (corner()) {
                if (w / ratio > h) h = w / ratio; else w = h * ratio;
            } else if (left || right) {
                h = w / ratio;
            } else {
                w = h * ratio;
            }
            if (left) x1 = x2 - w; else if (right) x2 = x1 + w; else { x1 = r.centerX() - w / 2; x2 = x1 + w; }
            if (top) y1 = y2 - h; else if (bottom) y2 = y1 + h; else { y1 = r.centerY() - h / 2; y2 = y1 + h; }
        }
        return Rect.between(x1, y1, x2, y2);
    }
}
