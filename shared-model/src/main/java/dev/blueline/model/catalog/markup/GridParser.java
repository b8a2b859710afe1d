package dev.blueline.model.catalog.markup;

import dev.blueline.model.catalog.ContentParser;
import dev.blueline.model.catalog.content.Content;
import dev.blueline.model.catalog.content.Content.Grid;
import dev.blueline.model.catalog.content.Content.Grid.Align;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Data grid: CSV-like rows, one per line, the first non-blank line being the header.
 * <pre>
 * Name, Role, "Team, site"
 * ---, :---:, ---:
 * Ada, Engineer, "Core, Berlin"
 * </pre>
 * <ul>
 *   <li>Cells are separated by commas and trimmed; {@code "quoted, cells"} keep their commas and
 *       {@code ""} inside quotes is a quote (see {@link CsvLine}). A quote never spans lines.</li>
 *   <li>If the header line contains a tab, the grid is tab-separated instead: that is what
 *       pasting from a spreadsheet gives.</li>
 *   <li>Blank lines are ignored. Rows shorter than the header are padded with "", longer rows
 *       are cut to the header width.</li>
 *   <li>Optional alignment row right under the header, as in Markdown tables: every cell is
 *       three or more dashes, {@code :---} left, {@code :---:} centre, {@code ---:} right.</li>
 *   <li>At most {@link Limits#MAX_COLUMNS} columns and {@link Limits#MAX_ROWS} rows below the header.</li>
 * </ul>
 */
public final class GridParser implements ContentParser {
    private static final Pattern ALIGN_CELL = Pattern.compile(":?-{3,}:?");

    @Override
    public Content parse(String text) {
        List<String> lines = MarkupText.nonBlankLines(MarkupText.normalize(text));
        if (lines.isEmpty()) return new Grid(List.of(), List.of(), List.of());
        char delimiter = lines.getFirst().indexOf('\t') >= 0 ? '\t' : ',';
        List<String> header = CsvLine.split(lines.getFirst(), delimiter, Limits.MAX_COLUMNS);
        int width = header.size();

        List<Align> align = List.of();
        int first = 1;
        if (lines.size() > 1) {
            List<String> second = CsvLine.split(lines.get(1), delimiter, width);
            if (isAlignmentRow(second)) {
                align = second.stream().map(GridParser::alignOf).toList();
                first = 2;
            }
        }
        List<List<String>> rows = new ArrayList<>();
        for (int i = first; i < lines.size() && rows.size() < Limits.MAX_ROWS; i++) {
            rows.add(CsvLine.split(lines.get(i), delimiter, width));
        }
        return new Grid(header, rows, align);
    }

    private static boolean isAlignmentRow(List<String> cells) {
        if (cells.isEmpty()) return false;
        for (String c : cells) {
            if (!ALIGN_CELL.matcher(c).matches()) return false;
        }
        return true;
    }

    private static Align alignOf(String cell) {
        boolean left = cell.startsWith(":");
        boolean right = cell.endsWith(":");
        if (left && right) return Align.CENTER;
        return right ? Align.RIGHT : Align.LEFT;
    }
}
