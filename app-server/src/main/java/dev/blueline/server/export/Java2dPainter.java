package dev.blueline.server.export;

import dev.blueline.model.geometry.Rect;
import dev.blueline.model.render.Font;
import dev.blueline.model.render.Painter;
import dev.blueline.model.render.Rgba;
import dev.blueline.model.render.Stroke;
import dev.blueline.model.render.TextAlign;

import java.awt.AlphaComposite;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Composite;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.font.FontRenderContext;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.awt.geom.RoundRectangle2D;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;

/**
 * The drawing API on a Java2D {@link Graphics2D}, for raster export on the host (which has no
 * JavaFX). The graphics' transform maps screen coordinates to pixels. Strokes have round caps and
 * joins, as in the SVG and PDF output. {@link #save} works on a copy of the graphics, so
 * {@link #restore} brings back clip, opacity and everything else at once. Text is measured with
 * fractional metrics in a transform-free context, so layout does not change with the scale.
 */
public final class Java2dPainter implements Painter {
    private static final FontRenderContext MEASURE = new FontRenderContext(null, true, true);

    private Graphics2D g;
    private final Deque<Graphics2D> saved = new ArrayDeque<>();
    private final Map<Font, java.awt.Font> fonts = new HashMap<>();

    /** Draws on {@code g}; the caller keeps ownership of it (the painter only disposes the copies it makes). */
    public Java2dPainter(Graphics2D g) {
        this.g = g;
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
    }

    @Override
    public void rect(Rect r, double cornerRadius, Rgba fill, Stroke stroke) {
        double rad = Math.max(0, Math.min(cornerRadius, Math.min(r.w(), r.h()) / 2));
        Shape s = rad > 0
                ? new RoundRectangle2D.Double(r.x(), r.y(), r.w(), r.h(), rad * 2, rad * 2)
                : new Rectangle2D.Double(r.x(), r.y(), r.w(), r.h());
        paint(s, fill, stroke);
    }

    @Override
    public void ellipse(Rect r, Rgba fill, Stroke stroke) {
        paint(new Ellipse2D.Double(r.x(), r.y(), r.w(), r.h()), fill, stroke);
    }

    @Override
    public void line(double x1, double y1, double x2, double y2, Stroke stroke) {
        paint(new Line2D.Double(x1, y1, x2, y2), null, stroke);
    }

    @Override
    public void path(double[] x, double[] y, boolean closed, Rgba fill, Stroke stroke) {
        int n = Math.min(x.length, y.length);
        if (n < 2) return;
        Path2D.Double p = new Path2D.Double(Path2D.WIND_NON_ZERO, n + 1);
        p.moveTo(x[0], y[0]);
        for (int i = 1; i < n; i++) p.lineTo(x[i], y[i]);
        if (closed) p.closePath();
        paint(p, closed ? fill : null, stroke);
    }

    @Override
    public void text(String text, double x, double y, Font font, Rgba color, TextAlign align) {
        if (text == null || text.isEmpty() || color == null || color.a() == 0) return;
        String line = oneLine(text);
        java.awt.Font f = Fonts.covering(font(font), line);
        double w = width(line, f);
        double left = switch (align) {
            case LEFT -> x;
            case CENTER -> x - w / 2;
            case RIGHT -> x - w;
        };
        g.setColor(color(color));
        g.setFont(f);
        g.drawString(line, (float) left, (float) y);
        // drawn by hand, like the other backends, so the line sits in the same place everywhere
        if (font.underline()) line(left, y + 2, left + w, y + 2, Stroke.solid(color, Math.max(1, font.size() / 14)));
    }

    @Override
    public double textWidth(String text, Font font) {
        if (text == null || text.isEmpty()) return 0;
        String line = oneLine(text);
        return width(line, Fonts.covering(font(font), line));
    }

    @Override
    public void clip(Rect r) {
        g.clip(new Rectangle2D.Double(r.x(), r.y(), r.w(), r.h()));
    }

    @Override
    public void save() {
        saved.push(g);
        g = (Graphics2D) g.create();
    }

    @Override
    public void restore() {
        if (saved.isEmpty()) return;
        g.dispose();
        g = saved.pop();
    }

    @Override
    public void opacity(double alpha) {
        double a = Double.isNaN(alpha) ? 1 : Math.max(0, Math.min(1, alpha));
        Composite c = g.getComposite();
        float current = c instanceof AlphaComposite ac ? ac.getAlpha() : 1f;
        g.setComposite(AlphaComposite.SrcOver.derive((float) (current * a)));
    }

    /** How many {@link #save}s are not yet restored (0 when every drawing left the painter as it found it). */
    int depth() {
        return saved.size();
    }

    // ---- helpers

    private void paint(Shape s, Rgba fill, Stroke stroke) {
        if (fill != null && fill.a() > 0) {
            g.setColor(color(fill));
            g.fill(s);
        }
        BasicStroke awt = stroke(stroke);
        if (awt != null) {
            g.setColor(color(stroke.color()));
            g.setStroke(awt);
            g.draw(s);
        }
    }

    /** The AWT stroke, or null for "no line". A dash pattern AWT would refuse (negative, all zero) draws solid. */
    private static BasicStroke stroke(Stroke s) {
        if (s == null || s.color() == null || s.color().a() == 0 || !(s.width() > 0) || !Double.isFinite(s.width())) return null;
        float[] dash = dash(s.dash());
        return new BasicStroke((float) s.width(), BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND, 10f, dash, 0f);
    }

    private static float[] dash(double[] dash) {
        if (dash.length == 0) return null;
        float[] out = new float[dash.length];
        double sum = 0;
        for (int i = 0; i < dash.length; i++) {
            if (!(dash[i] >= 0) || !Double.isFinite(dash[i])) return null;
            out[i] = (float) dash[i];
            sum += dash[i];
        }
        return sum > 0 ? out : null;
    }

    private static Color color(Rgba c) {
        return new Color(c.r(), c.g(), c.b(), c.a());
    }

    private java.awt.Font font(Font f) {
        return fonts.computeIfAbsent(f, Fonts::awt);
    }

    private static double width(String text, java.awt.Font f) {
        return f.getStringBounds(text, MEASURE).getWidth();
    }

    /** The painter draws one line: tabs, line breaks and other control characters show as spaces. */
    private static String oneLine(String s) {
        StringBuilder out = null;
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            if (ch < 0x20 || (ch >= 0x7f && ch <= 0x9f)) {
                if (out == null) out = new StringBuilder(s);
                out.setCharAt(i, ' ');
            }
        }
        return out == null ? s : out.toString();
    }
}
