package dev.blueline.model.catalog.markup;

import dev.blueline.model.catalog.ContentParser;
import dev.blueline.model.catalog.content.Content;
import dev.blueline.model.catalog.content.Content.Series;
import dev.blueline.model.catalog.content.Content.Series.Point;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;

/**
 * Bar, line and pie charts: points separated by commas or new lines, each {@code label: value}
 * or a bare value ({@code Jan: 10, Feb: 20} or {@code 10, 20, 35}). {@code 65%} reads as 65.
 * <ul>
 *   <li>The value is after the last colon, so labels may contain colons ({@code 10:30: 4}).</li>
 *   <li>Points whose value is not a number are skipped, as are empty parts ({@code ,,,}).
 *       A decimal comma is not supported: {@code 1,5} is two points.</li>
 *   <li>Pie charts also skip zero and negative values: they have no slice to draw.</li>
 *   <li>At most {@link Limits#MAX_POINTS} points.</li>
 * </ul>
 */
public final class SeriesParser implements ContentParser {
    private final boolean positiveOnly;

    private SeriesParser(boolean positiveOnly) {
        this.positiveOnly = positiveOnly;
    }

    public static SeriesParser anyValues() {
        return new SeriesParser(false);
    }

    public static SeriesParser positiveValues() {
        return new SeriesParser(true);
    }

    @Override
    public Content parse(String text) {
        List<Point> points = new ArrayList<>();
        for (String line : MarkupText.lines(MarkupText.normalize(text))) {
            for (String part : line.split(",", -1)) {
                if (points.size() == Limits.MAX_POINTS) return new Series(points);
                Point p = point(part);
                if (p != null && (!positiveOnly || p.value() > 0)) points.add(p);
            }
        }
        return new Series(points);
    }

    private static Point point(String part) {
        int colon = part.lastIndexOf(':');
        String label = colon < 0 ? "" : part.substring(0, colon).strip();
        OptionalDouble value = MarkupText.numberOrPercent(colon < 0 ? part : part.substring(colon + 1));
        return value.isPresent() ? new Point(label, value.getAsDouble()) : null;
    }
}
