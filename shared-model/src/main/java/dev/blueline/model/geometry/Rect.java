package dev.blueline.model.geometry;

/** An axis-aligned rectangle in screen coordinates. Width and height are never negative. */
public record Rect(double x, double y, double w, double h) {
    public Rect {
        if (w < 0) { x += w; w = -w; }
        if (h < 0) { y += h; h = -h; }
    }

    public static Rect between(double x1, double y1, double x2, double y2) {
        return new Rect(Math.min(x1, x2), Math.min(y1, y2), Math.abs(x2 - x1), Math.abs(y2 - y1));
    }

    public double right() {
        return x + w;
    }

    public double bottom() {
        return y + h;
    }

    public double centerX() {
        return x + w / 2;
    }

    public double centerY() {
        return y + h / 2;
    }

    public boolean contains(double px, double py) {
        return px >= x && px <= x + w && py >= y && py <= y + h;
    }

    public boolean contains(Rect r) {
        return r.x >= x && r.y >= y && r.right() <= right() && r.bottom() <= bottom();
    }

    public boolean intersects(Rect r) {
        return r.x <= right() && r.right() >= x && r.y <= bottom() && r.bottom() >= y;
    }

    public Rect union(Rect r) {
        return between(Math.min(x, r.x), Math.min(y, r.y), Math.max(right(), r.right()), Math.max(bottom(), r.bottom()));
    }

    public Rect translate(double dx, double dy) {
        return new Rect(x + dx, y + dy, w, h);
    }

    public Rect inflate(double d) {
        return new Rect(x - d, y - d, w + 2 * d, h + 2 * d);
    }
}
