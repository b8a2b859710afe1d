package dev.blueline.model.render;

import dev.blueline.model.catalog.content.Content;
import dev.blueline.model.catalog.content.Content.CheckState;
import dev.blueline.model.geometry.Rect;

/** Inputs that show a state with a mark: checkbox, radio button, toggle, slider. */
final class ChoiceDrawings {
    private ChoiceDrawings() {
    }

    static void register(Drawing.Registry r) {
        r.add("checkbox", c -> choice(c, Kind.BOX));
        r.add("radio", c -> choice(c, Kind.RADIO));
        r.add("toggle", c -> choice(c, Kind.SWITCH));
        r.add("slider", ChoiceDrawings::slider);
    }

    private enum Kind { BOX, RADIO, SWITCH }

    private static void choice(DrawContext c, Kind kind) {
        Content.Check ch = c.check();
        Rect b = c.b;
        double m = Math.min(kind == Kind.SWITCH ? 20 : 16, b.h() - 2);
        if (m < 4) return;
        double mw = kind == Kind.SWITCH ? Math.min(m * 1.8, b.w() - 2) : m;
        Rect mark = new Rect(b.x() + 1, b.centerY() - m / 2, mw, m);
        CheckState state = ch.state();
        switch (kind) {
            case BOX -> OutlineDrawings.checkBox(c, mark, state);
            case RADIO -> radio(c, mark, state != CheckState.UNCHECKED);
            case SWITCH -> toggle(c, mark, state != CheckState.UNCHECKED);
        }
        if (c.is(Style.State.ERROR) || c.is(Style.State.FOCUSED)) {
            c.rect(DrawContext.inset(mark, -0.5), kind == Kind.BOX ? 3 : m / 2, null, c.pen());
        }
        Rect label = new Rect(mark.right() + 8, b.y(), Math.max(0, b.right() - mark.right() - 8), b.h());
        c.label(ch.label(), label, c.font(14), c.textColor(), c.align(TextAlign.LEFT), 0);
    }

    private static void radio(DrawContext c, Rect mark, boolean on) {
        Rect r = DrawContext.inset(mark, 0.75);
        c.p.ellipse(r, Palette.PAPER, DrawContext.pen(on ? c.accentFill() : c.ink(), 1.5));
        if (on) c.p.ellipse(DrawContext.inset(r, r.w() * 0.27), c.accentFill(), null);
    }

    private static void toggle(DrawContext c, Rect mark, boolean on) {
        Rect track = DrawContext.inset(mark, 0.5);
        c.rect(track, track.h() / 2, on ? c.accentFill() : Palette.LINE, null);
        double k = track.h() - 4;
        double x = on ? track.right() - 2 - k : track.x() + 2;
        c.p.ellipse(new Rect(x, track.y() + 2, k, k), Palette.PAPER, null);
    }

    /** Label on the left (when there is one), then the track filled up to the knob. */
    private static void slider(DrawContext c) {
        Content.Amount a = c.amount();
        Rect b = c.b;
        double x0 = b.x();
        Font font = c.font(14);
        if (!a.label().isBlank()) {
            double lw = Math.min(c.p.textWidth(a.label(), font), b.w() * 0.35);
            c.label(a.label(), new Rect(b.x(), b.y(), lw, b.h()), font, c.textColor(), TextAlign.LEFT, 0);
            x0 += lw + (lw > 0 ? 10 : 0);
        }
        double knob = Math.min(16, b.h() - 2);
        if (knob < 4 || b.right() - x0 < 2 * knob) return;
        double left = x0 + knob / 2, right = b.right() - knob / 2 - 1;
        double th = Math.max(2, knob / 4);
        c.rect(new Rect(left, b.centerY() - th / 2, right - left, th), th / 2, Palette.LINE, null);
        double kx = left + (right - left) * a.fraction();
        c.rect(new Rect(left, b.centerY() - th / 2, kx - left, th), th / 2, c.accentFill(), null);
        Rect k = new Rect(kx - knob / 2, b.centerY() - knob / 2, knob, knob);
        c.p.ellipse(DrawContext.inset(k, 0.75), Palette.PAPER, DrawContext.pen(c.is(Style.State.ERROR) ? Palette.ERROR : c.accent(), 1.5));
    }
}
