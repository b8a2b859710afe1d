package dev.blueline.model.catalog.markup;

import dev.blueline.model.catalog.content.Content.Check;
import dev.blueline.model.catalog.content.Content.CheckState;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static dev.blueline.model.catalog.content.Content.CheckState.CHECKED;
import static dev.blueline.model.catalog.content.Content.CheckState.MIXED;
import static dev.blueline.model.catalog.content.Content.CheckState.UNCHECKED;
import static org.assertj.core.api.Assertions.assertThat;

class CheckParserTest {
    private static Check box(String t) {
        return (Check) CheckParser.checkbox().parse(t);
    }

    private static Check twoState(String t) {
        return (Check) CheckParser.twoState().parse(t);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "[x] Remember me|CHECKED", "[X] Remember me|CHECKED", "[✓] Remember me|CHECKED",
            "(o) Remember me|CHECKED", "(*) Remember me|CHECKED", "(x) Remember me|CHECKED",
            "[on] Remember me|CHECKED", "[ON] Remember me|CHECKED", "(•) Remember me|CHECKED",
            "[ ] Remember me|UNCHECKED", "[] Remember me|UNCHECKED", "( ) Remember me|UNCHECKED",
            "[off] Remember me|UNCHECKED", "[-] Remember me|MIXED", "[x]Remember me|CHECKED"})
    void markersOfEveryFamily(String text, String state) {
        assertThat(box(text)).isEqualTo(new Check(CheckState.valueOf(state), "Remember me"));
    }

    @Test
    void radioAndToggleHaveNoMixedState() {
        assertThat(twoState("[-] Wi-Fi")).isEqualTo(new Check(UNCHECKED, "Wi-Fi"));
        assertThat(twoState("[on] Wi-Fi")).isEqualTo(new Check(CHECKED, "Wi-Fi"));
        assertThat(twoState("(o) Monthly")).isEqualTo(new Check(CHECKED, "Monthly"));
        assertThat(box("[-] Some")).isEqualTo(new Check(MIXED, "Some"));
    }

    @Test
    void noOrUnknownMarkerIsUncheckedWithWholeText() {
        assertThat(box("Remember me")).isEqualTo(new Check(UNCHECKED, "Remember me"));
        assertThat(box("[maybe] later")).isEqualTo(new Check(UNCHECKED, "[maybe] later"));
        assertThat(box("(a) Option")).isEqualTo(new Check(UNCHECKED, "(a) Option"));
        assertThat(box("[ unbalanced")).isEqualTo(new Check(UNCHECKED, "[ unbalanced"));
        assertThat(box("(o")).isEqualTo(new Check(UNCHECKED, "(o"));
    }

    @Test
    void markerWithoutLabelAndEmptyText() {
        assertThat(box("[x]")).isEqualTo(new Check(CHECKED, ""));
        assertThat(box("")).isEqualTo(new Check(UNCHECKED, ""));
        assertThat(box(null)).isEqualTo(new Check(UNCHECKED, ""));
        assertThat(box("   \r\n ")).isEqualTo(new Check(UNCHECKED, ""));
    }

    @Test
    void leadingSpaceAndCrlfAndUnicode() {
        assertThat(box("  [x]  Grüße 🎉\r\n")).isEqualTo(new Check(CHECKED, "Grüße 🎉"));
    }

    @Test
    void markerOnlyAtTheStart() {
        assertThat(box("Agree [x]")).isEqualTo(new Check(UNCHECKED, "Agree [x]"));
    }

    @Test
    void longLabel() {
        String label = "y".repeat(19_990);
        assertThat(box("[x] " + label)).isEqualTo(new Check(CHECKED, label));
    }
}
