package dev.blueline.model.render;

import dev.blueline.model.catalog.content.Content;
import dev.blueline.model.geometry.Rect;

/** Notes and shapes designers lay over a wireframe: sticky note, callout, arrow, line, rectangle, ellipse. */
final class AnnotationDrawings {
    private static final Rgba FOLD = Rgba.parse("#fcd34d", Rgba.BLACK);

    private AnnotationDrawings() {
    }

    static void register(Drawing.Registry r) {
        r.add("sticky-note", AnnotationDrawings::stickyNote);
        r.add("callout", AnnotationDrawings::callout);
        r.add("arrow", c -> connector(c, true));
        r.add("line", c -> connector(c, false));
        r.add("rectangle", AnnotationDrawings::rectangle);
        r.add("ellipse", AnnotationDrawings::ellipse);
    }

    /** Yellow paper with the bottom-right corner folded up. */
    private static void stickyNote(DrawContext c) {
        Rect f = c.inset(0.5);
        double fold = Math.min(20, Math.min(f.w(), f.h()) / 4);
        double[] xs = {f.x(), f.right(), f.right(), f.right() - fold, f.x()};
        double[] ys = {f.y(), f.y(), f.bottom() - fold, f.bottom(), f.bottom()};
        Rgba fill = c.fill(Palette.STICKY);
        Stroke edge = c.style.stroke() != null || c.is(Style.State.ERROR) || c.is(Style.State.FOCUSED) ? c.pen() : null;
        c.p.path(xs, ys, true, fill, edge);
        double[] fx = {f.right(), f.right() - fold, f.right() - fold}, fy = {f.bottom() - fold, f.bottom(), f.bottom() - fold};
        c.p.path(fx, fy, true, FOLD, null);
        Rect text = DrawContext.inset(new Rect(f.x(), f.y(), f.w(), f.h() - fold / 2), 12);
        c.text.paragraph(c.plain().spans(), text, c.font(14), c.textColor(), c.align(TextAlign.LEFT), false);
    }

    /** A numbered circle, the marker designers pin on a wireframe to refer to notes. */
    private static void callout(DrawContext c) {
        double d = Math.min(c.b.w(), c.b.h()) - 1;
        if (d <= 2) return;
        Rect circle = new Rect(c.b.centerX() - d / 2, c.b.centerY() - d / 2, d, d);
        c.p.ellipse(circle, c.accentFill(), c.style.stroke() != null ? c.pen() : null);
        int n = c.item.content() instanceof Content.Numbered num ? num.number() : 0;
        Font f = c.style.fontSize() > 0 ? c.font(13) : c.font(d * 0.5);
        Rgba text = c.style.textColor() != null ? c.textColor() : Palette.PAPER;
        c.label(Integer.toString(n), DrawContext.inset(circle, d * 0.12), f.bold(true), text, TextAlign.CENTER, 0);
    }

    /** From the top-left to the bottom-right corner, inset so an arrowhead stays inside. */
    private static void connector(DrawContext c, boolean head) {
        double w = 2;
        Stroke s = DrawContext.pen(c.ink(), w);
        double headLen = Math.min(12, Math.hypot(c.b.w(), c.b.h()) / 3);
        double m = head ? Math.min(headLen * 0.5 + w / 2, Math.min(c.b.w(), c.b.h()) / 2) : Math.min(w / 2, Math.min(c.b.w(), c.b.h()) / 2);
        double x1 = c.b.x() + m, y1 = c.b.y() + m, x2 = c.b.right() - m, y2 = c.b.bottom() - m;
        if (head) Shapes.arrow(c.p, x1, y1, x2, y2, headLen, s, true);
        else c.p.line(x1, y1, x2, y2, s);
    }

    private static void rectangle(DrawContext c) {
        Rect f = c.frame();
        c.rect(f, 0, c.fill(Palette.PAPER), c.pen());
        c.text.paragraph(c.plain().spans(), DrawContext.inset(f, 8), c.font(14), c.textColor(), c.align(TextAlign.CENTER), true);
    }

    private static void ellipse(DrawContext c) {
        Rect f = c.frame();
        c.p.ellipse(f, c.fill(Palette.PAPER), c.pen());
        // the largest rectangle inside an ellipse is 1/√2 of its size
        double k = 1 / Math.sqrt(2);
        Rect text = new Rect(f.centerX() - f.w() * k / 2, f.centerY() - f.h() * k / 2, f.w() * k, f.h() * k);
        c.text.paragraph(c.plain().spans(), text, c.font(14), c.textColor(), c.align(TextAlign.CENTER), true);
    }
}
