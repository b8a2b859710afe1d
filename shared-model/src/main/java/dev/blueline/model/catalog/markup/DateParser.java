package dev.blueline.model.catalog.markup;

import dev.blueline.model.catalog.ContentParser;
import dev.blueline.model.catalog.content.Content;
import dev.blueline.model.catalog.content.Content.DateValue;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Date picker and calendar: the first ISO-like date in the text, {@code 2026-11-28} (also with
 * {@code /} or {@code .}: {@code 2026/11/28}), or a month {@code 2026-11}.
 * <ul>
 *   <li>A full date marks its day (the picker shows it, the calendar highlights it).</li>
 *   <li>A month alone, or a real month with an impossible day ({@code 2026-02-30}), shows that
 *       month with no day marked.</li>
 *   <li>Anything else shows {@link #FALLBACK}'s month with no day marked. The fallback is a fixed
 *       date, not today, so every collaborator and every export draws the same thing.</li>
 * </ul>
 * Day-first and month-first forms ({@code 28/11/2026}) are deliberately not guessed at.
 */
public final class DateParser implements ContentParser {
    public static final LocalDate FALLBACK = LocalDate.of(2026, 1, 1);
    private static final Pattern DATE = Pattern.compile("(?<!\\d)(\\d{4})([-/.])(\\d{1,2})(?:\\2(\\d{1,2}))?(?!\\d)");

    @Override
    public Content parse(String text) {
        Matcher m = DATE.matcher(MarkupText.normalize(text));
        if (!m.find()) return new DateValue(FALLBACK, false);
        int year = Integer.parseInt(m.group(1));
        int month = Integer.parseInt(m.group(3));
        if (month < 1 || month > 12) return new DateValue(FALLBACK, false);
        YearMonth ym = YearMonth.of(year, month);
        if (m.group(4) != null) {
            try {
                return new DateValue(ym.atDay(Integer.parseInt(m.group(4))), true);
            } catch (DateTimeException impossibleDay) {
                // fall through: keep the month the designer clearly meant
            }
        }
        return new DateValue(ym.atDay(1), false);
    }
}
