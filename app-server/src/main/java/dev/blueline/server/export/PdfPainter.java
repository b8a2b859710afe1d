package dev.blueline.server.export;

import dev.blueline.model.geometry.Rect;
import dev.blueline.model.render.Font;
import dev.blueline.model.render.Painter;
import dev.blueline.model.render.Rgba;
import dev.blueline.model.render.Stroke;
import dev.blueline.model.render.TextAlign;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.state.PDExtendedGraphicsState;
import org.apache.pdfbox.util.Matrix;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;

/**
 * The drawing API on a PDF page, as real vector output: shapes become PDF paths, text becomes
 * Helvetica text. The page is flipped so that, as everywhere else, y grows downwards from the
 * screen's top-left corner. Characters Helvetica cannot encode are replaced, never dropped silently.
 */
public final class PdfPainter implements Painter {
    private static final double KAPPA = 0.5522847498;

    private final PDPageContentStream cs;
    private final Map<String, PDType1Font> fonts = new HashMap<>();
    private final Map<String, PDExtendedGraphicsState> alphas = new HashMap<>();
    private final PdfText text = new PdfText();
    private final Deque<State> saved = new ArrayDeque<>();
    private State state = new State(1, 1, 1);

    /** Graphics state we mirror: the opacity multiplier, and the alpha values last written to the page. */
    private record State(double opacity, double fillAlpha, double strokeAlpha) {
    }

    public PdfPainter(PDPageContentStream cs, double pageHeight) {
        this.cs = cs;
        io(() -> {
            cs.transform(new Matrix(1, 0, 0, -1, 0, (float) pageHeight));
            cs.setLineCapStyle(1);
            cs.setLineJoinStyle(1);
        });
    }

    @Override
    public void rect(Rect r, double radius, Rgba fill, Stroke stroke) {
        paint(fill, stroke, true, () -> {
            double rad = Math.max(0, Math.min(radius, Math.min(r.w(), r.h()) / 2));
            if (rad <= 0) {
                cs.addRect(f(r.x()), f(r.y()), f(r.w()), f(r.h()));
                return;
            }
            double x = r.x(), y = r.y(), w = r.w(), h = r.h(), k = rad * KAPPA;
            cs.moveTo(f(x + rad), f(y));
            cs.lineTo(f(x + w - rad), f(y));
            cs.curveTo(f(x + w - rad + k), f(y), f(x + w), f(y + rad - k), f(x + w), f(y + rad));
            cs.lineTo(f(x + w), f(y + h - rad));
            cs.curveTo(f(x + w), f(y + h - rad + k), f(x + w - rad + k), f(y + h), f(x + w - rad), f(y + h));
            cs.lineTo(f(x + rad), f(y + h));
            cs.curveTo(f(x + rad - k), f(y + h), f(x), f(y + h - rad + k), f(x), f(y + h - rad));
            cs.lineTo(f(x), f(y + rad));
            cs.curveTo(f(x), f(y + rad - k), f(x + rad - k), f(y), f(x + rad), f(y));
            cs.closePath();
        });
    }

    @Override
    public void ellipse(Rect r, Rgba fill, Stroke stroke) {
        paint(fill, stroke, true, () -> {
            double cx = r.centerX(), cy = r.centerY(), rx = r.w() / 2, ry = r.h() / 2, kx = rx * KAPPA, ky = ry * KAPPA;
            cs.moveTo(f(cx + rx), f(cy));
            cs.curveTo(f(cx + rx), f(cy + ky), f(cx + kx), f(cy + ry), f(cx), f(cy + ry));
            cs.curveTo(f(cx - kx), f(cy + ry), f(cx - rx), f(cy + ky), f(cx - rx), f(cy));
            cs.curveTo(f(cx - rx), f(cy - ky), f(cx - kx), f(cy - ry), f(cx), f(cy - ry));
            cs.curveTo(f(cx + kx), f(cy - ry), f(cx + rx), f(cy - ky), f(cx + rx), f(cy));
            cs.closePath();
        });
    }

    @Override
    public void line(double x1, double y1, double x2, double y2, Stroke stroke) {
        paint(null, stroke, false, () -> {
            cs.moveTo(f(x1), f(y1));
            cs.lineTo(f(x2), f(y2));
        });
    }

    @Override
    public void path(double[] x, double[] y, boolean closed, Rgba fill, Stroke stroke) {
        int n = Math.min(x.length, y.length);
        if (n < 2) return;
        paint(closed ? fill : null, stroke, closed, () -> {
            cs.moveTo(f(x[0]), f(y[0]));
            for (int i = 1; i < n; i++) cs.lineTo(f(x[i]), f(y[i]));
            if (closed) cs.closePath();
        });
    }

    @Override
    public void text(String s, double x, double y, Font font, Rgba color, TextAlign align) {
        if (s == null || s.isEmpty() || color == null || color.a() == 0) return;
        PDType1Font pdf = font(font);
        String safe = text.encodable(s, pdf);
        double w = text.width(safe, pdf, font.size());
        double left = switch (align) {
            case LEFT -> x;
            case CENTER -> x - w / 2;
            case RIGHT -> x - w;
        };
        io(() -> {
            alpha(color.opacity(), 1);
            cs.setNonStrokingColor(c(color.r()), c(color.g()), c(color.b()));
            cs.beginText();
            cs.setFont(pdf, f(font.size()));
            cs.setTextMatrix(new Matrix(1, 0, 0, -1, f(left), f(y)));
            cs.showText(safe);
            cs.endText();
        });
        if (font.underline()) line(left, y + 2, left + w, y + 2, Stroke.solid(color, Math.max(1, font.size() / 14)));
    }

    @Override
    public double textWidth(String s, Font font) {
        if (s == null || s.isEmpty()) return 0;
        PDType1Font pdf = font(font);
        return text.width(text.encodable(s, pdf), pdf, font.size());
    }

    @Override
    public void clip(Rect r) {
        io(() -> {
            cs.addRect(f(r.x()), f(r.y()), f(r.w()), f(r.h()));
            cs.clip();
        });
    }

    @Override
    public void save() {
        io(cs::saveGraphicsState);
        saved.push(state);
    }

    @Override
    public void restore() {
        if (saved.isEmpty()) return;
        io(cs::restoreGraphicsState);
        state = saved.pop();
    }

    @Override
    public void opacity(double alpha) {
        double a = Math.max(0, Math.min(1, alpha));
        state = new State(state.opacity * a, state.fillAlpha, state.strokeAlpha);
    }

    // ---- helpers

    private interface PathBuilder {
        void build() throws IOException;
    }

    private void paint(Rgba fill, Stroke stroke, boolean fillable, PathBuilder path) {
        boolean doFill = fillable && fill != null && fill.a() > 0;
        boolean doStroke = stroke != null && stroke.color() != null && stroke.width() > 0 && stroke.color().a() > 0;
        if (!doFill && !doStroke) return;
        io(() -> {
            alpha(doFill ? fill.opacity() : 1, doStroke ? stroke.color().opacity() : 1);
            if (doFill) cs.setNonStrokingColor(c(fill.r()), c(fill.g()), c(fill.b()));
            if (doStroke) {
                Rgba s = stroke.color();
                cs.setStrokingColor(c(s.r()), c(s.g()), c(s.b()));
                cs.setLineWidth(f(stroke.width()));
                float[] dash = new float[stroke.dash().length];
                for (int i = 0; i < dash.length; i++) dash[i] = f(stroke.dash()[i]);
                cs.setLineDashPattern(dash, 0);
            }
            path.build();
            if (doFill && doStroke) cs.fillAndStroke();
            else if (doFill) cs.fill();
            else cs.stroke();
        });
    }

    /** Sets the page's fill and stroke alpha to these values times the current opacity, when they differ. */
    private void alpha(double fill, double stroke) throws IOException {
        double fa = round(fill * state.opacity), sa = round(stroke * state.opacity);
        if (fa == state.fillAlpha && sa == state.strokeAlpha) return;
        String key = fa + "/" + sa;
        PDExtendedGraphicsState gs = alphas.computeIfAbsent(key, k -> {
            PDExtendedGraphicsState g = new PDExtendedGraphicsState();
            g.setNonStrokingAlphaConstant((float) fa);
            g.setStrokingAlphaConstant((float) sa);
            return g;
        });
        cs.setGraphicsStateParameters(gs);
        state = new State(state.opacity, fa, sa);
    }

    private PDType1Font font(Font font) {
        Standard14Fonts.FontName name = font.bold()
                ? (font.italic() ? Standard14Fonts.FontName.HELVETICA_BOLD_OBLIQUE : Standard14Fonts.FontName.HELVETICA_BOLD)
                : (font.italic() ? Standard14Fonts.FontName.HELVETICA_OBLIQUE : Standard14Fonts.FontName.HELVETICA);
        return fonts.computeIfAbsent(name.name(), k -> new PDType1Font(name));
    }

    private static double round(double a) {
        return Math.round(Math.max(0, Math.min(1, a)) * 1000) / 1000.0;
    }

    private static float f(double v) {
        return (float) v;
    }

    private static float c(int channel) {
        return channel / 255f;
    }

    private static void io(PathBuilder step) {
        try {
            step.build();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
