package dev.blueline.model.catalog.markup;

import dev.blueline.model.catalog.content.Content.Amount;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RatingParserTest {
    private static Amount rate(String t) {
        return (Amount) new RatingParser().parse(t);
    }

    @Test
    void fractionForm() {
        assertThat(rate("3/5")).isEqualTo(new Amount(3, 0, 5, ""));
        assertThat(rate("3.5 / 5, 120 reviews")).isEqualTo(new Amount(3.5, 0, 5, "120 reviews"));
        assertThat(rate("7/10")).isEqualTo(new Amount(7, 0, 10, ""));
    }

    @Test
    void bareNumberIsOutOfFive() {
        assertThat(rate("4")).isEqualTo(new Amount(4, 0, 5, ""));
        assertThat(rate("9")).isEqualTo(new Amount(5, 0, 5, ""));
        assertThat(rate("-1")).isEqualTo(new Amount(0, 0, 5, ""));
    }

    @Test
    void starsAreWhatYouSeeIsWhatYouGet() {
        assertThat(rate("★★★☆☆")).isEqualTo(new Amount(3, 0, 5, ""));
        assertThat(rate("★★★")).isEqualTo(new Amount(3, 0, 3, ""));
        assertThat(rate("⭐⭐☆")).isEqualTo(new Amount(2, 0, 3, ""));
        assertThat(rate("★ ★ ☆, Good")).isEqualTo(new Amount(2, 0, 3, "Good"));
    }

    @Test
    void largeScalesShrinkKeepingTheRatio() {
        assertThat(rate("50/100")).isEqualTo(new Amount(5, 0, 10, ""));
        assertThat(rate("★".repeat(40))).isEqualTo(new Amount(10, 0, 10, ""));
        assertThat(rate("1/1000000000")).isEqualTo(new Amount(1e-8, 0, 10, ""));
    }

    @Test
    void oddInputFallsBackToZeroOfFive() {
        assertThat(rate("")).isEqualTo(new Amount(0, 0, 5, ""));
        assertThat(rate(null)).isEqualTo(new Amount(0, 0, 5, ""));
        assertThat(rate("great")).isEqualTo(new Amount(0, 0, 5, "great"));
        assertThat(rate("3/0")).isEqualTo(new Amount(3, 0, 5, ""));
        assertThat(rate("/")).isEqualTo(new Amount(0, 0, 5, "/"));
        assertThat(rate("★x")).isEqualTo(new Amount(0, 0, 5, "★x"));
        assertThat(rate(",,,").max()).isEqualTo(5);
    }
}
