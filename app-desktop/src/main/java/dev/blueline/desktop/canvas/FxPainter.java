package dev.blueline.desktop.canvas;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.blueline.model.geometry.Rect;
import dev.blueline.model.render.Font;
import dev.blueline.model.render.Painter;
import dev.blueline.model.render.Rgba;
import dev.blueline.model.render.Stroke;
import dev.blueline.model.render.TextAlign;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.FontPosture;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;
import javafx.scene.text.TextAlignment;
import javafx.scene.transform.Affine;

import java.util.HashMap;
import java.util.Map;

/** The drawing API on a JavaFX canvas. The context's transform maps screen coordinates to pixels. */
public final class FxPainter implements Painter {
    private static final String SANS = "System";
    private static final String HAND = "Comic Sans MS";

    private final GraphicsContext g;
    /** This painter's own lookups in front of the shared ones below (a plain map is several times quicker). */
    private final Map<Font, javafx.scene.text.Font> fonts = new HashMap<>();
    private final Map<Rgba, Color> colors = new HashMap<>();
    private final Text measure = new Text();

    public FxPainter(GraphicsContext g) {
        this.g = g;
    }

    /** The context this painter draws on. */
    GraphicsContext graphics() {
        return g;
    }

    @Override
    public void rect(Rect r, double radius, Rgba fill, Stroke stroke) {
        if (fill != null) {
            g.setFill(color(fill));
            if (radius > 0) g.fillRoundRect(r.x(), r.y(), r.w(), r.h(), radius * 2, radius * 2);
            else g.fillRect(r.x(), r.y(), r.w(), r.h());
        }
        if (stroke != null && apply(stroke)) {
            if (radius > 0) g.strokeRoundRect(r.x(), r.y(), r.w(), r.h(), radius * 2, radius * 2);
            else g.strokeRect(r.x(), r.y(), r.w(), r.h());
        }
    }

    @Override
    public void ellipse(Rect r, Rgba fill, Stroke stroke) {
        if (fill != null) {
            g.setFill(color(fill));
            g.fillOval(r.x(), r.y(), r.w(), r.h());
        }
        if (stroke != null && apply(stroke)) g.strokeOval(r.x(), r.y(), r.w(), r.h());
    }

    @Override
    public void line(double x1, double y1, double x2, double y2, Stroke stroke) {
        if (apply(stroke)) g.strokeLine(x1, y1, x2, y2);
    }

    @Override
    public void path(double[] x, double[] y, boolean closed, Rgba fill, Stroke stroke) {
        int n = Math.min(x.length, y.length);
        if (n < 2) return;
        if (closed && fill != null) {
            g.setFill(color(fill));
            g.fillPolygon(x, y, n);
        }
        if (stroke != null && apply(stroke)) {
            if (closed) g.strokePolygon(x, y, n);
            else g.strokePolyline(x, y, n);
        }
    }

    @Override
    public void text(String text, double x, double y, Font font, Rgba color, TextAlign align) {
        if (text == null || text.isEmpty() || color == null) return;
        javafx.scene.text.Font f = font(font);
        g.setFont(f);
        g.setFill(color(color));
        g.setTextBaseline(VPos.BASELINE);
        g.setTextAlign(switch (align) {
            case LEFT -> TextAlignment.LEFT;
            case CENTER -> TextAlignment.CENTER;
            case RIGHT -> TextAlignment.RIGHT;
        });
        g.fillText(text, x, y);
        if (font.underline()) {
            double w = textWidth(text, font);
            double left = switch (align) {
                case LEFT -> x;
                case CENTER -> x - w / 2;
                case RIGHT -> x - w;
            };
            g.setStroke(color(color));
            g.setLineWidth(Math.max(1, font.size() / 14));
            g.setLineDashes();
            g.strokeLine(left, y + 2, left + w, y + 2);
        }
    }

    @Override
    public double textWidth(String text, Font font) {
        // laying out a Text node per label was a fifth of a frame; the same labels come back every frame
        return WIDTHS.get(new Measured(text, font), m -> {
            measure.setFont(font(m.font()));
            measure.setText(m.text());
            return measure.getLayoutBounds().getWidth();
        });
    }

    private record Measured(String text, Font font) {
    }

    /** JavaFX fonts and colours, shared by every painter: each canvas tile has its own painter, and looking up a font is not free. */
    private static final Cache<Font, javafx.scene.text.Font> FONTS = Caffeine.newBuilder().maximumSize(2_000).build();
    private static final Cache<Rgba, Color> COLORS = Caffeine.newBuilder().maximumSize(2_000).build();

    /** Text widths by text and font, shared by every painter (measuring happens on the FX thread). */
    private static final Cache<Measured, Double> WIDTHS = Caffeine.newBuilder().maximumSize(20_000).build();

    @Override
    public void clip(Rect r) {
        Affine t = g.getTransform();
        g.beginPath();
        if (t.getMxy() == 0 && t.getMyx() == 0 && t.getMxx() > 0 && t.getMyy() > 0) {
            // Cut to the canvas, in its pixels (path points are transformed as they are added). A clip
            // reaching past the canvas edge made the software pipeline blend what is drawn inside a
            // shade differently, so a tile and the whole view painted at once disagreed by one unit.
            double w = g.getCanvas().getWidth(), h = g.getCanvas().getHeight();
            double x0 = clamp(r.x() * t.getMxx() + t.getTx(), w), x1 = clamp(r.right() * t.getMxx() + t.getTx(), w);
            double y0 = clamp(r.y() * t.getMyy() + t.getTy(), h), y1 = clamp(r.bottom() * t.getMyy() + t.getTy(), h);
            g.setTransform(1, 0, 0, 1, 0, 0);
            g.rect(x0, y0, x1 - x0, y1 - y0);
            g.setTransform(t);
        } else {
            g.rect(r.x(), r.y(), r.w(), r.h());
        }
        g.closePath();
        g.clip();
    }

    private static double clamp(double v, double max) {
        return Math.max(0, Math.min(max, v));
    }

    /** Skipped on the canvas: see {@link Painter#guard}. */
    @Override
    public void guard(Rect r) {
    }

    @Override
    public void save() {
        g.save();
    }

    @Override
    public void restore() {
        g.restore();
    }

    @Override
    public void opacity(double alpha) {
        g.setGlobalAlpha(g.getGlobalAlpha() * Math.max(0, Math.min(1, alpha)));
    }

    private boolean apply(Stroke s) {
        if (s == null || s.color() == null || s.width() <= 0) return false;
        g.setStroke(color(s.color()));
        g.setLineWidth(s.width());
        g.setLineDashes(s.dash().length == 0 ? null : s.dash());
        return true;
    }

    private Color color(Rgba c) {
        return colors.computeIfAbsent(c, mine -> COLORS.get(mine, k -> Color.rgb(k.r(), k.g(), k.b(), k.opacity())));
    }

    private javafx.scene.text.Font font(Font f) {
        return fonts.computeIfAbsent(f, mine -> FONTS.get(mine, k -> javafx.scene.text.Font.font(k.handwritten() ? HAND : SANS,
                k.bold() ? FontWeight.BOLD : FontWeight.NORMAL, k.italic() ? FontPosture.ITALIC : FontPosture.REGULAR, k.size())));
    }
}
