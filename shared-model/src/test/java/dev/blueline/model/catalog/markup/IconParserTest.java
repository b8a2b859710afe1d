package dev.blueline.model.catalog.markup;

import dev.blueline.model.catalog.content.Content.IconName;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class IconParserTest {
    private static String name(String t) {
        return ((IconName) new IconParser().parse(t)).name();
    }

    @Test
    void namesAreNormalisedToKebabCase() {
        assertThat(name("search")).isEqualTo("search");
        assertThat(name("  Arrow Left ")).isEqualTo("arrow-left");
        assertThat(name("chevron_down")).isEqualTo("chevron-down");
        assertThat(name("user!")).isEqualTo("user");
        assertThat(name("-- a  -- b --")).isEqualTo("a-b");
    }

    @Test
    void onlyTheFirstLineCounts() {
        assertThat(name("home\r\nsettings")).isEqualTo("home");
    }

    @Test
    void oddInputGivesAnEmptyOrCappedName() {
        assertThat(name("")).isEmpty();
        assertThat(name(null)).isEmpty();
        assertThat(name("***")).isEmpty();
        assertThat(name("x".repeat(20_000))).hasSize(IconParser.MAX_NAME);
        assertThat(name("Häuschen")).isEqualTo("häuschen");
    }
}
