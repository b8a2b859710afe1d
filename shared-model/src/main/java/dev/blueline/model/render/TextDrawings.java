package dev.blueline.model.render;

import dev.blueline.model.geometry.Rect;
import dev.blueline.model.render.Style.State;

/** Text-first controls: heading, paragraph, label, alert, tooltip, badge. */
final class TextDrawings {
    private TextDrawings() {
    }

    static void register(Drawing.Registry r) {
        r.add("heading", c -> c.text.paragraph(c.plain().spans(), c.b, c.font(24).bold(true), c.textColor(), c.align(TextAlign.LEFT), true));
        r.add("paragraph", c -> c.text.paragraph(c.plain().spans(), c.b, c.font(14), c.textColor(), c.align(TextAlign.LEFT), false));
        r.add("label", c -> c.text.paragraph(c.plain().spans(), c.b, c.font(14), c.textColor(), c.align(TextAlign.LEFT), true));
        r.add("alert", TextDrawings::alert);
        r.add("tooltip", TextDrawings::tooltip);
        r.add("badge", TextDrawings::badge);
    }

    /** Box with an icon and the message; the error state turns it red. */
    private static void alert(DrawContext c) {
        boolean error = c.is(State.ERROR);
        Rect f = c.frame();
        Rgba tint = error ? Palette.ERROR_LIGHT : c.is(State.SELECTED) ? Palette.ACCENT_LIGHT : Palette.LIGHT;
        Rgba accent = error ? Palette.ERROR : c.is(State.SELECTED) ? c.accent() : c.ink();
        c.rect(f, 6, c.fill(tint), c.pen());
        double bar = Math.min(4, f.w() / 8);
        c.rect(new Rect(f.x(), f.y(), bar, f.h()), Math.min(2, bar / 2), accent, null);
        double g = Math.min(18, f.h() - 8);
        double x = f.x() + bar + 10;
        if (g > 6 && f.w() > 4 * g) {
            Glyphs.draw(c.p, error ? "alert" : "info", new Rect(x, f.centerY() - g / 2, g, g), accent, false);
            x += g + 10;
        }
        Rect text = new Rect(x, f.y() + 4, Math.max(0, f.right() - 10 - x), Math.max(0, f.h() - 8));
        c.text.paragraph(c.plain().spans(), text, c.font(14), error && c.style.textColor() == null ? Palette.ERROR : c.textColor(),
                c.align(TextAlign.LEFT), true);
    }

    /** A dark bubble with a pointer at the bottom centre. */
    private static void tooltip(DrawContext c) {
        Rect b = c.inset(0.5);
        double tip = Math.min(6, b.h() / 4);
        Rect bubble = new Rect(b.x(), b.y(), b.w(), b.h() - tip);
        Rgba fill = c.style.fill() != null ? c.fill(null) : c.disabled() ? Palette.DISABLED_INK : Palette.TEXT;
        c.rect(bubble, 4, fill, c.style.stroke() != null ? c.pen() : null);
        double[] xs = {b.centerX() - tip, b.centerX(), b.centerX() + tip};
        double[] ys = {bubble.bottom() - 0.5, b.bottom(), bubble.bottom() - 0.5};
        c.p.path(xs, ys, true, fill, null);
        Rgba text = c.style.textColor() != null ? c.textColor() : Palette.PAPER;
        c.text.paragraph(c.plain().spans(), DrawContext.inset(bubble, 6), c.font(12), text, c.align(TextAlign.CENTER), true);
    }

    private static void badge(DrawContext c) {
        Rect f = c.frame();
        boolean on = c.is(State.SELECTED);
        c.rect(f, f.h() / 2, on ? c.accent() : c.fill(Palette.LIGHT), on ? null : c.pen());
        Rgba text = on && c.style.textColor() == null ? Palette.PAPER : c.textColor();
        c.label(c.plainText(), f, c.font(12).bold(true), text, TextAlign.CENTER, Math.min(f.h() / 2, 8));
    }
}
