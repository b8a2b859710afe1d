package dev.blueline.model.render;

import dev.blueline.model.catalog.content.Content.Series.Point;
import dev.blueline.model.geometry.Rect;

import java.util.List;

/** Bar, line and pie charts from the parsed series; bar and line charts get axis lines. */
final class ChartDrawings {
    private ChartDrawings() {
    }

    static void register(Drawing.Registry r) {
        r.add("bar-chart", c -> axes(c, true));
        r.add("line-chart", c -> axes(c, false));
        r.add("pie-chart", ChartDrawings::pie);
    }

    private static void axes(DrawContext c, boolean bars) {
        Rect b = c.inset(1);
        c.rect(b, 0, c.style.fill() != null && !bars ? c.fill(null) : null, null);
        List<Point> pts = c.series().points();
        Font font = c.font(11);
        double labels = font.size() * 1.6;
        double left = Math.min(c.p.textWidth("0000", font) + 6, b.w() / 4);
        Rect plot = new Rect(b.x() + left, b.y() + font.size() * 0.6, Math.max(0, b.w() - left - 4), Math.max(0, b.h() - labels - font.size() * 0.6));
        double lo = 0, hi = 0;
        for (Point p : pts) {
            lo = Math.min(lo, p.value());
            hi = Math.max(hi, p.value());
        }
        if (hi == lo) hi = lo + 1;
        double zero = plot.bottom() - plot.h() * (0 - lo) / (hi - lo);
        Stroke axis = DrawContext.pen(c.ink(), 1);
        c.p.line(plot.x(), plot.y(), plot.x(), plot.bottom(), axis);
        c.p.line(plot.x(), zero, plot.right(), zero, axis);
        Rect tick = new Rect(b.x(), plot.y() - font.size() * 0.6, left - 6, font.size() * 1.2);
        c.label(FieldDrawings.format(hi), tick, font, c.muted(), TextAlign.RIGHT, 0);
        if (pts.isEmpty() || plot.w() <= 0) return;
        double slot = plot.w() / pts.size();
        Rgba color = c.style.fill() != null ? c.fill(null) : c.accent();
        double[] xs = new double[pts.size()], ys = new double[pts.size()];
        for (int i = 0; i < pts.size(); i++) {
            Point p = pts.get(i);
            double x = plot.x() + slot * (i + 0.5);
            double y = plot.bottom() - plot.h() * (p.value() - lo) / (hi - lo);
            xs[i] = x;
            ys[i] = y;
            if (bars) c.rect(Rect.between(x - slot * 0.3, zero, x + slot * 0.3, y), 0, color, null);
            if (slot >= 24) {
                c.label(p.label(), new Rect(plot.x() + slot * i, plot.bottom() + 2, slot, labels - 2), font, c.textColor(), TextAlign.CENTER, 2);
            }
        }
        if (!bars) {
            if (pts.size() > 1) c.p.path(xs, ys, false, null, DrawContext.pen(color, 2));
            double d = Math.min(7, slot * 0.6);
            if (d >= 3) {
                for (int i = 0; i < xs.length; i++) {
                    c.p.ellipse(new Rect(xs[i] - d / 2, ys[i] - d / 2, d, d), Palette.PAPER, DrawContext.pen(color, 1.5));
                }
            }
        }
    }

    /** Slices from 12 o'clock clockwise; a legend on the right when the box is wide enough. */
    private static void pie(DrawContext c) {
        Rect b = c.inset(1);
        List<Point> pts = c.series().points();
        boolean legend = b.w() > b.h() * 1.4 && !pts.isEmpty();
        double d = Math.min(legend ? b.w() * 0.55 : b.w(), b.h());
        if (d <= 2) return;
        Rect disc = new Rect(b.x() + (legend ? 0 : (b.w() - d) / 2), b.centerY() - d / 2, d, d);
        double total = 0;
        for (Point p : pts) total += Math.max(0, p.value());
        if (total <= 0) {
            c.p.ellipse(disc, c.fill(Palette.LIGHT), c.pen());
            return;
        }
        double angle = -90;
        Stroke gap = DrawContext.pen(Palette.PAPER, 1);
        for (int i = 0; i < pts.size(); i++) {
            double sweep = 360 * Math.max(0, pts.get(i).value()) / total;
            if (sweep <= 0) continue;
            double[][] s = sweep >= 359.999 ? Shapes.arc(disc, 0, 360, 60) : Shapes.slice(disc, angle, angle + sweep);
            c.p.path(s[0], s[1], true, color(c, i), pts.size() > 1 ? gap : null);
            angle += sweep;
        }
        if (legend) legend(c, pts, new Rect(disc.right() + 12, b.y(), b.right() - disc.right() - 12, b.h()));
    }

    private static void legend(DrawContext c, List<Point> pts, Rect area) {
        Font font = c.font(12);
        double row = font.size() * 1.8;
        double sw = font.size() * 0.8;
        double y = area.centerY() - Math.min(pts.size() * row, area.h()) / 2;
        for (int i = 0; i < pts.size() && y + row <= area.bottom(); i++, y += row) {
            c.rect(new Rect(area.x(), y + (row - sw) / 2, sw, sw), 2, color(c, i), null);
            String label = pts.get(i).label().isEmpty() ? FieldDrawings.format(pts.get(i).value()) : pts.get(i).label();
            c.label(label, new Rect(area.x() + sw + 6, y, Math.max(0, area.w() - sw - 6), row), font, c.textColor(), TextAlign.LEFT, 0);
        }
    }

    /** The fill override colours the first slice; the rest come from the palette. */
    private static Rgba color(DrawContext c, int i) {
        if (i == 0 && c.style.fill() != null) return c.fill(null);
        if (c.disabled()) return i % 2 == 0 ? Palette.DISABLED_INK : Palette.LIGHT;
        return Palette.SERIES[i % Palette.SERIES.length];
    }
}
