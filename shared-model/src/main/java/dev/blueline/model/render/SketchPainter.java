package dev.blueline.model.render;

import dev.blueline.model.geometry.Rect;

/**
 * The hand-drawn look as a decorator around any painter: every outline is drawn twice with a
 * slight wobble, corners do not quite meet, circles overshoot where the pen started, and text
 * asks for a handwritten font. Fills stay (almost) where they were so layout reads the same.
 *
 * <p>The wobble comes from a small generator seeded by the element id, so an element looks the
 * same in every frame, every run and every backend; points are kept inside {@code confine} (the
 * element's bounds) so sketching never draws outside an element.
 */
public final class SketchPainter implements Painter {
    private final Painter inner;
    private final Rect confine;
    private long state;

    /** @param confine where every point must stay, or null for anywhere */
    public SketchPainter(Painter inner, String seed, Rect confine) {
        this.inner = inner;
        this.confine = confine;
        this.state = fnv(seed == null ? "" : seed);
    }

    @Override
    public void rect(Rect r, double cornerRadius, Rgba fill, Stroke stroke) {
        double[][] pts = cornerRadius > 0.5
                ? Shapes.roundedRect(r, cornerRadius, cornerRadius, cornerRadius, cornerRadius)
                : new double[][]{{r.x(), r.right(), r.right(), r.x()}, {r.y(), r.y(), r.bottom(), r.bottom()}};
        path(pts[0], pts[1], true, fill, stroke);
    }

    @Override
    public void ellipse(Rect r, Rgba fill, Stroke stroke) {
        double amp = amplitude(r.w(), r.h());
        int n = (int) Math.max(12, Math.min(48, (r.w() + r.h()) / 6));
        if (fill != null) {
            double[][] f = loop(r, n, amp * 0.4, 0, 0);
            fill(f[0], f[1], fill);
        }
        if (stroke == null) return;
        for (int pass = 0; pass < passes(stroke); pass++) {
            double[][] s = loop(r, n, amp, next() * 180, 8 + 10 * Math.abs(next())); // overshoot past the start
            inner.path(s[0], s[1], false, null, stroke);
        }
    }

    @Override
    public void line(double x1, double y1, double x2, double y2, Stroke stroke) {
        if (stroke == null) return;
        double amp = amplitude(Math.abs(x2 - x1), Math.abs(y2 - y1));
        for (int pass = 0; pass < passes(stroke); pass++) {
            double[][] s = bowed(x1, y1, x2, y2, amp, stroke.width());
            inner.path(s[0], s[1], false, null, stroke);
        }
    }

    @Override
    public void path(double[] x, double[] y, boolean closed, Rgba fill, Stroke stroke) {
        int n = Math.min(x.length, y.length);
        if (n == 0) return;
        double minX = Double.MAX_VALUE, maxX = -Double.MAX_VALUE, minY = Double.MAX_VALUE, maxY = -Double.MAX_VALUE;
        for (int i = 0; i < n; i++) {
            minX = Math.min(minX, x[i]);
            maxX = Math.max(maxX, x[i]);
            minY = Math.min(minY, y[i]);
            maxY = Math.max(maxY, y[i]);
        }
        double amp = amplitude(maxX - minX, maxY - minY);
        if (fill != null) {
            double[] fx = new double[n], fy = new double[n];
            for (int i = 0; i < n; i++) {
                fx[i] = x[i] + next() * amp * 0.4;
                fy[i] = y[i] + next() * amp * 0.4;
            }
            fill(fx, fy, fill);
        }
        if (stroke == null) return;
        for (int pass = 0; pass < passes(stroke); pass++) {
            double[][] s = rough(x, y, n, closed, amp, stroke.width());
            inner.path(s[0], s[1], false, null, stroke);
        }
    }

    @Override
    public void text(String text, double x, double y, Font font, Rgba color, TextAlign align) {
        inner.text(text, x, y, font.handwritten(true), color, align);
    }

    @Override
    public double textWidth(String text, Font font) {
        return inner.textWidth(text, font.handwritten(true));
    }

    @Override
    public void clip(Rect r) {
        inner.clip(r);
    }

    @Override
    public void guard(Rect r) {
        inner.guard(r);
    }

    @Override
    public void save() {
        inner.save();
    }

    @Override
    public void restore() {
        inner.restore();
    }

    @Override
    public void opacity(double alpha) {
        inner.opacity(alpha);
    }

    // ---- the wobble ----

    /** Small shapes wobble less so icons and check marks stay legible. */
    private static double amplitude(double w, double h) {
        return Math.max(0.3, Math.min(2.0, Math.max(w, h) * 0.025));
    }

    /** Dashed lines are drawn once: doubled dashes look like noise, not pencil. */
    private static int passes(Stroke s) {
        return s.dashed() ? 1 : 2;
    }

    private void fill(double[] x, double[] y, Rgba fill) {
        clamp(x, y, 0);
        inner.path(x, y, true, fill, null);
    }

    /** A polyline that visits each vertex (slightly off) with a bow in long edges; a closed shape ends near, not on, its start. */
    private double[][] rough(double[] x, double[] y, int n, boolean closed, double amp, double width) {
        int edges = closed ? n : n - 1;
        double[] ox = new double[2 * edges + 2], oy = new double[ox.length];
        int k = 0;
        for (int i = 0; i <= edges; i++) {
            int v = i % n;
            ox[k] = x[v] + next() * amp;
            oy[k] = y[v] + next() * amp;
            k++;
            if (i == edges) break;
            int w = (i + 1) % n;
            double len = Math.hypot(x[w] - x[v], y[w] - y[v]);
            if (len > 24) { // bow the middle of long edges sideways, as a hand would
                double bow = next() * Math.min(amp * 1.5, len * 0.015);
                ox[k] = (x[v] + x[w]) / 2 - (y[w] - y[v]) / len * bow;
                oy[k] = (y[v] + y[w]) / 2 + (x[w] - x[v]) / len * bow;
                k++;
            }
        }
        double[] rx = java.util.Arrays.copyOf(ox, k), ry = java.util.Arrays.copyOf(oy, k);
        clamp(rx, ry, width / 2);
        return new double[][]{rx, ry};
    }

    private double[][] bowed(double x1, double y1, double x2, double y2, double amp, double width) {
        return rough(new double[]{x1, x2}, new double[]{y1, y2}, 2, false, amp, width);
    }

    /** Points around the ellipse with a wobbling radius, starting at {@code startDeg}, going {@code overshootDeg} past a full turn. */
    private double[][] loop(Rect r, int n, double amp, double startDeg, double overshootDeg) {
        int count = n + (int) Math.ceil(n * overshootDeg / 360) + 1;
        double[] xs = new double[count], ys = new double[count];
        for (int i = 0; i < count; i++) {
            double a = Math.toRadians(startDeg + 360.0 * i / n);
            double dr = next() * amp;
            xs[i] = r.centerX() + (r.w() / 2 + dr) * Math.cos(a);
            ys[i] = r.centerY() + (r.h() / 2 + dr) * Math.sin(a);
        }
        clamp(xs, ys, 0.5);
        return new double[][]{xs, ys};
    }

    private void clamp(double[] x, double[] y, double margin) {
        if (confine == null) return;
        double mx = Math.min(margin, confine.w() / 2), my = Math.min(margin, confine.h() / 2);
        for (int i = 0; i < x.length; i++) {
            x[i] = Math.max(confine.x() + mx, Math.min(confine.right() - mx, x[i]));
            y[i] = Math.max(confine.y() + my, Math.min(confine.bottom() - my, y[i]));
        }
    }

    /** A uniform value in [-1, 1) from SplitMix64: tiny, fast, and the same on every JVM. */
    private double next() {
        long z = (state += 0x9E3779B97F4A7C15L);
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        z ^= z >>> 31;
        return ((z >>> 11) * 0x1.0p-53) * 2 - 1;
    }

    private static long fnv(String s) {
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < s.length(); i++) {
            h ^= s.charAt(i);
            h *= 0x100000001b3L;
        }
        return h;
    }
}
