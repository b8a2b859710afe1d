package dev.blueline.model.catalog.markup;

import dev.blueline.model.catalog.content.Content.DateValue;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.YearMonth;

import static org.assertj.core.api.Assertions.assertThat;

class DateParserTest {
    private static DateValue parse(String t) {
        return (DateValue) new DateParser().parse(t);
    }

    @Test
    void isoDateMarksTheDay() {
        assertThat(parse("2026-11-28")).isEqualTo(new DateValue(LocalDate.of(2026, 11, 28), true));
        assertThat(parse("2026/3/7")).isEqualTo(new DateValue(LocalDate.of(2026, 3, 7), true));
        assertThat(parse("Check-in: 2026.12.01\r\n")).isEqualTo(new DateValue(LocalDate.of(2026, 12, 1), true));
    }

    @Test
    void monthAloneShowsMonthWithoutDay() {
        DateValue d = parse("2026-11");
        assertThat(d.month()).isEqualTo(YearMonth.of(2026, 11));
        assertThat(d.dayMarked()).isFalse();
    }

    @Test
    void impossibleDayKeepsTheMonth() {
        assertThat(parse("2026-02-30")).isEqualTo(new DateValue(LocalDate.of(2026, 2, 1), false));
        assertThat(parse("2025-02-29").dayMarked()).isFalse();
        assertThat(parse("2024-02-29")).isEqualTo(new DateValue(LocalDate.of(2024, 2, 29), true));
    }

    @Test
    void unparsableFallsBackToAFixedMonthWithNoDay() {
        DateValue fallback = new DateValue(DateParser.FALLBACK, false);
        assertThat(parse("")).isEqualTo(fallback);
        assertThat(parse(null)).isEqualTo(fallback);
        assertThat(parse("tomorrow")).isEqualTo(fallback);
        assertThat(parse("2026-13-01")).isEqualTo(fallback);
        assertThat(parse("28/11/2026")).isEqualTo(fallback);
        assertThat(parse("20261-11-28")).isEqualTo(fallback);
        assertThat(parse("9".repeat(20_000))).isEqualTo(fallback);
    }

    @Test
    void mixedSeparatorsAreNotADate() {
        assertThat(parse("2026-11/28")).isEqualTo(new DateValue(LocalDate.of(2026, 11, 1), false));
    }
}
