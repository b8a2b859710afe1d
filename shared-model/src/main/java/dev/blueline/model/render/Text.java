package dev.blueline.model.render;

import dev.blueline.model.catalog.content.Content.Plain.Span;
import dev.blueline.model.geometry.Rect;

import java.util.ArrayList;
import java.util.List;

/**
 * Text layout on top of {@link Painter#text}: single lines that are cut with an ellipsis, and
 * word-wrapped paragraphs with bold and italic runs. Both stop at the box so that even a
 * 20,000-character text costs only what is visible. Vertical metrics come from
 * {@link TextMetrics}; widths from the painter (the backend's real font where it has one).
 */
final class Text {
    static final String ELLIPSIS = "\u2026";
    static final double LINE_HEIGHT = 1.3;
    /** Below this the text would be unreadable anyway; draw nothing. */
    static final double MIN_SIZE = 5;

    private final Painter p;

    Text(Painter p) {
        this.p = p;
    }

    /** {@code f}, shrunk to fit a box {@code h} tall; null when it cannot fit readably. */
    static Font fitHeight(Font f, double h) {
        if (f.size() <= h) return f;
        return h >= MIN_SIZE ? f.sized(h) : null;
    }

    /** Baseline that centres a line of size {@code size} on {@code cy}. */
    static double baseline(double cy, double size) {
        return cy + size * (TextMetrics.ASCENT - TextMetrics.DESCENT) / 2;
    }

    void line(String s, Rect box, Font f, Rgba color, TextAlign a, double pad) {
        if (s == null || s.isEmpty() || color == null) return;
        Font font = fitHeight(f, box.h());
        double maxW = box.w() - 2 * pad;
        if (font == null || maxW <= 0) return;
        String fitted = ellipsize(singleLine(s), font, maxW);
        if (fitted.isEmpty()) return;
        double x = switch (a) {
            case LEFT -> box.x() + pad;
            case CENTER -> box.centerX();
            case RIGHT -> box.right() - pad;
        };
        p.text(fitted, x, baseline(box.centerY(), font.size()), font, color, a);
    }

    /** Line breaks and tabs become spaces (a single-line control shows one line). */
    static String singleLine(String s) {
        StringBuilder out = null;
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            if (ch < 0x20 || ch == 0x7f) {
                if (out == null) out = new StringBuilder(s);
                out.setCharAt(i, ' ');
            }
        }
        return out == null ? s : out.toString();
    }

    /** The longest prefix (by whole code points) that fits with "…" added; "" when not even "…" fits. */
    String ellipsize(String s, Font f, double maxW) {
        if (s.isEmpty() || !(maxW > 0)) return "";
        // A glyph is at least ~0.2 em wide, so anything past this many code points cannot fit:
        // cut before measuring so huge texts cost no more than short ones.
        int cap = (int) Math.min(Integer.MAX_VALUE - 2L, (long) (maxW / (0.2 * f.size())) + 2);
        String t = s.codePointCount(0, s.length()) > cap ? s.substring(0, s.offsetByCodePoints(0, cap)) : s;
        if (t.length() == s.length() && p.textWidth(t, f) <= maxW) return t;
        int lo = 0, hi = t.codePointCount(0, t.length());
        while (lo < hi) { // largest n with prefix(n) + "…" fitting
            int mid = (lo + hi + 1) >>> 1;
            if (p.textWidth(t.substring(0, t.offsetByCodePoints(0, mid)) + ELLIPSIS, f) <= maxW) lo = mid;
            else hi = mid - 1;
        }
        if (lo == 0) return p.textWidth(ELLIPSIS, f) <= maxW ? ELLIPSIS : "";
        return t.substring(0, t.offsetByCodePoints(0, lo)).stripTrailing() + ELLIPSIS;
    }

    /**
     * Word-wraps the spans into {@code box}, honouring line breaks; words longer than a line are
     * broken. Lines that would end below the box are not drawn. Returns the number of lines drawn.
     */
    int paragraph(List<Span> spans, Rect box, Font base, Rgba color, TextAlign align, boolean centreVertically) {
        if (color == null || box.w() <= 0) return 0;
        Font first = fitHeight(base, box.h());
        if (first == null) return 0;
        Wrapper w = new Wrapper(box, first, color, align);
        if (centreVertically) w.top = box.y() + Math.max(0, (box.h() - measureHeight(spans, box, first)) / 2);
        for (Span span : spans) {
            if (!w.add(span, fontOf(first, span))) break;
        }
        w.finish();
        return w.drawn;
    }

    /** Height of the wrapped text (by a dry run, capped at the box's lines). */
    private double measureHeight(List<Span> spans, Rect box, Font base) {
        Wrapper dry = new Wrapper(box, base, null, TextAlign.LEFT);
        for (Span span : spans) {
            if (!dry.add(span, fontOf(base, span))) break;
        }
        dry.finish();
        return dry.drawn == 0 ? 0 : (dry.drawn - 1) * base.size() * LINE_HEIGHT + base.size();
    }

    private static Font fontOf(Font base, Span s) {
        return base.bold(base.bold() || s.bold()).italic(base.italic() || s.italic());
    }

    private record Run(String text, Font font, double width) {
    }

    /** Greedy line filling; draws each line as soon as it is complete (color null: measure only). */
    private final class Wrapper {
        final Rect box;
        final Font base;
        final Rgba color;
        final TextAlign align;
        final double lineStep;
        final List<Run> runs = new ArrayList<>();
        double top;
        double width;
        int drawn;
        int lineIndex;
        boolean full;

        Wrapper(Rect box, Font base, Rgba color, TextAlign align) {
            this.box = box;
            this.base = base;
            this.color = color;
            this.align = align;
            this.lineStep = base.size() * LINE_HEIGHT;
            this.top = box.y();
        }

        /** False once the box is full. */
        boolean add(Span span, Font f) {
            String s = span.text();
            int i = 0;
            while (i < s.length() && !full) {
                char ch = s.charAt(i);
                if (ch == '\n') {
                    flush();
                    i++;
                    continue;
                }
                int end = i;
                boolean space = Character.isWhitespace(ch);
                while (end < s.length() && s.charAt(end) != '\n' && Character.isWhitespace(s.charAt(end)) == space) end++;
                word(space ? " " : s.substring(i, end), f, space);
                i = end;
            }
            return !full;
        }

        private void word(String w, Font f, boolean space) {
            if (space && runs.isEmpty()) return; // no leading blanks on a wrapped line
            double ww = p.textWidth(w, f);
            if (width + ww > box.w() && !runs.isEmpty()) {
                flush();
                if (space || full) return;
            }
            while (ww > box.w() && !full) { // a word longer than a line: break it by characters
                String head = ellipsizeFree(w, f, box.w());
                double hw = p.textWidth(head, f);
                runs.add(new Run(head, f, hw));
                width += hw;
                flush();
                w = w.substring(head.length());
                ww = p.textWidth(w, f);
            }
            if (!full && !w.isEmpty()) {
                runs.add(new Run(w, f, ww));
                width += ww;
            }
        }

        /** Longest prefix that fits (at least one code point, so breaking always progresses). */
        private String ellipsizeFree(String w, Font f, double maxW) {
            int lo = 1, hi = w.codePointCount(0, w.length());
            while (lo < hi) {
                int mid = (lo + hi + 1) >>> 1;
                if (p.textWidth(w.substring(0, w.offsetByCodePoints(0, mid)), f) <= maxW) lo = mid;
                else hi = mid - 1;
            }
            return w.substring(0, w.offsetByCodePoints(0, lo));
        }

        /** Draws the last, unfinished line. */
        void finish() {
            if (!runs.isEmpty()) flush();
        }

        void flush() {
            if (full) return;
            double baseline = top + lineIndex * lineStep + base.size() * TextMetrics.ASCENT;
            if (baseline + base.size() * TextMetrics.DESCENT > box.bottom() + 0.01) {
                full = true;
                runs.clear();
                return;
            }
            while (!runs.isEmpty() && runs.getLast().text().isBlank()) width -= runs.removeLast().width();
            if (color != null) drawLine(baseline);
            drawn++;
            lineIndex++;
            runs.clear();
            width = 0;
        }

        private void drawLine(double baseline) {
            double x = switch (align) {
                case LEFT -> box.x();
                case CENTER -> box.centerX() - width / 2;
                case RIGHT -> box.right() - width;
            };
            int i = 0;
            while (i < runs.size()) { // merge neighbours in the same font into one text call
                Font f = runs.get(i).font();
                StringBuilder sb = new StringBuilder();
                double w = 0;
                while (i < runs.size() && runs.get(i).font().equals(f)) {
                    sb.append(runs.get(i).text());
                    w += runs.get(i).width();
                    i++;
                }
                p.text(sb.toString(), x, baseline, f, color, TextAlign.LEFT);
                x += w;
            }
        }
    }
}
