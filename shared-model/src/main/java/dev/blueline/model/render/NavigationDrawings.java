package dev.blueline.model.render;

import dev.blueline.model.catalog.content.Content.Items.Item;
import dev.blueline.model.geometry.Rect;

import java.util.List;

/** Navigation: bars, breadcrumbs, menus, pagination, stepper; the current item is highlighted. */
final class NavigationDrawings {
    private NavigationDrawings() {
    }

    static void register(Drawing.Registry r) {
        r.add("nav-bar", NavigationDrawings::navBar);
        r.add("link-bar", NavigationDrawings::linkBar);
        r.add("breadcrumbs", NavigationDrawings::breadcrumbs);
        r.add("vertical-menu", NavigationDrawings::verticalMenu);
        r.add("pagination", NavigationDrawings::pagination);
        r.add("stepper", NavigationDrawings::stepper);
    }

    /** The first item is the product name, bold on the left; the others are menu entries. */
    private static void navBar(DrawContext c) {
        Rect f = c.frame();
        c.rect(f, 0, c.fill(Palette.LIGHT), null);
        c.p.line(f.x(), f.bottom(), f.right(), f.bottom(), c.pen());
        List<Item> items = c.items();
        Font font = c.font(14);
        double x = f.x() + 16;
        for (int i = 0; i < items.size(); i++) {
            Item it = items.get(i);
            boolean brand = i == 0 && items.size() > 1 && !it.selected();
            Font ff = brand ? font.sized(font.size() * 1.15).bold(true) : it.selected() ? font.bold(true) : font;
            double w = Math.min(c.p.textWidth(it.label(), ff), f.right() - 16 - x);
            if (w < ff.size()) break;
            Rect slot = new Rect(x, f.y(), w, f.h());
            Rgba color = it.disabled() ? c.muted() : it.selected() ? c.accent() : c.textColor();
            c.label(it.label(), slot, ff, color, TextAlign.LEFT, 0);
            if (it.selected() && f.h() > ff.size() + 8) {
                c.rect(new Rect(x, f.bottom() - 3, w, 2.5), 1, c.accent(), null);
            }
            x += w + (brand ? 40 : 28);
        }
    }

    private static void linkBar(DrawContext c) {
        c.rect(c.b, 0, c.fill(null), null); // no background unless the designer gives one
        List<Item> items = c.items();
        Font font = c.font(14);
        double x = c.b.x() + 2;
        for (Item it : items) {
            Font ff = it.selected() ? font.bold(true) : font.underline(true);
            double w = Math.min(c.p.textWidth(it.label(), ff), c.b.right() - x - 2);
            if (w < ff.size()) break;
            Rgba color = it.disabled() ? c.muted() : it.selected() ? c.textColor() : c.accent();
            c.label(it.label(), new Rect(x, c.b.y(), w, c.b.h()), ff, color, TextAlign.LEFT, 0);
            x += w + 20;
        }
    }

    private static void breadcrumbs(DrawContext c) {
        List<Item> items = c.items();
        Font font = c.font(14);
        double g = Math.min(12, c.b.h() * 0.6);
        double x = c.b.x() + 1;
        for (int i = 0; i < items.size(); i++) {
            Item it = items.get(i);
            boolean last = i == items.size() - 1;
            Font ff = it.selected() ? font.bold(true) : font;
            double w = Math.min(c.p.textWidth(it.label(), ff), c.b.right() - x - 1);
            if (w < ff.size()) break;
            Rgba color = it.disabled() ? c.muted() : it.selected() ? c.textColor() : c.accent();
            c.label(it.label(), new Rect(x, c.b.y(), w, c.b.h()), ff, color, TextAlign.LEFT, 0);
            x += w + 6;
            if (!last && x + g < c.b.right()) {
                Glyphs.draw(c.p, "chevron-right", new Rect(x, c.b.centerY() - g / 2, g, g), Palette.MUTED, false);
                x += g + 6;
            }
        }
    }

    private static void verticalMenu(DrawContext c) {
        Rect f = c.frame();
        c.rect(f, 4, c.fill(Palette.PAPER), null);
        Font font = c.font(14);
        double row = Math.min(36, font.size() * 2.2);
        double y = f.y() + 4;
        for (Item it : c.items()) {
            if (y + row > f.bottom() - 4) break;
            Rect r = new Rect(f.x() + 4, y, f.w() - 8, row);
            if (it.selected()) {
                c.rect(r, 4, c.disabled() ? Palette.DISABLED_FILL : Palette.ACCENT_LIGHT, null);
                c.rect(new Rect(r.x(), r.y() + 4, 3, Math.max(0, row - 8)), 1.5, c.accent(), null);
            }
            Rgba color = it.disabled() ? c.muted() : it.selected() ? c.accent() : c.textColor();
            c.label(it.label(), r, it.selected() ? font.bold(true) : font, color, TextAlign.LEFT, 12);
            y += row;
        }
        c.rect(f, 4, null, c.pen());
    }

    /** Page boxes between a previous and a next arrow; the current page is filled. */
    private static void pagination(DrawContext c) {
        Rect b = c.inset(0.5);
        double box = Math.min(b.h(), 36);
        if (b.w() < 2 * box) return;
        double y = b.centerY() - box / 2;
        Font font = c.font(14);
        Stroke pen = DrawContext.pen(c.line(), 1);
        double g = box * 0.45;
        c.rect(new Rect(b.x(), y, box, box), 4, c.fill(Palette.PAPER), pen);
        Glyphs.draw(c.p, "chevron-left", new Rect(b.x() + (box - g) / 2, y + (box - g) / 2, g, g), c.glyph(), false);
        double end = b.right() - box;
        double x = b.x() + box + 4;
        for (Item it : c.items()) {
            double w = Math.max(box, c.p.textWidth(it.label(), font) + 12);
            if (x + w > end - 4) break;
            Rect page = new Rect(x, y, w, box);
            boolean cur = it.selected();
            c.rect(page, 4, cur ? c.accent() : c.fill(Palette.PAPER), cur ? null : pen);
            Rgba color = cur ? Palette.PAPER : it.disabled() ? c.muted() : c.textColor();
            c.label(it.label(), page, cur ? font.bold(true) : font, color, TextAlign.CENTER, 4);
            x += w + 4;
        }
        c.rect(new Rect(end, y, box, box), 4, c.fill(Palette.PAPER), pen);
        Glyphs.draw(c.p, "chevron-right", new Rect(end + (box - g) / 2, y + (box - g) / 2, g, g), c.glyph(), false);
    }

    /** Numbered circles joined by lines: done steps checked, the current one filled. */
    private static void stepper(DrawContext c) {
        List<Item> items = c.items();
        if (items.isEmpty()) return;
        Rect b = c.inset(1);
        int current = -1;
        for (int i = 0; i < items.size() && current < 0; i++) if (items.get(i).selected()) current = i;
        int n = (int) Math.min(items.size(), Math.max(1, Math.floor(b.w() / 48)));
        double seg = b.w() / n;
        double d = Math.min(24, Math.min(b.h(), seg - 4));
        if (d < 6) return;
        Font font = c.font(14);
        Font numberFont = font.sized(Math.min(font.size(), d * 0.55)).bold(true);
        for (int i = 0; i < n; i++) {
            Item it = items.get(i);
            double x = b.x() + i * seg;
            Rect dot = new Rect(x, b.centerY() - d / 2, d, d);
            boolean done = i < current, now = i == current;
            c.p.ellipse(dot, done || now ? c.accent() : c.fill(Palette.PAPER), done || now ? null : DrawContext.pen(c.ink(), 1));
            if (done) Glyphs.draw(c.p, "check", DrawContext.inset(dot, d * 0.15), Palette.PAPER, false);
            else c.label(Integer.toString(i + 1), dot, numberFont, now ? Palette.PAPER : c.textColor(), TextAlign.CENTER, 0);
            double textW = Math.min(c.p.textWidth(it.label(), now ? font.bold(true) : font), seg - d - 16);
            Rect label = new Rect(dot.right() + 6, b.y(), Math.max(0, textW), b.h());
            c.label(it.label(), label, now ? font.bold(true) : font, it.disabled() ? c.muted() : c.textColor(), TextAlign.LEFT, 0);
            double lineFrom = label.right() + 6, lineTo = x + seg - 4;
            if (i < n - 1 && lineTo - lineFrom > 6) {
                c.p.line(lineFrom, b.centerY(), lineTo, b.centerY(), DrawContext.pen(i < current ? c.accent() : c.line(), 1.5));
            }
        }
    }
}
