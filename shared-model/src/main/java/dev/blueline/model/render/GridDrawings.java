package dev.blueline.model.render;

import dev.blueline.model.catalog.content.Content;
import dev.blueline.model.catalog.content.Content.Grid;
import dev.blueline.model.geometry.Rect;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;

/** Tables of cells: the data grid and the month calendar. Rows below the bottom are never drawn. */
final class GridDrawings {
    /** Rows sampled to size the columns: enough to judge, cheap on a 1,000-row grid. */
    private static final int SAMPLE_ROWS = 20;
    private static final double MIN_COLUMN = 40;

    private GridDrawings() {
    }

    static void register(Drawing.Registry r) {
        r.add("data-grid", GridDrawings::dataGrid);
        r.add("calendar", GridDrawings::calendar);
    }

    private static void dataGrid(DrawContext c) {
        Rect f = c.frame();
        c.rect(f, 2, c.fill(Palette.PAPER), null);
        Grid g = c.item.content() instanceof Grid gr ? gr : new Grid(List.of(), List.of());
        Font font = c.font(13);
        double row = Math.max(font.size() * 2.2, 4);
        int cols = (int) Math.min(g.columns(), Math.max(1, Math.floor(f.w() / MIN_COLUMN)));
        double[] edges = columnEdges(g, cols, f, font);
        Stroke lines = DrawContext.pen(c.line(), 1);
        double y = f.y();
        if (cols > 0 && row <= f.h()) {
            c.rect(new Rect(f.x(), y, f.w(), row), 0, c.disabled() ? Palette.DISABLED_FILL : Palette.LIGHT, null);
            cells(c, g, g.header(), edges, y, row, font.bold(true));
            y += row;
            for (List<String> cells : g.rows()) {
                if (y + row > f.bottom() + 0.01) break;
                c.p.line(f.x(), y, f.right(), y, lines);
                cells(c, g, cells, edges, y, row, font);
                y += row;
            }
            for (int i = 1; i < cols; i++) c.p.line(edges[i], f.y(), edges[i], y, lines);
        }
        c.rect(f, 2, null, c.pen());
    }

    /** Column boundaries, proportional to the longest text in each column (within limits). */
    private static double[] columnEdges(Grid g, int cols, Rect f, Font font) {
        double[] weight = new double[Math.max(cols, 0)];
        double total = 0;
        for (int i = 0; i < cols; i++) {
            int longest = g.header().get(i).length();
            for (int r = 0; r < Math.min(SAMPLE_ROWS, g.rows().size()); r++) longest = Math.max(longest, g.rows().get(r).get(i).length());
            weight[i] = Math.max(4, Math.min(30, longest));
            total += weight[i];
        }
        double[] edges = new double[cols + 1];
        edges[0] = f.x();
        for (int i = 0; i < cols; i++) edges[i + 1] = edges[i] + f.w() * weight[i] / total;
        if (cols > 0) edges[cols] = f.right();
        return edges;
    }

    private static void cells(DrawContext c, Grid g, List<String> cells, double[] edges, double y, double row, Font font) {
        for (int i = 0; i + 1 < edges.length; i++) {
            TextAlign a = switch (g.align().get(i)) {
                case LEFT -> TextAlign.LEFT;
                case CENTER -> TextAlign.CENTER;
                case RIGHT -> TextAlign.RIGHT;
            };
            c.label(cells.get(i), new Rect(edges[i], y, edges[i + 1] - edges[i], row), font, c.textColor(), a, 8);
        }
    }

    /** Month title, weekday initials, six weeks from Monday; the marked day in a filled circle. */
    private static void calendar(DrawContext c) {
        Rect f = c.frame();
        c.rect(f, 6, c.fill(Palette.PAPER), c.pen());
        Content.DateValue dv = c.item.content() instanceof Content.DateValue d ? d : new Content.DateValue(LocalDate.of(2026, 1, 1), false);
        YearMonth month = dv.month();
        Rect in = DrawContext.inset(f, 8);
        double cell = in.h() / 8; // title + weekdays + 6 weeks
        double col = in.w() / 7;
        if (cell < 4 || col < 4) return;
        Font font = c.font(Math.min(13, cell * 0.55));
        Rect title = new Rect(in.x(), in.y(), in.w(), cell);
        String name = month.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH) + " " + month.getYear();
        c.label(name, title, font.bold(true), c.textColor(), TextAlign.CENTER, col);
        double g = Math.min(cell * 0.5, col * 0.6);
        Glyphs.draw(c.p, "chevron-left", new Rect(in.x() + (col - g) / 2, title.centerY() - g / 2, g, g), c.glyph(), false);
        Glyphs.draw(c.p, "chevron-right", new Rect(in.right() - (col + g) / 2, title.centerY() - g / 2, g, g), c.glyph(), false);
        for (int d = 0; d < 7; d++) {
            String day = DayOfWeek.of(d + 1).getDisplayName(TextStyle.SHORT, Locale.ENGLISH).substring(0, 2);
            c.label(day, new Rect(in.x() + d * col, in.y() + cell, col, cell), font, c.muted(), TextAlign.CENTER, 0);
        }
        int offset = month.atDay(1).getDayOfWeek().getValue() - 1;
        for (int day = 1; day <= month.lengthOfMonth(); day++) {
            int i = offset + day - 1;
            Rect r = new Rect(in.x() + (i % 7) * col, in.y() + (2 + i / 7) * cell, col, cell);
            boolean marked = dv.dayMarked() && day == dv.date().getDayOfMonth();
            if (marked) {
                double d = Math.min(col, cell) - 2;
                c.p.ellipse(new Rect(r.centerX() - d / 2, r.centerY() - d / 2, d, d), c.accent(), null);
            }
            c.label(Integer.toString(day), r, marked ? font.bold(true) : font, marked ? Palette.PAPER : c.textColor(), TextAlign.CENTER, 0);
        }
    }
}
