package dev.blueline.server.export;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class FileNamesTest {
    @Test
    void slugsAreLowercaseLettersDigitsAndSingleDashes() {
        assertThat(FileNames.slug("Sign in")).isEqualTo("sign-in");
        assertThat(FileNames.slug("  Checkout — step 2 (final)!  ")).isEqualTo("checkout-step-2-final");
        assertThat(FileNames.slug("Café Crème")).as("accents dropped, not the letters").isEqualTo("cafe-creme");
        assertThat(FileNames.slug("a\"b/c\\d;e")).as("nothing that could break a header or a path").isEqualTo("a-b-c-d-e");
    }

    @Test
    void anEmptyResultIsScreenAndLongNamesAreCut() {
        assertThat(FileNames.slug(null)).isEqualTo("screen");
        assertThat(FileNames.slug("")).isEqualTo("screen");
        assertThat(FileNames.slug("日本語 ★")).isEqualTo("screen");
        String cut = FileNames.slug("word ".repeat(40));
        assertThat(cut).hasSizeLessThanOrEqualTo(FileNames.MAX_LENGTH).startsWith("word-word").doesNotEndWith("-");
    }
}
