package dev.blueline.model.catalog;

import dev.blueline.model.catalog.content.Content;
import dev.blueline.model.document.Props;
import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ControlTypeTest {

    private static ControlType withParser(ContentParser p) {
        return new ControlType("x-box", "X box", Category.DISPLAY, 10, 10, false, Set.of(), "fallback", p);
    }

    @Test
    void nullTextReadsAsEmpty() {
        ControlType t = withParser(text -> new Content.Plain("got:" + text));
        assertThat(t.parse(null)).isEqualTo(new Content.Plain("got:"));
    }

    @Test
    void aFailingParserNeverBreaksTheCaller() {
        ControlType t = withParser(text -> {
            if (!text.isEmpty()) throw new IllegalStateException("bug");
            return new Content.Plain("empty form");
        });
        assertThat(t.parse("boom")).isEqualTo(new Content.Plain("empty form"));
        ControlType alwaysFails = withParser(text -> {
            throw new IllegalStateException("bug");
        });
        assertThat(alwaysFails.parse("boom")).isEqualTo(new Content.Empty());
        assertThat(withParser(text -> null).parse("x")).isEqualTo(new Content.Empty());
    }

    @Test
    void usesTextIsFalseOnlyForEmptyContent() {
        assertThat(withParser(text -> new Content.Empty()).usesText()).isFalse();
        assertThat(withParser(text -> new Content.Plain(text)).usesText()).isTrue();
    }

    @Test
    void refusesBadIdsSizesAndNonStyleProps() {
        assertThatThrownBy(() -> new ControlType("TextInput", "T", Category.INPUTS, 1, 1, false, Set.of(), "", t -> new Content.Empty()))
                .hasMessageContaining("TextInput");
        assertThatThrownBy(() -> new ControlType("a".repeat(65), "T", Category.INPUTS, 1, 1, false, Set.of(), "", t -> new Content.Empty()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ControlType("ok", "T", Category.INPUTS, 0, 1, false, Set.of(), "", t -> new Content.Empty()))
                .hasMessageContaining("size");
        assertThatThrownBy(() -> new ControlType("ok", "T", Category.INPUTS, 1, 1, false, Set.of(Props.X), "", t -> new Content.Empty()))
                .hasMessageContaining("\"x\"");
    }

    @Test
    void stylePropsListInPropertyPanelOrder() {
        ControlType t = new ControlType("ok", "T", Category.INPUTS, 1, 1, false,
                Set.of(Props.OPACITY, Props.BOLD, Props.FILL), "", x -> new Content.Empty());
        assertThat(t.styleProps()).containsExactly(Props.FILL, Props.BOLD, Props.OPACITY);
    }
}
