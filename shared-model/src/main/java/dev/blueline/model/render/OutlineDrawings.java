package dev.blueline.model.render;

import dev.blueline.model.catalog.content.Content.CheckState;
import dev.blueline.model.catalog.content.Content.Outline.Node;
import dev.blueline.model.geometry.Rect;

import java.util.List;
import java.util.Optional;

/** Tree and list: one row per visible line, indented by level; drawing stops at the bottom. */
final class OutlineDrawings {
    private static final double INDENT = 16;

    private OutlineDrawings() {
    }

    static void register(Drawing.Registry r) {
        r.add("tree", c -> outline(c, true));
        r.add("list", c -> outline(c, false));
    }

    private static void outline(DrawContext c, boolean tree) {
        Rect area = tree ? c.frame() : c.b;
        if (tree) c.rect(area, 4, c.fill(Palette.PAPER), c.pen());
        Font font = c.font(14);
        double row = Math.max(font.size() * 1.6, 1);
        Walk w = new Walk(c, tree ? DrawContext.inset(area, 6) : area, font, row, tree);
        w.nodes(c.outline().roots(), 0, c.outline().numbered());
    }

    private static final class Walk {
        final DrawContext c;
        final Rect area;
        final Font font;
        final double row;
        final boolean tree;
        double y;

        Walk(DrawContext c, Rect area, Font font, double row, boolean tree) {
            this.c = c;
            this.area = area;
            this.font = Text.fitHeight(font, row) == null ? font : Text.fitHeight(font, row);
            this.row = row;
            this.tree = tree;
            this.y = area.y();
        }

        /** False once the rows reach the bottom. */
        boolean nodes(List<Node> nodes, int level, boolean numbered) {
            for (int i = 0; i < nodes.size(); i++) {
                Node n = nodes.get(i);
                if (y + row > area.bottom()) return false;
                draw(n, level, numbered ? (i + 1) + "." : null);
                y += row;
                boolean showChildren = !tree || n.expanded();
                if (showChildren && !nodes(n.children(), level + 1, numbered)) return false;
            }
            return true;
        }

        private void draw(Node n, int level, String number) {
            Rect r = new Rect(area.x(), y, area.w(), row);
            double x = area.x() + Math.min(level * INDENT, Math.max(0, area.w() - 3 * INDENT));
            double m = Math.min(12, row * 0.7);
            double my = r.centerY() - m / 2;
            if (x + m > area.right()) return;
            if (tree) {
                if (!n.children().isEmpty()) {
                    Glyphs.draw(c.p, n.expanded() ? "chevron-down" : "chevron-right", new Rect(x, my, m, m), c.glyph(), false);
                }
                x += m + 4;
            } else if (n.check().isEmpty()) {
                x = bullet(x, r, level, number, m);
            }
            Optional<CheckState> check = n.check();
            if (check.isPresent() && x + m <= area.right()) {
                checkBox(c, new Rect(x, my, m, m), check.get());
                x += m + 6;
            }
            boolean done = check.isPresent() && check.get() == CheckState.CHECKED;
            c.label(n.label(), new Rect(x, r.y(), Math.max(0, area.right() - x), row), font,
                    done ? c.muted() : c.textColor(), TextAlign.LEFT, 0);
        }

        private double bullet(double x, Rect r, int level, String number, double m) {
            if (number != null) {
                double w = Math.min(c.p.textWidth("00.", font), Math.max(0, area.right() - x));
                c.label(number, new Rect(x, r.y(), w, row), font, c.textColor(), TextAlign.RIGHT, 0);
                return x + w + 6;
            }
            double d = Math.max(2, m * 0.4);
            Rect dot = new Rect(x + (m - d) / 2, r.centerY() - d / 2, d, d);
            if (level % 2 == 0) c.p.ellipse(dot, c.textColor(), null);
            else c.p.ellipse(dot, null, DrawContext.pen(c.textColor(), 1));
            return x + m + 4;
        }
    }

    /** A small check box: a tick when checked, a dash when mixed. Shared with the checkbox control. */
    static void checkBox(DrawContext c, Rect box, CheckState state) {
        boolean on = state != CheckState.UNCHECKED;
        Rect r = DrawContext.inset(box, 0.75);
        c.rect(r, Math.min(3, r.w() / 4), on ? c.accentFill() : c.fill(Palette.PAPER), on ? null : DrawContext.pen(c.ink(), 1.5));
        if (state == CheckState.CHECKED) Glyphs.draw(c.p, "check", DrawContext.inset(r, r.w() * 0.05), Palette.PAPER, false);
        if (state == CheckState.MIXED) {
            double w = Math.max(1, r.w() / 8);
            c.p.line(r.x() + r.w() * 0.25, r.centerY(), r.right() - r.w() * 0.25, r.centerY(), DrawContext.pen(Palette.PAPER, w));
        }
    }
}
