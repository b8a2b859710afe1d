package dev.blueline.model.render;

import dev.blueline.model.geometry.Rect;

import java.util.Arrays;

/** Outlines that {@link Painter} has no single primitive for, as point lists for {@link Painter#path}. */
final class Shapes {
    private Shapes() {
    }

    /** A rectangle with its own radius per corner (top-left, top-right, bottom-right, bottom-left), clockwise from the top-left. */
    static double[][] roundedRect(Rect r, double tl, double tr, double br, double bl) {
        double max = Math.min(r.w(), r.h()) / 2;
        tl = Math.min(tl, max);
        tr = Math.min(tr, max);
        br = Math.min(br, max);
        bl = Math.min(bl, max);
        // enough points that a big radius shows no facets, few for small ones
        int steps = (int) Math.max(2, Math.min(12, Math.ceil(Math.max(Math.max(tl, tr), Math.max(br, bl)) / 3)));
        double[] xs = new double[4 * (steps + 1)], ys = new double[xs.length];
        int[] n = {0};
        corner(xs, ys, n, r.x() + tl, r.y() + tl, tl, 180, steps);
        corner(xs, ys, n, r.right() - tr, r.y() + tr, tr, 270, steps);
        corner(xs, ys, n, r.right() - br, r.bottom() - br, br, 0, steps);
        corner(xs, ys, n, r.x() + bl, r.bottom() - bl, bl, 90, steps);
        return new double[][]{Arrays.copyOf(xs, n[0]), Arrays.copyOf(ys, n[0])};
    }

    /** A square corner is one point; a round one {@code steps + 1}. */
    private static void corner(double[] xs, double[] ys, int[] n, double cx, double cy, double radius, double startDeg, int steps) {
        int count = radius < 0.5 ? 0 : steps;
        for (int i = 0; i <= count; i++) {
            double a = Math.toRadians(startDeg + 90.0 * i / Math.max(1, count));
            xs[n[0]] = cx + radius * Math.cos(a);
            ys[n[0]] = cy + radius * Math.sin(a);
            n[0]++;
        }
    }

    /** Points on the ellipse inscribed in {@code r}, from {@code fromDeg} to {@code toDeg} (clockwise from 3 o'clock). */
    static double[][] arc(Rect r, double fromDeg, double toDeg, int segments) {
        double[] xs = new double[segments + 1], ys = new double[segments + 1];
        for (int i = 0; i <= segments; i++) {
            double a = Math.toRadians(fromDeg + (toDeg - fromDeg) * i / segments);
            xs[i] = r.centerX() + r.w() / 2 * Math.cos(a);
            ys[i] = r.centerY() + r.h() / 2 * Math.sin(a);
        }
        return new double[][]{xs, ys};
    }

    /** A pie slice: the centre, then the arc. */
    static double[][] slice(Rect r, double fromDeg, double toDeg) {
        int segments = Math.max(2, (int) Math.ceil(Math.abs(toDeg - fromDeg) / 6));
        double[][] a = arc(r, fromDeg, toDeg, segments);
        double[] xs = new double[a[0].length + 1], ys = new double[xs.length];
        xs[0] = r.centerX();
        ys[0] = r.centerY();
        System.arraycopy(a[0], 0, xs, 1, a[0].length);
        System.arraycopy(a[1], 0, ys, 1, a[1].length);
        return new double[][]{xs, ys};
    }

    /** A straight line with an arrowhead at (x2, y2); the head is {@code head} long. */
    static void arrow(Painter p, double x1, double y1, double x2, double y2, double head, Stroke s, boolean filledHead) {
        double len = Math.hypot(x2 - x1, y2 - y1);
        if (len < 0.01) return;
        double ux = (x2 - x1) / len, uy = (y2 - y1) / len;
        double h = Math.min(head, len * 0.6);
        double bx = x2 - ux * h, by = y2 - uy * h, wx = -uy * h * 0.45, wy = ux * h * 0.45;
        p.line(x1, y1, filledHead ? bx : x2, filledHead ? by : y2, s);
        double[] xs = {bx + wx, x2, bx - wx}, ys = {by + wy, y2, by - wy};
        p.path(xs, ys, filledHead, filledHead ? s.color() : null, s);
    }
}
