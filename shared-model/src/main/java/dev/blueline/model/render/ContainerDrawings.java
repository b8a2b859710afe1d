package dev.blueline.model.render;

import dev.blueline.model.catalog.content.Content.Items.Item;
import dev.blueline.model.geometry.Rect;

import java.util.List;

/** Containers: device and window frames, panel, modal, tabs, accordion, group. Children draw over them. */
final class ContainerDrawings {
    private ContainerDrawings() {
    }

    static void register(Drawing.Registry r) {
        r.add("browser-window", ContainerDrawings::browserWindow);
        r.add("phone", c -> device(c, 0.14, 10, true));
        r.add("tablet", c -> device(c, 0.06, 18, false));
        r.add("panel", ContainerDrawings::panel);
        r.add("modal", ContainerDrawings::modal);
        r.add("tabs", ContainerDrawings::tabs);
        r.add("accordion", ContainerDrawings::accordion);
        r.add("group", c -> { }); // invisible by design: only its children show (the editor outlines it when selected)
        // an instance shows its master's elements, which need the document: ScreenRenderer.drawComponent
        r.add("component", c -> { });
    }

    private static void browserWindow(DrawContext c) {
        Rect f = c.frame();
        double bar = Math.min(36, f.h() / 3);
        c.rect(f, 6, c.fill(Palette.PAPER), null);
        double[][] top = Shapes.roundedRect(new Rect(f.x(), f.y(), f.w(), bar), 6, 6, 0, 0);
        c.p.path(top[0], top[1], true, Palette.LIGHT, null);
        c.p.line(f.x(), f.y() + bar, f.right(), f.y() + bar, c.pen());
        c.rect(f, 6, null, c.pen());
        double d = Math.min(10, bar * 0.35);
        double dots = 0;
        if (f.w() > 6 * d) {
            for (int i = 0; i < 3; i++) {
                c.p.ellipse(new Rect(f.x() + d + i * d * 1.6, f.y() + bar / 2 - d / 2, d, d), c.line(), null);
            }
            dots = 5.8 * d;
        }
        Rect url = new Rect(f.x() + dots + 8, f.y() + bar * 0.2, f.w() - dots - 16, bar * 0.6);
        if (url.w() > 24 && url.h() > 8) {
            c.rect(url, url.h() / 2, Palette.PAPER, DrawContext.pen(c.line(), 1));
            c.label(c.plainText(), url, c.font(12), c.muted(), TextAlign.LEFT, url.h() / 2);
        }
    }

    private static void device(DrawContext c, double cornerRatio, double bezel, boolean phone) {
        Rect f = c.inset(1);
        double radius = Math.min(f.w(), f.h()) * cornerRatio;
        c.rect(f, radius, Palette.PAPER, DrawContext.pen(c.ink(), 2));
        Rect screen = DrawContext.inset(f, Math.min(bezel, Math.min(f.w(), f.h()) / 6));
        c.rect(screen, Math.max(0, radius - bezel), c.fill(Palette.PAPER), DrawContext.pen(c.line(), 1));
        double s = Math.min(screen.w(), screen.h());
        if (phone) { // the camera island and the home indicator
            double iw = Math.min(screen.w() * 0.3, 110), ih = Math.min(s * 0.04, 26);
            c.rect(new Rect(screen.centerX() - iw / 2, screen.y() + ih * 0.5, iw, ih), ih / 2, c.ink(), null);
            double hw = Math.min(screen.w() * 0.35, 140);
            c.rect(new Rect(screen.centerX() - hw / 2, screen.bottom() - ih * 0.7, hw, Math.max(1, ih * 0.2)), ih * 0.1, c.ink(), null);
        } else {
            double cam = Math.min(bezel * 0.4, (screen.y() - f.y()) * 0.6);
            if (cam > 1) c.p.ellipse(new Rect(f.centerX() - cam / 2, (f.y() + screen.y()) / 2 - cam / 2, cam, cam), c.ink(), null);
        }
    }

    private static void panel(DrawContext c) {
        Rect f = c.frame();
        c.rect(f, 6, c.fill(Palette.PAPER), null);
        if (!c.plainText().isBlank() && f.h() > 20) {
            double bar = Math.min(40, f.h() / 2);
            double[][] top = Shapes.roundedRect(new Rect(f.x(), f.y(), f.w(), bar), 6, 6, 0, 0);
            c.p.path(top[0], top[1], true, c.disabled() ? Palette.DISABLED_FILL : Palette.LIGHT, null);
            c.p.line(f.x(), f.y() + bar, f.right(), f.y() + bar, DrawContext.pen(c.line(), 1));
            c.text.paragraph(c.plain().spans(), DrawContext.inset(new Rect(f.x(), f.y(), f.w(), bar), 12),
                    c.font(14).bold(true), c.textColor(), c.align(TextAlign.LEFT), true);
        }
        c.rect(f, 6, null, c.pen());
    }

    private static void modal(DrawContext c) {
        Rect b = c.b;
        double off = Math.min(6, Math.min(b.w(), b.h()) / 10);
        Rect box = new Rect(b.x() + 0.5, b.y() + 0.5, b.w() - off - 1, b.h() - off - 1);
        c.rect(new Rect(b.x() + off, b.y() + off, b.w() - off, b.h() - off), 8, Palette.SHADOW, null);
        c.rect(box, 8, c.fill(Palette.PAPER), c.pen());
        double bar = Math.min(48, box.h() / 2);
        double x = Math.min(16, box.h() / 3);
        Rect close = new Rect(box.right() - 12 - x, box.y() + bar / 2 - x / 2, x, x);
        Rect title = new Rect(box.x() + 16, box.y(), Math.max(0, close.x() - box.x() - 24), bar);
        c.label(c.plainText(), title, c.font(16).bold(true), c.textColor(), c.align(TextAlign.LEFT), 0);
        if (close.w() > 4 && box.w() > 3 * x) Glyphs.draw(c.p, "close", close, c.glyph(), c.skin == Skin.SKETCH);
        if (box.h() > bar + 8) c.p.line(box.x(), box.y() + bar, box.right(), box.y() + bar, DrawContext.pen(c.line(), 1));
    }

    private static void tabs(DrawContext c) {
        Rect f = c.frame();
        double strip = Math.min(36, f.h());
        Font font = c.font(14);
        Stroke pen = c.pen();
        Rect body = new Rect(f.x(), f.y() + strip, f.w(), f.h() - strip);
        c.rect(body, 0, c.fill(Palette.PAPER), null);
        List<Item> items = c.items();
        double x = f.x(), selLeft = f.x(), selRight = f.x();
        for (Item it : items) {
            double w = Math.min(c.p.textWidth(it.label(), font) + 28, f.right() - x);
            if (w < 24) break;
            Rect tab = new Rect(x, f.y() + (it.selected() ? 0 : 3), w, strip - (it.selected() ? 0 : 3));
            double[][] shape = Shapes.roundedRect(tab, 5, 5, 0, 0);
            if (it.selected()) {
                c.p.path(shape[0], shape[1], true, c.fill(Palette.PAPER), null);
                c.p.path(shape[0], shape[1], false, null, pen); // open: no line along the bottom, it joins the body
                selLeft = tab.x();
                selRight = tab.right();
            } else {
                c.p.path(shape[0], shape[1], true, c.disabled() ? Palette.DISABLED_FILL : Palette.LIGHT, pen);
            }
            Font tf = it.selected() ? font.bold(true) : font;
            c.label(it.label(), tab, tf, it.disabled() ? c.muted() : c.textColor(), TextAlign.CENTER, 8);
            x += w;
        }
        if (body.h() <= 0) return;
        double top = body.y();
        double[] xs = {selLeft, f.x(), f.x(), f.right(), f.right(), selRight};
        double[] ys = {top, top, f.bottom(), f.bottom(), top, top};
        c.p.path(xs, ys, false, null, pen);
    }

    private static void accordion(DrawContext c) {
        Rect f = c.frame();
        List<Item> items = c.items();
        double header = Math.min(36, f.h());
        int shown = (int) Math.min(items.size(), Math.floor(f.h() / header));
        long open = items.stream().limit(shown).filter(Item::selected).count();
        double bodyH = open == 0 ? 0 : Math.max(0, (f.h() - shown * header) / open);
        c.rect(f, 4, c.fill(Palette.PAPER), null);
        Font font = c.font(14);
        double y = f.y();
        for (int i = 0; i < shown; i++) {
            Item it = items.get(i);
            Rect head = new Rect(f.x(), y, f.w(), header);
            c.rect(head, 0, c.disabled() ? Palette.DISABLED_FILL : Palette.LIGHT, DrawContext.pen(c.line(), 1));
            double g = Math.min(14, header * 0.45);
            Rect chevron = new Rect(head.right() - 10 - g, head.centerY() - g / 2, g, g);
            if (head.w() > 3 * g) Glyphs.draw(c.p, it.selected() ? "chevron-down" : "chevron-right", chevron, c.glyph(), c.skin == Skin.SKETCH);
            Rect label = new Rect(head.x(), head.y(), Math.max(0, chevron.x() - head.x()), header);
            c.label(it.label(), label, it.selected() ? font.bold(true) : font, it.disabled() ? c.muted() : c.textColor(), TextAlign.LEFT, 12);
            y += header + (it.selected() ? bodyH : 0);
        }
        c.rect(f, 4, null, c.pen());
    }
}
