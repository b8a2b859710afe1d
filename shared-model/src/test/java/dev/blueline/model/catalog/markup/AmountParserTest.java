package dev.blueline.model.catalog.markup;

import dev.blueline.model.catalog.content.Content.Amount;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class AmountParserTest {
    private static Amount pct(String t) {
        return (Amount) AmountParser.percent().parse(t);
    }

    private static Amount free(String t) {
        return (Amount) AmountParser.unbounded().parse(t);
    }

    @Test
    void numberAndPercentWithOptionalLabelInEitherOrder() {
        assertThat(pct("60")).isEqualTo(new Amount(60, 0, 100, ""));
        assertThat(pct("60%")).isEqualTo(new Amount(60, 0, 100, ""));
        assertThat(pct("60%, Uploading")).isEqualTo(new Amount(60, 0, 100, "Uploading"));
        assertThat(pct("Volume, 40")).isEqualTo(new Amount(40, 0, 100, "Volume"));
        assertThat(pct(" 12.5 % , a, b ")).isEqualTo(new Amount(12.5, 0, 100, "a, b"));
    }

    @Test
    void valuesOutsideTheScaleAreClamped() {
        assertThat(pct("150").value()).isEqualTo(100);
        assertThat(pct("-5").value()).isEqualTo(0);
        assertThat(pct("0.6").value()).isEqualTo(0.6);
        assertThat(pct("1e308").value()).isEqualTo(100);
    }

    @Test
    void noNumberMeansZeroAndTextIsTheLabel() {
        assertThat(pct("Loading")).isEqualTo(new Amount(0, 0, 100, "Loading"));
        assertThat(pct("")).isEqualTo(new Amount(0, 0, 100, ""));
        assertThat(pct(null)).isEqualTo(new Amount(0, 0, 100, ""));
        assertThat(pct(",,,")).isEqualTo(new Amount(0, 0, 100, ""));
        assertThat(pct("NaN, Infinity")).isEqualTo(new Amount(0, 0, 100, "NaN, Infinity"));
        assertThat(pct("0x10")).isEqualTo(new Amount(0, 0, 100, "0x10"));
    }

    @Test
    void onlyFirstNumberIsTheValue() {
        assertThat(pct("30, 40")).isEqualTo(new Amount(30, 0, 100, "40"));
    }

    @Test
    void fractionIsForRenderers() {
        assertThat(pct("25").fraction()).isEqualTo(0.25);
    }

    @Test
    void numberStepperIsUnboundedAndKeepsDecimalsAndSign() {
        Amount a = free("-2.5");
        assertThat(a.value()).isEqualTo(-2.5);
        assertThat(a.bounded()).isFalse();
        assertThat(a.fraction()).isZero();
        assertThat(free("1000000").value()).isEqualTo(1_000_000);
        assertThat(free("\u22123").value()).isEqualTo(-3);
        assertThat(free("abc")).isEqualTo(new Amount(0, Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY, "abc"));
    }

    @Test
    void hugeInputs() {
        assertThat(free("9".repeat(20_000)).value()).isZero(); // not a sane number: label, value 0
        assertThat(pct("5" + ",".repeat(19_999)).value()).isEqualTo(5);
    }
}
