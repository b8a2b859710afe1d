package dev.blueline.model.render;

import dev.blueline.model.geometry.Rect;

import java.util.ArrayDeque;
import java.util.Deque;

/**
 * A {@link Painter} that writes SVG 1.1 elements. Clips and opacity open {@code <g>} groups that
 * the matching {@link #restore} closes. Text widths are estimated ({@link TextMetrics}: 0.55 em
 * per character, 0.6 em bold), since the viewer, not the exporter, picks the actual font; so
 * fitted text may end a little short of or past where a real font would.
 */
public final class SvgPainter implements Painter {
    static final String SANS = "system-ui, -apple-system, 'Segoe UI', Roboto, Helvetica, Arial, sans-serif";
    static final String HANDWRITTEN = "'Comic Neue', 'Segoe Print', 'Bradley Hand', 'Comic Sans MS', cursive";

    private final StringBuilder out = new StringBuilder(4096);
    private final String idPrefix;
    /** Per save(): how many groups were opened since, to close on restore(). */
    private final Deque<int[]> frames = new ArrayDeque<>();
    private final int[] base = {0};
    private int clips;
    private int groups;

    /** @param idPrefix prefix of generated ids (clip paths); must not begin any element id */
    public SvgPainter(String idPrefix) {
        this.idPrefix = idPrefix;
    }

    public SvgPainter() {
        this("bl-clip-");
    }

    /** The markup so far, with every open group closed. */
    public String body() {
        StringBuilder s = new StringBuilder(out);
        int open = base[0] + groups;
        for (int[] f : frames) open += f[0];
        s.append("</g>".repeat(open));
        return s.toString();
    }

    /** Opens a group for one element so the output can be traced back to the document. */
    public void beginGroup(String id, String type) {
        out.append("<g id=\"").append(escape(id)).append("\" data-type=\"").append(escape(type)).append("\">\n");
        groups++;
    }

    public void endGroup() {
        if (groups == 0) return;
        out.append("</g>\n");
        groups--;
    }

    @Override
    public void rect(Rect r, double cornerRadius, Rgba fill, Stroke stroke) {
        out.append("<rect x=\"").append(n(r.x())).append("\" y=\"").append(n(r.y()))
                .append("\" width=\"").append(n(r.w())).append("\" height=\"").append(n(r.h())).append('"');
        double rad = Math.min(cornerRadius, Math.min(r.w(), r.h()) / 2);
        if (rad > 0) out.append(" rx=\"").append(n(rad)).append('"');
        paint(fill, stroke);
        out.append("/>\n");
    }

    @Override
    public void ellipse(Rect r, Rgba fill, Stroke stroke) {
        out.append("<ellipse cx=\"").append(n(r.centerX())).append("\" cy=\"").append(n(r.centerY()))
                .append("\" rx=\"").append(n(r.w() / 2)).append("\" ry=\"").append(n(r.h() / 2)).append('"');
        paint(fill, stroke);
        out.append("/>\n");
    }

    @Override
    public void line(double x1, double y1, double x2, double y2, Stroke stroke) {
        if (stroke == null) return;
        out.append("<line x1=\"").append(n(x1)).append("\" y1=\"").append(n(y1))
                .append("\" x2=\"").append(n(x2)).append("\" y2=\"").append(n(y2)).append('"');
        paint(null, stroke);
        out.append("/>\n");
    }

    @Override
    public void path(double[] x, double[] y, boolean closed, Rgba fill, Stroke stroke) {
        int count = Math.min(x.length, y.length);
        if (count == 0) return;
        out.append(closed ? "<polygon points=\"" : "<polyline points=\"");
        for (int i = 0; i < count; i++) {
            if (i > 0) out.append(' ');
            out.append(n(x[i])).append(',').append(n(y[i]));
        }
        out.append('"');
        paint(fill, stroke);
        out.append("/>\n");
    }

    @Override
    public void text(String text, double x, double y, Font font, Rgba color, TextAlign align) {
        if (text == null || text.isEmpty() || color == null) return;
        out.append("<text x=\"").append(n(x)).append("\" y=\"").append(n(y)).append("\" font-family=\"")
                .append(font.handwritten() ? HANDWRITTEN : SANS).append("\" font-size=\"").append(n(font.size())).append('"');
        if (font.bold()) out.append(" font-weight=\"bold\"");
        if (font.italic()) out.append(" font-style=\"italic\"");
        if (font.underline()) out.append(" text-decoration=\"underline\"");
        if (align == TextAlign.CENTER) out.append(" text-anchor=\"middle\"");
        if (align == TextAlign.RIGHT) out.append(" text-anchor=\"end\"");
        out.append(" fill=\"").append(color.hex()).append('"');
        if (color.a() < 255) out.append(" fill-opacity=\"").append(n(color.opacity())).append('"');
        out.append(" xml:space=\"preserve\">").append(escape(text)).append("</text>\n");
    }

    @Override
    public double textWidth(String text, Font font) {
        return TextMetrics.estimateWidth(text, font);
    }

    @Override
    public void clip(Rect r) {
        String id = idPrefix + (++clips);
        out.append("<clipPath id=\"").append(escape(id)).append("\"><rect x=\"").append(n(r.x())).append("\" y=\"").append(n(r.y()))
                .append("\" width=\"").append(n(r.w())).append("\" height=\"").append(n(r.h())).append("\"/></clipPath>\n");
        out.append("<g clip-path=\"url(#").append(escape(id)).append(")\">\n");
        opened();
    }

    @Override
    public void save() {
        frames.push(new int[]{0});
    }

    @Override
    public void restore() {
        int[] f = frames.poll();
        if (f != null) out.append("</g>\n".repeat(f[0]));
    }

    @Override
    public void opacity(double alpha) {
        double a = Double.isNaN(alpha) ? 1 : Math.max(0, Math.min(1, alpha));
        out.append("<g opacity=\"").append(n(a)).append("\">\n");
        opened();
    }

    private void opened() {
        int[] f = frames.peek();
        (f == null ? base : f)[0]++;
    }

    private void paint(Rgba fill, Stroke stroke) {
        if (fill == null) out.append(" fill=\"none\"");
        else {
            out.append(" fill=\"").append(fill.hex()).append('"');
            if (fill.a() < 255) out.append(" fill-opacity=\"").append(n(fill.opacity())).append('"');
        }
        if (stroke == null || stroke.color() == null || !(stroke.width() > 0)) return;
        out.append(" stroke=\"").append(stroke.color().hex()).append("\" stroke-width=\"").append(n(stroke.width())).append('"');
        if (stroke.color().a() < 255) out.append(" stroke-opacity=\"").append(n(stroke.color().opacity())).append('"');
        if (stroke.dashed()) {
            double[] dash = stroke.dash();
            out.append(" stroke-dasharray=\"");
            for (int i = 0; i < dash.length; i++) out.append(i > 0 ? " " : "").append(n(dash[i]));
            out.append('"');
        }
    }

    /**
     * Text safe inside an element or a double- or single-quoted attribute. Characters XML 1.0
     * cannot carry at all (most control characters, lone surrogates, U+FFFE/U+FFFF) become U+FFFD;
     * tab, line feed and carriage return become character references so attributes keep them.
     */
    public static String escape(String s) {
        if (s == null) return "";
        StringBuilder b = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            switch (ch) {
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '&' -> b.append("&amp;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&apos;");
                case '\t' -> b.append("&#9;");
                case '\n' -> b.append("&#10;");
                case '\r' -> b.append("&#13;");
                default -> {
                    if (Character.isHighSurrogate(ch) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                        b.append(ch).append(s.charAt(++i));
                    } else if (ch < 0x20 || (ch >= 0x7f && ch <= 0x9f) || Character.isSurrogate(ch) || ch == 0xFFFE || ch == 0xFFFF) {
                        b.append('\uFFFD');
                    } else {
                        b.append(ch);
                    }
                }
            }
        }
        return b.toString();
    }

    /** Locale-independent, at most two decimals, no exponent; non-finite numbers as 0. */
    public static String n(double v) {
        if (!Double.isFinite(v)) return "0";
        long hundredths = Math.round(v * 100);
        if (hundredths == 0) return "0";
        StringBuilder s = new StringBuilder();
        if (hundredths < 0) s.append('-');
        long abs = Math.abs(hundredths);
        s.append(abs / 100);
        long frac = abs % 100;
        if (frac != 0) s.append('.').append(frac / 10).append(frac % 10 == 0 ? "" : Long.toString(frac % 10));
        return s.toString();
    }
}
