package dev.blueline.model.catalog.markup;

import dev.blueline.model.catalog.content.Content.Plain;
import dev.blueline.model.catalog.content.Content.Plain.Span;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PlainParserTest {

    private static Plain rich(String text) {
        return (Plain) PlainParser.withEmphasis().parse(text);
    }

    private static Span plain(String t) {
        return new Span(t, false, false);
    }

    private static Span bold(String t) {
        return new Span(t, true, false);
    }

    private static Span italic(String t) {
        return new Span(t, false, true);
    }

    @Test
    void literalKeepsEveryCharacter() {
        Plain p = (Plain) PlainParser.literal().parse("pa*ss*word _x_");
        assertThat(p.text()).isEqualTo("pa*ss*word _x_");
        assertThat(p.spans()).containsExactly(plain("pa*ss*word _x_"));
    }

    @Test
    void boldAndItalicAreMarkedAndMarkersRemoved() {
        Plain p = rich("Use *stars* for bold and _underscores_ here");
        assertThat(p.text()).isEqualTo("Use stars for bold and underscores here");
        assertThat(p.spans()).containsExactly(plain("Use "), bold("stars"), plain(" for bold and "), italic("underscores"), plain(" here"));
    }

    @Test
    void emphasisMayBeCombinedAndSpanSeveralWords() {
        assertThat(rich("*_very important_*").spans()).containsExactly(new Span("very important", true, true));
        assertThat(rich("*Saved.* Your changes").spans()).containsExactly(bold("Saved."), plain(" Your changes"));
    }

    @Test
    void markdownDoubleMarkersWorkLikeSingleOnes() {
        assertThat(rich("a **big** deal").spans()).containsExactly(plain("a "), bold("big"), plain(" deal"));
        assertThat(rich("__soft__").spans()).containsExactly(italic("soft"));
    }

    @Test
    void markersInsideWordsOrNextToSpacesStayLiteral() {
        assertThat(rich("snake_case_name").text()).isEqualTo("snake_case_name");
        assertThat(rich("2 * 3 * 4").text()).isEqualTo("2 * 3 * 4");
        assertThat(rich("Email *").text()).isEqualTo("Email *");
        assertThat(rich("********").text()).isEqualTo("********");
        assertThat(rich("snake_case_name").spans()).containsExactly(plain("snake_case_name"));
    }

    @Test
    void unbalancedMarkersStayLiteral() {
        assertThat(rich("*Required").spans()).containsExactly(plain("*Required"));
        assertThat(rich("a *b _c").text()).isEqualTo("a *b _c");
        assertThat(rich("*").text()).isEqualTo("*");
        assertThat(rich("_").text()).isEqualTo("_");
    }

    @Test
    void emphasisDoesNotCrossLines() {
        Plain p = rich("*one\ntwo*");
        assertThat(p.text()).isEqualTo("*one\ntwo*");
        assertThat(p.spans()).allMatch(s -> !s.bold());
    }

    @Test
    void backslashEscapesAMarker() {
        Plain p = rich("\\*not bold\\*");
        assertThat(p.text()).isEqualTo("*not bold*");
        assertThat(p.spans()).containsExactly(plain("*not bold*"));
    }

    @Test
    void crlfBecomesLfAndLayoutIsKept() {
        assertThat(rich("  line one\r\nline two\r").text()).isEqualTo("  line one\nline two\n");
    }

    @Test
    void emptyAndNullGiveEmptyText() {
        assertThat(rich("")).isEqualTo(new Plain(""));
        assertThat(rich(null)).isEqualTo(new Plain(""));
        assertThat(rich("").spans()).isEmpty();
    }

    @Test
    void hugeHostileInputIsLinearAndSpellsOutTheText() {
        String hostile = "*a ".repeat(7_000); // every star could open, none can close
        long start = System.nanoTime();
        Plain p = rich(hostile);
        assertThat(System.nanoTime() - start).isLessThan(2_000_000_000L);
        assertThat(p.text()).hasSize(Limits.MAX_INPUT_CHARS);
        assertThat(p.spans()).containsExactly(plain(p.text()));
    }

    @Test
    void manyAlternatingRunsStayConsistent() {
        Plain p = rich("*a* ".repeat(4_000));
        assertThat(p.spans()).hasSize(8_000);
        assertThat(p.spans().getFirst()).isEqualTo(bold("a"));
        assertThat(p.text()).isEqualTo("a ".repeat(4_000));
    }

    @Test
    void unicodeIsKept() {
        Plain p = rich("Grüße *日本語* 🎉");
        assertThat(p.text()).isEqualTo("Grüße 日本語 🎉");
        assertThat(p.spans()).contains(bold("日本語"));
    }
}
