package dev.blueline.model.render;

import dev.blueline.model.geometry.Rect;

import java.util.Locale;
import java.util.Map;

/**
 * Simple line icons drawn from primitives on a 24-unit grid (content stays within units 2–22,
 * so a 1–2 px stroke stays inside the box). Used by the icon control and by controls that carry
 * a glyph (search field, date picker, alert, modal close button, …).
 */
final class Glyphs {
    private static final Map<String, String> ALIASES = Map.ofEntries(
            Map.entry("magnifier", "search"), Map.entry("person", "user"), Map.entry("account", "user"),
            Map.entry("profile", "user"), Map.entry("house", "home"), Map.entry("gear", "settings"),
            Map.entry("cog", "settings"), Map.entry("notification", "bell"), Map.entry("notifications", "bell"),
            Map.entry("like", "heart"), Map.entry("love", "heart"), Map.entry("favorite", "star"),
            Map.entry("favourite", "star"), Map.entry("email", "mail"), Map.entry("envelope", "mail"),
            Map.entry("x", "close"), Map.entry("cross", "close"), Map.entry("hamburger", "menu"),
            Map.entry("add", "plus"), Map.entry("remove", "minus"), Map.entry("tick", "check"),
            Map.entry("done", "check"), Map.entry("date", "calendar"), Map.entry("delete", "trash"),
            Map.entry("bin", "trash"), Map.entry("pencil", "edit"), Map.entry("warning", "alert"),
            Map.entry("error", "alert"), Map.entry("help", "info"));

    private Glyphs() {
    }

    /** The canonical name a glyph is drawn under, or null when there is no glyph for it. */
    static String canonical(String name) {
        String n = name == null ? "" : name.toLowerCase(Locale.ROOT);
        n = ALIASES.getOrDefault(n, n);
        return switch (n) {
            case "search", "user", "home", "settings", "bell", "heart", "star", "mail", "close", "menu", "plus",
                 "minus", "arrow-left", "arrow-right", "arrow-up", "arrow-down", "chevron-left", "chevron-right",
                 "chevron-up", "chevron-down", "check", "calendar", "trash", "edit", "play", "info", "alert",
                 "upload" -> n;
            default -> null;
        };
    }

    /**
     * Draws the named glyph in the largest square centred in {@code box}; names without a glyph
     * get a circle with their first letter.
     */
    static void draw(Painter p, String name, Rect box, Rgba color, boolean handwritten) {
        double s = Math.min(box.w(), box.h());
        if (!(s > 0)) return;
        G g = new G(p, new Rect(box.centerX() - s / 2, box.centerY() - s / 2, s, s), color);
        String n = canonical(name);
        if (n == null) {
            letter(p, g, name, color, handwritten);
            return;
        }
        switch (n) {
            case "search" -> { g.circle(10.5, 10.5, 6.5, false); g.line(15.5, 15.5, 20.5, 20.5); }
            case "user" -> { g.circle(12, 8, 4, false); g.poly(false, false, g.arc(12, 21, 8, 7, 180, 360, 12)); }
            case "home" -> {
                g.poly(false, false, 3, 11.5, 12, 3.5, 21, 11.5);
                g.poly(false, false, 5.5, 9.5, 5.5, 20.5, 18.5, 20.5, 18.5, 9.5);
                g.poly(false, false, 10, 20.5, 10, 14.5, 14, 14.5, 14, 20.5);
            }
            case "settings" -> { g.poly(true, false, gear(g)); g.circle(12, 12, 3, false); }
            case "bell" -> {
                double[] top = g.arc(12, 10, 5.5, 5.5, 180, 360, 10);
                double[] body = new double[top.length + 8];
                body[0] = 4.5; body[1] = 17;
                body[2] = 6.5; body[3] = 14.5;
                System.arraycopy(top, 0, body, 4, top.length);
                body[top.length + 4] = 17.5; body[top.length + 5] = 14.5;
                body[top.length + 6] = 19.5; body[top.length + 7] = 17;
                g.poly(true, false, body);
                g.line(10, 20, 14, 20);
            }
            case "heart" -> g.poly(true, false, heart());
            case "star" -> g.poly(true, false, star(12, 12.5, 9.5, 4));
            case "mail" -> { g.rect(3, 5.5, 21, 18.5); g.poly(false, false, 3, 6, 12, 13, 21, 6); }
            case "close" -> { g.line(6, 6, 18, 18); g.line(18, 6, 6, 18); }
            case "menu" -> { g.line(4, 7, 20, 7); g.line(4, 12, 20, 12); g.line(4, 17, 20, 17); }
            case "plus" -> { g.line(12, 5, 12, 19); g.line(5, 12, 19, 12); }
            case "minus" -> g.line(5, 12, 19, 12);
            case "arrow-right", "arrow-left", "arrow-up", "arrow-down" -> {
                g.turn(n.substring(6));
                g.line(5, 12, 19, 12);
                g.poly(false, false, 13, 6, 19, 12, 13, 18);
            }
            case "chevron-right", "chevron-left", "chevron-up", "chevron-down" -> {
                g.turn(n.substring(8));
                g.poly(false, false, 9, 6, 15, 12, 9, 18);
            }
            case "check" -> g.poly(false, false, 5, 12.5, 10, 17.5, 19, 7);
            case "calendar" -> {
                g.rect(4, 5, 20, 20);
                g.line(4, 9.5, 20, 9.5);
                g.line(8.5, 3, 8.5, 7);
                g.line(15.5, 3, 15.5, 7);
            }
            case "trash" -> {
                g.line(4, 6.5, 20, 6.5);
                g.poly(false, false, 9, 6.5, 9, 4, 15, 4, 15, 6.5);
                g.poly(false, false, 6, 6.5, 7.2, 20, 16.8, 20, 18, 6.5);
                g.line(10, 10, 10, 16.5);
                g.line(14, 10, 14, 16.5);
            }
            case "edit" -> {
                g.poly(true, false, 4, 20, 5, 15.5, 15.5, 5, 19, 8.5, 8.5, 19);
                g.line(13.5, 7, 17, 10.5);
            }
            case "play" -> g.poly(true, true, 8, 5, 19, 12, 8, 19);
            case "info" -> { g.circle(12, 12, 9, false); g.line(12, 11, 12, 16.5); g.circle(12, 7.8, 0.9, true); }
            case "alert" -> { g.circle(12, 12, 9, false); g.line(12, 7, 12, 13); g.circle(12, 16.3, 0.9, true); }
            case "upload" -> {
                g.poly(false, false, 4, 15, 4, 20, 20, 20, 20, 15);
                g.line(12, 15, 12, 4);
                g.poly(false, false, 7, 9, 12, 4, 17, 9);
            }
            default -> throw new IllegalStateException(n);
        }
    }

    private static void letter(Painter p, G g, String name, Rgba color, boolean handwritten) {
        g.circle(12, 12, 9.5, false);
        String first = name == null || name.isEmpty() ? "?" : name.substring(0, name.offsetByCodePoints(0, 1)).toUpperCase(Locale.ROOT);
        double size = g.k * 10;
        if (size < Text.MIN_SIZE) return;
        Font f = new Font(size, true, false, false, handwritten);
        if (p.textWidth(first, f) > g.k * 14) return; // a very wide character would leave the circle
        p.text(first, g.x(12), Text.baseline(g.y(12), size), f, color, TextAlign.CENTER);
    }

    private static double[] star(double cx, double cy, double outer, double inner) {
        double[] xy = new double[20];
        for (int i = 0; i < 10; i++) {
            double a = Math.toRadians(-90 + i * 36);
            double r = i % 2 == 0 ? outer : inner;
            xy[2 * i] = cx + r * Math.cos(a);
            xy[2 * i + 1] = cy + r * Math.sin(a);
        }
        return xy;
    }

    /** A star polygon in screen coordinates, for ratings. */
    static double[][] starPoints(Rect box) {
        double s = Math.min(box.w(), box.h());
        double[] u = star(12, 12.5, 9.5, 4);
        double[][] out = new double[2][10];
        for (int i = 0; i < 10; i++) {
            out[0][i] = box.centerX() - s / 2 + u[2 * i] * s / 24;
            out[1][i] = box.centerY() - s / 2 + u[2 * i + 1] * s / 24;
        }
        return out;
    }

    private static double[] heart() {
        int n = 24;
        double[] xy = new double[2 * n];
        for (int i = 0; i < n; i++) { // the classic heart curve, scaled into 3..21
            double t = 2 * Math.PI * i / n;
            double x = 16 * Math.pow(Math.sin(t), 3);
            double y = 13 * Math.cos(t) - 5 * Math.cos(2 * t) - 2 * Math.cos(3 * t) - Math.cos(4 * t);
            xy[2 * i] = 12 + x * 0.55;
            xy[2 * i + 1] = 11 - y * 0.55;
        }
        return xy;
    }

    private static double[] gear(G g) {
        double[] xy = new double[64];
        for (int i = 0; i < 32; i++) {
            double a = Math.toRadians(i * 360.0 / 32 + 5.625);
            double r = (i % 4 == 1 || i % 4 == 2) ? 9 : 7;
            xy[2 * i] = 12 + r * Math.cos(a);
            xy[2 * i + 1] = 12 + r * Math.sin(a);
        }
        return xy;
    }

    /** Glyph units (0–24, turned by a multiple of 90° about the centre) to screen coordinates. */
    private static final class G {
        final Painter p;
        final Rect sq;
        final double k;
        final Stroke stroke;
        final Rgba color;
        int quarterTurns;

        G(Painter p, Rect sq, Rgba color) {
            this.p = p;
            this.sq = sq;
            this.k = sq.w() / 24;
            this.color = color;
            this.stroke = Stroke.solid(color, Math.max(1, Math.min(2, k * 1.75)));
        }

        void turn(String direction) {
            quarterTurns = switch (direction) {
                case "down" -> 1;
                case "left" -> 2;
                case "up" -> 3;
                default -> 0;
            };
        }

        double x(double ux) {
            return sq.x() + ux * k;
        }

        double y(double uy) {
            return sq.y() + uy * k;
        }

        private double[] map(double ux, double uy) {
            double dx = ux - 12, dy = uy - 12;
            for (int i = 0; i < quarterTurns; i++) {
                double t = dx;
                dx = -dy;
                dy = t;
            }
            return new double[]{x(12 + dx), y(12 + dy)};
        }

        void line(double x1, double y1, double x2, double y2) {
            double[] a = map(x1, y1), b = map(x2, y2);
            p.line(a[0], a[1], b[0], b[1], stroke);
        }

        void poly(boolean closed, boolean filled, double... uxy) {
            int n = uxy.length / 2;
            double[] xs = new double[n], ys = new double[n];
            for (int i = 0; i < n; i++) {
                double[] m = map(uxy[2 * i], uxy[2 * i + 1]);
                xs[i] = m[0];
                ys[i] = m[1];
            }
            p.path(xs, ys, closed, filled ? color : null, filled ? null : stroke);
        }

        void circle(double cx, double cy, double r, boolean filled) {
            Rect c = new Rect(x(cx - r), y(cy - r), 2 * r * k, 2 * r * k);
            p.ellipse(c, filled ? color : null, filled ? null : stroke);
        }

        void rect(double x1, double y1, double x2, double y2) {
            p.rect(new Rect(x(x1), y(y1), (x2 - x1) * k, (y2 - y1) * k), 1.5 * k, null, stroke);
        }

        /** Points along an elliptical arc, in glyph units (degrees clockwise from +x). */
        double[] arc(double cx, double cy, double rx, double ry, double from, double to, int segments) {
            double[] xy = new double[2 * (segments + 1)];
            for (int i = 0; i <= segments; i++) {
                double a = Math.toRadians(from + (to - from) * i / segments);
                xy[2 * i] = cx + rx * Math.cos(a);
                xy[2 * i + 1] = cy + ry * Math.sin(a);
            }
            return xy;
        }
    }
}
