package dev.blueline.model.export;

import dev.blueline.model.catalog.content.Content;
import dev.blueline.model.catalog.content.Content.Series.Point;
import dev.blueline.model.geometry.Rect;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Controls that show data: a TableView with its rows, a list, Bar and Line charts with their
 * series, and drawn stand-ins where JavaFX has no FXML-ready control (pie, calendar, rating).
 */
final class FxmlData {
    private FxmlData() {
    }

    static FxmlNode of(ExportElement e, FxmlVariables vars) {
        Content c = e.content();
        return switch (e.typeId()) {
            case "data-grid" -> table(FxmlContent.grid(c).orElse(new Content.Grid(List.of(), List.of())), e.bounds());
            case "list" -> list(FxmlContent.outline(c), FxmlContent.numbered(c));
            case "bar-chart" -> xyChart("BarChart", FxmlContent.points(c), vars);
            case "line-chart" -> xyChart("LineChart", FxmlContent.points(c), vars);
            case "pie-chart" -> pie(FxmlContent.points(c), e.bounds());
            case "calendar" -> calendar(FxmlContent.date(c).map(Content.DateValue::date).orElse(LocalDate.of(2026, 1, 1)),
                    FxmlContent.date(c).map(Content.DateValue::dayMarked).orElse(false), e.bounds());
            case "rating" -> FxmlNode.of("Label").attr("text", stars(c));
            default -> throw new IllegalArgumentException(e.typeId());
        };
    }

    /**
     * Rows are maps from column keys ({@code c0}, {@code c1}…: header texts are not always valid
     * attribute names) to cell texts, shown through {@code MapValueFactory}.
     */
    private static FxmlNode table(Content.Grid g, Rect b) {
        double width = g.columns() == 0 ? 0 : Math.floor((b.w() - 2) / g.columns());
        List<FxmlNode> columns = new ArrayList<>();
        for (int i = 0; i < g.columns(); i++) {
            FxmlNode col = FxmlNode.of("TableColumn").attr("text", g.header().get(i)).attr("prefWidth", width)
                    .property("cellValueFactory", FxmlNode.of("MapValueFactory").attr("key", "c" + i));
            switch (g.align().get(i)) {
                case CENTER -> col.style("-fx-alignment: CENTER;");
                case RIGHT -> col.style("-fx-alignment: CENTER-RIGHT;");
                case LEFT -> { }
            }
            columns.add(col);
        }
        List<FxmlNode> rows = new ArrayList<>();
        for (List<String> row : g.rows()) {
            FxmlNode map = FxmlNode.of("HashMap");
            for (int i = 0; i < row.size(); i++) map.attr("c" + i, row.get(i));
            rows.add(map);
        }
        FxmlNode table = FxmlNode.of("TableView").attr("editable", "false");
        if (!columns.isEmpty()) table.property("columns", columns);
        if (!rows.isEmpty()) table.property("items", FxmlNode.list(rows));
        return table;
    }

    /** One row per visible line: a CheckBox for checklist lines, else a bullet or number and the text. */
    private static FxmlNode list(List<Content.Outline.Node> roots, boolean numbered) {
        FxmlNode column = FxmlNode.of("VBox");
        for (FxmlContent.Line line : FxmlContent.lines(roots)) {
            Content.Outline.Node n = line.node();
            FxmlNode row = n.check().isPresent()
                    ? FxmlNode.of("CheckBox").attr("text", n.label()).flag("selected", n.check().get() == Content.CheckState.CHECKED)
                    : FxmlNode.of("Label").attr("text", (numbered ? line.number() + ". " : "\u2022 ") + n.label());
            if (line.depth() > 0) row.style("-fx-padding: 0 0 0 " + 20 * line.depth() + ";");
            column.child(row);
        }
        return column;
    }

    /**
     * One series over a category axis. FXML passes attribute values to {@code XYChart.Data} as
     * strings, which a NumberAxis refuses, so each value is a {@code Double} defined once and
     * referenced ({@code YValue="$v3"}).
     */
    private static FxmlNode xyChart(String tag, List<Point> points, FxmlVariables vars) {
        FxmlNode chart = FxmlNode.of(tag).attr("animated", "false").attr("legendVisible", "false");
        FxmlNode define = FxmlNode.of("fx:define");
        List<FxmlNode> data = new ArrayList<>();
        for (int i = 0; i < points.size(); i++) {
            Point p = points.get(i);
            String var = vars.next();
            define.add(FxmlNode.of("Double").raw("fx:id", var).raw("fx:value", FxmlNode.num(p.value())));
            String label = p.label().isBlank() ? Integer.toString(i + 1) : p.label();
            data.add(FxmlNode.of("XYChart.Data").attr("XValue", label).raw("YValue", "$" + var));
        }
        if (!data.isEmpty()) chart.add(define);
        chart.property("xAxis", FxmlNode.of("CategoryAxis"));
        chart.property("yAxis", FxmlNode.of("NumberAxis"));
        FxmlNode series = FxmlNode.of("XYChart.Series").property("data", FxmlNode.list(data));
        return chart.property("data", FxmlNode.list(List.of(series)));
    }

    /** Drawn with arcs: {@code PieChart.Data} has no constructor FXML can call. Clockwise from the top. */
    private static FxmlNode pie(List<Point> points, Rect b) {
        FxmlNode pane = FxmlNode.of("Pane");
        double total = points.stream().mapToDouble(p -> Math.max(0, p.value())).sum();
        double r = Math.max(0, Math.min(b.w(), b.h()) / 2 - 2), start = 90;
        for (int i = 0; i < points.size() && total > 0; i++) {
            double sweep = 360 * Math.max(0, points.get(i).value()) / total;
            pane.child(FxmlNode.of("Arc").attr("centerX", b.w() / 2).attr("centerY", b.h() / 2).attr("radiusX", r).attr("radiusY", r)
                    .attr("startAngle", start).attr("length", -sweep).attr("type", "ROUND")
                    .styleClass("bl-slice", "bl-slice-" + i % 6));
            start -= sweep;
        }
        return pane;
    }

    /** A month: title, weekday initials, days in a grid of labels (weeks start on Monday). */
    private static FxmlNode calendar(LocalDate date, boolean marked, Rect b) {
        YearMonth month = YearMonth.from(date);
        int offset = month.atDay(1).getDayOfWeek().getValue() - 1;
        int weeks = (offset + month.lengthOfMonth() + 6) / 7;
        double title = Math.min(36, b.h() / 4), cw = b.w() / 7, ch = Math.max(0, (b.h() - title) / (weeks + 1));
        FxmlNode grid = FxmlNode.of("GridPane");
        for (int d = 0; d < 7; d++) {
            String name = DayOfWeek.of(d + 1).getDisplayName(TextStyle.NARROW, Locale.ENGLISH);
            grid.child(cell(name, "bl-calendar-weekday", d, 0, cw, ch));
        }
        for (int day = 1; day <= month.lengthOfMonth(); day++) {
            int slot = offset + day - 1;
            FxmlNode cell = cell(Integer.toString(day), "bl-calendar-day", slot % 7, slot / 7 + 1, cw, ch);
            if (marked && day == date.getDayOfMonth()) cell.styleClass("bl-current");
            grid.child(cell);
        }
        String heading = month.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH) + " " + month.getYear();
        return FxmlNode.of("VBox")
                .child(FxmlNode.of("Label").attr("text", heading).styleClass("bl-calendar-title").size(b.w(), title))
                .child(grid);
    }

    private static FxmlNode cell(String text, String cls, int column, int row, double w, double h) {
        return FxmlNode.of("Label").attr("text", text).styleClass(cls).size(w, h)
                .attr("GridPane.columnIndex", column).attr("GridPane.rowIndex", row);
    }

    /** "★★★★☆" for 4 of 5, as many stars as the canvas draws (at most 10). */
    private static String stars(Content c) {
        Content.Amount a = FxmlContent.amount(c).orElse(new Content.Amount(0, 0, 5, ""));
        int max = (int) Math.max(1, Math.min(10, Math.round(a.max())));
        int full = (int) Math.max(0, Math.min(max, Math.round(a.value())));
        String label = a.label().isBlank() ? "" : "  " + a.label();
        return "\u2605".repeat(full) + "\u2606".repeat(max - full) + label;
    }
}
