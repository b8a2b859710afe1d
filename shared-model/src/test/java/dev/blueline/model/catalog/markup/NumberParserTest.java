package dev.blueline.model.catalog.markup;

import dev.blueline.model.catalog.content.Content.Numbered;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class NumberParserTest {
    private static int number(String t) {
        return ((Numbered) new NumberParser().parse(t)).number();
    }

    @Test
    void firstWholeNumber() {
        assertThat(number("3")).isEqualTo(3);
        assertThat(number("#12")).isEqualTo(12);
        assertThat(number("Step 4 of 9")).isEqualTo(4);
    }

    @Test
    void noNumberIsOne() {
        assertThat(number("")).isEqualTo(1);
        assertThat(number(null)).isEqualTo(1);
        assertThat(number("A")).isEqualTo(1);
        assertThat(number("٣")).isEqualTo(1); // only ASCII digits count
    }

    @Test
    void hugeNumbersAreCapped() {
        assertThat(number("1000")).isEqualTo(Limits.MAX_CALLOUT);
        assertThat(number("9".repeat(20_000))).isEqualTo(Limits.MAX_CALLOUT);
    }
}
