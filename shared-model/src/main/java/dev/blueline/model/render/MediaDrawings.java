package dev.blueline.model.render;

import dev.blueline.model.catalog.content.Content;
import dev.blueline.model.geometry.Rect;

import java.util.Locale;

/** Placeholders and small visuals: image, video, map, icon, avatar, spinner, divider, progress, rating. */
final class MediaDrawings {
    private MediaDrawings() {
    }

    static void register(Drawing.Registry r) {
        r.add("image", MediaDrawings::image);
        r.add("video", MediaDrawings::video);
        r.add("map", MediaDrawings::map);
        r.add("icon", MediaDrawings::icon);
        r.add("avatar", MediaDrawings::avatar);
        r.add("spinner", MediaDrawings::spinner);
        r.add("divider", MediaDrawings::divider);
        r.add("progress-bar", MediaDrawings::progress);
        r.add("rating", MediaDrawings::rating);
    }

    /** The wireframe convention for "a picture goes here": a box with a diagonal cross. */
    private static void image(DrawContext c) {
        Rect f = c.frame();
        c.rect(f, 0, c.fill(Palette.LIGHT), null);
        Stroke cross = DrawContext.pen(c.line(), 1);
        c.p.line(f.x(), f.y(), f.right(), f.bottom(), cross);
        c.p.line(f.x(), f.bottom(), f.right(), f.y(), cross);
        c.rect(f, 0, null, c.pen());
        String caption = c.plainText();
        Font font = c.font(13);
        double w = Math.min(c.p.textWidth(Text.singleLine(caption), font) + 16, f.w() - 8);
        double h = Math.min(font.size() * 1.8, f.h() - 8);
        if (!caption.isBlank() && w > 16 && h > Text.MIN_SIZE) {
            Rect box = new Rect(f.centerX() - w / 2, f.centerY() - h / 2, w, h);
            c.rect(box, 3, c.fill(Palette.LIGHT), null);
            c.label(caption, box, font, c.muted(), TextAlign.CENTER, 8);
        }
    }

    private static void video(DrawContext c) {
        Rect f = c.frame();
        c.rect(f, 0, c.fill(Palette.LIGHT), c.pen());
        double d = Math.min(56, Math.min(f.w(), f.h()) * 0.4);
        if (d > 6) {
            Rect play = new Rect(f.centerX() - d / 2, f.centerY() - d / 2, d, d);
            c.p.ellipse(play, Palette.PAPER, DrawContext.pen(c.glyph(), 1.5));
            Glyphs.draw(c.p, "play", DrawContext.inset(play, d * 0.22), c.glyph(), false);
        }
        double bar = f.bottom() - Math.min(14, f.h() * 0.12);
        if (f.h() > 60 && f.w() > 60) { // the scrubber
            c.p.line(f.x() + 12, bar, f.right() - 12, bar, DrawContext.pen(c.line(), 3));
            c.p.line(f.x() + 12, bar, f.x() + 12 + (f.w() - 24) * 0.3, bar, DrawContext.pen(c.glyph(), 3));
        }
    }

    /** Roads, a river and a pin: enough to read as a map. */
    private static void map(DrawContext c) {
        Rect f = c.frame();
        c.rect(f, 0, c.fill(Palette.LIGHT), null);
        Stroke road = DrawContext.pen(Palette.PAPER, Math.max(1, Math.min(6, f.h() / 30)));
        Stroke street = DrawContext.pen(c.line(), 1);
        Rect roads = DrawContext.inset(f, road.width() / 2); // a stroke's width must not poke out
        line(c, roads, 0, 0.35, 1, 0.55, road);
        line(c, roads, 0.3, 0, 0.45, 1, road);
        line(c, f, 0.7, 0, 0.85, 1, street);
        line(c, f, 0, 0.8, 1, 0.7, street);
        line(c, f, 0, 0.15, 0.6, 0, street);
        int n = 12;
        double[] xs = new double[n + 1], ys = new double[n + 1];
        double river = Math.max(1, Math.min(8, f.h() / 25));
        for (int i = 0; i <= n; i++) { // a river: a gentle sine across the lower half
            xs[i] = f.x() + river / 2 + (f.w() - river) * i / n;
            ys[i] = f.y() + f.h() * (0.88 - 0.06 * Math.sin(i * Math.PI / 4));
        }
        c.p.path(xs, ys, false, null, DrawContext.pen(Palette.ACCENT_LIGHT, river));
        double pin = Math.min(24, Math.min(f.w(), f.h()) * 0.3);
        if (pin > 6) {
            double cx = f.centerX(), top = f.centerY() - pin;
            double[] px = {cx - pin * 0.35, cx, cx + pin * 0.35}, py = {top + pin * 0.5, top + pin, top + pin * 0.5};
            c.p.path(px, py, true, c.accent(), null);
            c.p.ellipse(new Rect(cx - pin * 0.38, top, pin * 0.76, pin * 0.76), c.accent(), null);
            c.p.ellipse(new Rect(cx - pin * 0.13, top + pin * 0.25, pin * 0.26, pin * 0.26), Palette.PAPER, null);
        }
        c.rect(f, 0, null, c.pen());
    }

    private static void line(DrawContext c, Rect f, double x1, double y1, double x2, double y2, Stroke s) {
        c.p.line(f.x() + f.w() * x1, f.y() + f.h() * y1, f.x() + f.w() * x2, f.y() + f.h() * y2, s);
    }

    private static void icon(DrawContext c) {
        String name = c.item.content() instanceof Content.IconName n ? n.name() : "";
        Rgba color = c.style.textColor() != null ? c.textColor() : c.disabled() ? Palette.DISABLED_INK : Palette.INK;
        Glyphs.draw(c.p, name, c.b, color, c.skin == Skin.SKETCH);
    }

    private static void avatar(DrawContext c) {
        double d = Math.min(c.b.w(), c.b.h()) - 1;
        if (d <= 2) return;
        Rect circle = new Rect(c.b.centerX() - d / 2, c.b.centerY() - d / 2, d, d);
        c.p.ellipse(circle, c.fill(Palette.LIGHT), c.pen());
        String initials = initials(c.plainText());
        if (initials.isEmpty()) {
            Glyphs.draw(c.p, "user", DrawContext.inset(circle, d * 0.2), c.glyph(), false);
        } else {
            Font f = c.style.fontSize() > 0 ? c.font(14) : c.font(d * 0.38);
            c.label(initials, DrawContext.inset(circle, d * 0.12), f.bold(true), c.textColor(), TextAlign.CENTER, 0);
        }
    }

    /** "Ada Lovelace" → "AL"; one word → its first letter. */
    static String initials(String name) {
        StringBuilder out = new StringBuilder();
        for (String word : name.strip().split("\\s+")) {
            if (word.isEmpty() || out.codePointCount(0, out.length()) >= 2) continue;
            int cp = word.codePointAt(0);
            if (Character.isLetterOrDigit(cp)) out.appendCodePoint(cp);
        }
        return out.toString().toUpperCase(Locale.ROOT);
    }

    /** A faint ring with a quarter arc in the accent colour. */
    private static void spinner(DrawContext c) {
        double d = Math.min(c.b.w(), c.b.h());
        double w = Math.max(1.5, d / 9);
        Rect ring = new Rect(c.b.centerX() - d / 2 + w / 2, c.b.centerY() - d / 2 + w / 2, d - w, d - w);
        if (ring.w() <= 0) return;
        c.p.ellipse(ring, null, DrawContext.pen(c.line(), w));
        double[][] arc = Shapes.arc(ring, -90, 10, 12);
        Rgba arcColor = c.style.stroke() != null ? c.ink() : c.accent();
        c.p.path(arc[0], arc[1], false, null, DrawContext.pen(arcColor, w));
    }

    /** Horizontal through the middle, or vertical when taller than wide. */
    private static void divider(DrawContext c) {
        Rgba color = c.style.stroke() != null ? c.ink() : Palette.LINE;
        Stroke s = DrawContext.pen(color, 1);
        Rect b = c.b;
        if (b.h() > b.w()) c.p.line(b.centerX(), b.y(), b.centerX(), b.bottom(), s);
        else c.p.line(b.x(), b.centerY(), b.right(), b.centerY(), s);
    }

    /** A track filled to the value; with room, the label and percentage above it. */
    private static void progress(DrawContext c) {
        Content.Amount a = c.amount();
        Rect b = c.inset(0.5);
        Rect track = b;
        if (b.h() >= 28) {
            Rect text = new Rect(b.x(), b.y(), b.w(), b.h() - 12);
            Font f = c.font(12);
            String pct = FieldDrawings.format(Math.round(a.fraction() * 1000) / 10.0) + "%";
            double pw = Math.min(c.p.textWidth(pct, f), b.w() / 2);
            c.label(pct, new Rect(b.right() - pw, text.y(), pw, text.h()), f, c.textColor(), TextAlign.RIGHT, 0);
            c.label(a.label(), new Rect(b.x(), text.y(), Math.max(0, b.w() - pw - 8), text.h()), f, c.textColor(), TextAlign.LEFT, 0);
            track = new Rect(b.x(), b.bottom() - 8, b.w(), 8);
        } else if (b.h() > 12) {
            track = new Rect(b.x(), b.centerY() - 6, b.w(), 12);
        }
        Rgba bar = c.is(Style.State.ERROR) ? Palette.ERROR : c.accentFill();
        c.rect(track, track.h() / 2, c.disabled() ? Palette.DISABLED_FILL : Palette.LIGHT, DrawContext.pen(c.style.stroke() != null ? c.ink() : c.line(), 1));
        c.rect(new Rect(track.x(), track.y(), track.w() * a.fraction(), track.h()), track.h() / 2, bar, null);
    }

    /** Stars filled up to the value (a half star is clipped), the label after them. */
    private static void rating(DrawContext c) {
        Content.Amount a = c.amount();
        int max = (int) Math.max(1, Math.min(10, Math.round(a.max())));
        double s = Math.min(Math.min(c.b.h(), 24), c.b.w() / (max * 1.1)); // every star fits; the label gets what is left
        double step = s * 1.1;
        int shown = s < 4 ? 0 : max;
        Rgba on = c.style.fill() != null ? c.fill(null) : c.textColor();
        Stroke outline = DrawContext.pen(c.style.stroke() != null ? c.ink() : c.disabled() ? Palette.DISABLED_INK : Palette.MUTED, 1);
        for (int i = 0; i < shown; i++) {
            Rect star = DrawContext.inset(new Rect(c.b.x() + i * step, c.b.centerY() - s / 2, s, s), 0.5);
            double[][] pts = Glyphs.starPoints(star);
            double part = Math.max(0, Math.min(1, a.value() - i));
            if (part >= 1) {
                c.p.path(pts[0], pts[1], true, on, null);
            } else {
                c.p.path(pts[0], pts[1], true, null, outline);
                if (part > 0) {
                    c.p.save();
                    c.p.clip(new Rect(star.x(), star.y(), star.w() * part, star.h()));
                    c.p.path(pts[0], pts[1], true, on, null);
                    c.p.restore();
                }
            }
        }
        double x = c.b.x() + shown * step + 4;
        c.label(a.label(), new Rect(x, c.b.y(), Math.max(0, c.b.right() - x), c.b.h()), c.font(13), c.muted(), TextAlign.LEFT, 0);
    }
}
