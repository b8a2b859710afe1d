package dev.blueline.model.catalog.markup;

import dev.blueline.model.catalog.content.Content.Series;
import dev.blueline.model.catalog.content.Content.Series.Point;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SeriesParserTest {
    private static Series any(String t) {
        return (Series) SeriesParser.anyValues().parse(t);
    }

    @Test
    void labelledPointsInOrder() {
        assertThat(any("Jan: 10, Feb: 20.5, Mar: -3").points())
                .containsExactly(new Point("Jan", 10), new Point("Feb", 20.5), new Point("Mar", -3));
    }

    @Test
    void bareValuesHaveEmptyLabels() {
        assertThat(any("10, 20, 35").points()).containsExactly(new Point("", 10), new Point("", 20), new Point("", 35));
    }

    @Test
    void newlinesSeparateToo() {
        assertThat(any("Chrome: 65%\r\nFirefox: 20\n\nSafari: 15").points())
                .containsExactly(new Point("Chrome", 65), new Point("Firefox", 20), new Point("Safari", 15));
    }

    @Test
    void valueIsAfterTheLastColon() {
        assertThat(any("10:30: 4").points()).containsExactly(new Point("10:30", 4));
    }

    @Test
    void nonNumericAndEmptyPartsAreSkipped() {
        assertThat(any("Jan: lots, Feb: 5, March, :, NaN, Infinity, 1e999").points()).containsExactly(new Point("Feb", 5));
        assertThat(any(",,,").points()).isEmpty();
        assertThat(any("").points()).isEmpty();
        assertThat(any(null).points()).isEmpty();
    }

    @Test
    void pieSkipsZeroAndNegativeSlices() {
        Series pie = (Series) SeriesParser.positiveValues().parse("A: 3, B: 0, C: -2, D: 1");
        assertThat(pie.points()).containsExactly(new Point("A", 3), new Point("D", 1));
    }

    @Test
    void pointsAreCapped() {
        assertThat(any("1,".repeat(10_000)).points()).hasSize(Limits.MAX_POINTS);
        assertThat(any("1\n".repeat(10_000)).points()).hasSize(Limits.MAX_POINTS);
    }

    @Test
    void unicodeLabels() {
        assertThat(any("一月: 3").points()).containsExactly(new Point("一月", 3));
    }
}
