package dev.blueline.model.render;

import dev.blueline.model.catalog.content.Content;
import dev.blueline.model.catalog.content.Content.Items.Item;
import dev.blueline.model.geometry.Rect;
import dev.blueline.model.render.Style.State;

import java.time.format.TextStyle;
import java.util.Locale;

/** Inputs drawn as a box with text: buttons, links, fields, dropdown, date picker, number stepper, upload. */
final class FieldDrawings {
    private static final double PAD = 10;

    private FieldDrawings() {
    }

    static void register(Drawing.Registry r) {
        r.add("button", FieldDrawings::button);
        r.add("link", FieldDrawings::link);
        r.add("text-input", c -> textInput(c, 4, null));
        r.add("search", c -> textInput(c, c.b.h() / 2, "search"));
        r.add("password", FieldDrawings::password);
        r.add("text-area", FieldDrawings::textArea);
        r.add("dropdown", FieldDrawings::dropdown);
        r.add("date-picker", FieldDrawings::datePicker);
        r.add("number-stepper", FieldDrawings::numberStepper);
        r.add("file-upload", FieldDrawings::fileUpload);
    }

    /** The input box every field shares: light fill, outline by state. */
    static Rect field(DrawContext c, double radius) {
        Rect f = c.frame();
        c.rect(f, radius, c.fill(Palette.LIGHT), c.pen());
        return f;
    }

    /** "Selected" is the primary button: accent fill, white label. */
    private static void button(DrawContext c) {
        Rect f = c.frame();
        boolean primary = c.is(State.SELECTED);
        Rgba fill = primary ? (c.style.fill() != null ? c.fill(null) : c.accent()) : c.fill(Palette.PAPER);
        c.rect(f, Math.min(6, f.h() / 2), fill, primary && c.style.stroke() == null ? null : c.pen());
        Rgba text = primary && c.style.textColor() == null ? Palette.PAPER : c.textColor();
        c.label(c.plainText(), f, c.font(14), text, c.align(TextAlign.CENTER), 8);
    }

    private static void link(DrawContext c) {
        Font f = c.font(14).underline(true);
        Rgba color = c.style.textColor() != null ? c.textColor() : c.disabled() ? Palette.DISABLED_TEXT : Palette.ACCENT;
        if (c.is(State.FOCUSED) || c.is(State.ERROR)) c.rect(c.frame(), 3, null, c.pen());
        c.label(c.plainText(), c.b, c.is(State.SELECTED) ? f.bold(true) : f, color, c.align(TextAlign.LEFT), 4);
    }

    private static void textInput(DrawContext c, double radius, String glyph) {
        Rect f = field(c, Math.min(radius, c.b.h() / 2));
        double left = f.x() + PAD;
        if (glyph != null) {
            double g = Math.min(16, f.h() - 8);
            if (g > 4 && f.w() > 3 * g) {
                Glyphs.draw(c.p, glyph, new Rect(f.x() + PAD, f.centerY() - g / 2, g, g), c.muted(), false);
                left += g + 8;
            }
        }
        Rect text = new Rect(left, f.y(), Math.max(0, f.right() - PAD - left), f.h());
        Font font = c.font(14);
        String s = c.text.ellipsize(Text.singleLine(c.plainText()), font, text.w() - 3);
        TextAlign a = c.align(TextAlign.LEFT);
        c.label(s, text, font, c.textColor(), a, 0);
        if (c.is(State.FOCUSED)) caret(c, text, font, c.p.textWidth(s, font), a);
    }

    /** A thin vertical bar after the text, where typing would go. */
    private static void caret(DrawContext c, Rect text, Font font, double textW, TextAlign a) {
        double h = Math.min(font.size() * 1.2, text.h() - 4);
        if (h <= 2 || text.w() < 4) return;
        double x = switch (a) {
            case LEFT -> text.x() + textW + 1.5;
            case CENTER -> text.centerX() + textW / 2 + 1.5;
            case RIGHT -> text.right() - 1;
        };
        x = Math.min(x, text.right() - 1);
        c.p.line(x, text.centerY() - h / 2, x, text.centerY() + h / 2, DrawContext.pen(c.accent(), 1.5));
    }

    private static void password(DrawContext c) {
        Rect f = field(c, 4);
        Rect text = DrawContext.inset(f, PAD);
        text = new Rect(text.x(), f.y(), text.w(), f.h());
        Font font = c.font(14);
        double d = Math.min(font.size() * 0.5, f.h() - 6);
        String s = c.plainText();
        int count = s.codePointCount(0, s.length());
        int fit = d > 0 ? (int) Math.floor((text.w() - 4) / (d * 1.6)) : 0;
        int n = Math.max(0, Math.min(count, fit));
        for (int i = 0; i < n; i++) {
            c.p.ellipse(new Rect(text.x() + i * d * 1.6, f.centerY() - d / 2, d, d), c.textColor(), null);
        }
        if (c.is(State.FOCUSED)) caret(c, text, font, n * d * 1.6, TextAlign.LEFT);
    }

    private static void textArea(DrawContext c) {
        Rect f = field(c, 4);
        Rect text = DrawContext.inset(f, PAD);
        c.text.paragraph(c.plain().spans(), text, c.font(14), c.textColor(), c.align(TextAlign.LEFT), false);
        double g = Math.min(8, Math.min(f.w(), f.h()) / 4);
        if (g > 3) { // the resize grip in the corner
            Stroke s = DrawContext.pen(Palette.MUTED, 1);
            c.p.line(f.right() - 3 - g, f.bottom() - 3, f.right() - 3, f.bottom() - 3 - g, s);
            c.p.line(f.right() - 3 - g / 2, f.bottom() - 3, f.right() - 3, f.bottom() - 3 - g / 2, s);
        }
    }

    /** Box, the selected option, a chevron. */
    private static void dropdown(DrawContext c) {
        Rect f = field(c, 4);
        String label = "";
        for (Item it : c.items()) {
            if (it.selected()) { label = it.label(); break; }
        }
        Rect text = withIcon(c, f, "chevron-down");
        c.label(label, text, c.font(14), c.textColor(), c.align(TextAlign.LEFT), 0);
    }

    private static void datePicker(DrawContext c) {
        Rect f = field(c, 4);
        Rect text = withIcon(c, f, "calendar");
        if (c.item.content() instanceof Content.DateValue d && d.dayMarked()) {
            String s = d.date().getMonth().getDisplayName(TextStyle.SHORT, Locale.ENGLISH) + " " + d.date().getDayOfMonth() + ", " + d.date().getYear();
            c.label(s, text, c.font(14), c.textColor(), c.align(TextAlign.LEFT), 0);
        } else {
            c.label("Select date", text, c.font(14), c.muted(), c.align(TextAlign.LEFT), 0);
        }
    }

    /** Draws a glyph at the right end of a field; returns the room left for text. */
    private static Rect withIcon(DrawContext c, Rect f, String glyph) {
        double g = Math.min(16, f.h() - 8);
        double right = f.right() - PAD;
        if (g > 4 && f.w() > 3 * g) {
            Glyphs.draw(c.p, glyph, new Rect(f.right() - PAD - g, f.centerY() - g / 2, g, g), c.glyph(), false);
            right -= g + 8;
        }
        return new Rect(f.x() + PAD, f.y(), Math.max(0, right - f.x() - PAD), f.h());
    }

    /** [ value | − | + ] */
    private static void numberStepper(DrawContext c) {
        Rect f = field(c, 4);
        double btn = Math.min(f.h(), f.w() / 4);
        Content.Amount a = c.amount();
        String value = format(a.value());
        Rect text = new Rect(f.x() + PAD, f.y(), Math.max(0, f.w() - 2 * btn - 2 * PAD), f.h());
        c.label(value, text, c.font(14), c.textColor(), c.align(TextAlign.LEFT), 0);
        if (btn < 8) return;
        Stroke s = DrawContext.pen(c.line(), 1);
        for (int i = 0; i < 2; i++) {
            double x = f.right() - (2 - i) * btn;
            c.p.line(x, f.y(), x, f.bottom(), s);
            double g = btn * 0.5;
            Glyphs.draw(c.p, i == 0 ? "minus" : "plus", new Rect(x + (btn - g) / 2, f.centerY() - g / 2, g, g), c.glyph(), false);
        }
    }

    static String format(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e15) return Long.toString((long) v);
        String s = String.format(Locale.ROOT, "%.2f", v);
        return s.replaceAll("0+$", "").replaceAll("\\.$", "");
    }

    /** Dashed drop zone with an upload arrow above the (centred, wrapped) text. */
    private static void fileUpload(DrawContext c) {
        Rect f = c.inset(1);
        c.rect(f, 8, c.fill(Palette.LIGHT), Stroke.dashed(c.ink(), c.pen().width(), 6, 4));
        double g = Math.min(28, f.h() * 0.3);
        Rect inner = DrawContext.inset(f, PAD);
        double top = inner.y();
        if (g > 8) {
            Glyphs.draw(c.p, "upload", new Rect(f.centerX() - g / 2, f.y() + Math.max(PAD, f.h() * 0.18), g, g), c.glyph(), false);
            top = f.y() + Math.max(PAD, f.h() * 0.18) + g + 6;
        }
        Rect text = new Rect(inner.x(), top, inner.w(), Math.max(0, inner.bottom() - top));
        c.text.paragraph(c.plain().spans(), text, c.font(14), c.textColor(), c.align(TextAlign.CENTER), false);
    }
}
