package dev.blueline.model.catalog.markup;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class MarkupTextTest {

    @Test
    void normalizeHandlesNullLineEndingsAndBom() {
        assertThat(MarkupText.normalize(null)).isEmpty();
        assertThat(MarkupText.normalize("\uFEFFa\r\nb\rc")).isEqualTo("a\nb\nc");
    }

    @Test
    void normalizeCutsOverlongTextWithoutSplittingASurrogatePair() {
        String text = "a".repeat(Limits.MAX_INPUT_CHARS - 1) + "😀" + "tail";
        String cut = MarkupText.normalize(text);
        assertThat(cut).hasSize(Limits.MAX_INPUT_CHARS - 1);
        assertThat(MarkupText.normalize("b".repeat(50_000))).hasSize(Limits.MAX_INPUT_CHARS);
    }

    @Test
    void numbersAreStrict() {
        assertThat(MarkupText.number(" 12 ")).hasValue(12);
        assertThat(MarkupText.number("-3.5")).hasValue(-3.5);
        assertThat(MarkupText.number(".5")).hasValue(0.5);
        assertThat(MarkupText.number("1e3")).hasValue(1000);
        assertThat(MarkupText.number("NaN")).isEmpty();
        assertThat(MarkupText.number("Infinity")).isEmpty();
        assertThat(MarkupText.number("1e999")).isEmpty();
        assertThat(MarkupText.number("10d")).isEmpty();
        assertThat(MarkupText.number("")).isEmpty();
        assertThat(MarkupText.number("1 000")).isEmpty();
        assertThat(MarkupText.numberOrPercent("60%")).hasValue(60);
        assertThat(MarkupText.numberOrPercent("%")).isEmpty();
    }

    @Test
    void nonBlankLines() {
        assertThat(MarkupText.nonBlankLines("a\n \n\tb\n")).containsExactly("a", "\tb");
    }
}
