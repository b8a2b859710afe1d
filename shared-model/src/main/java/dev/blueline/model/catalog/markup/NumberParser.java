package dev.blueline.model.catalog.markup;

import dev.blueline.model.catalog.ContentParser;
import dev.blueline.model.catalog.content.Content;
import dev.blueline.model.catalog.content.Content.Numbered;

/**
 * Callout: the first whole number in the text ({@code 3}, {@code #3}, {@code Step 3}); 1 when
 * there is none; at most {@link Limits#MAX_CALLOUT} so the bubble stays readable.
 */
public final class NumberParser implements ContentParser {
    static final int DEFAULT = 1;

    @Override
    public Content parse(String text) {
        String t = MarkupText.normalize(text);
        int i = 0;
        while (i < t.length() && !isAsciiDigit(t.charAt(i))) i++;
        if (i == t.length()) return new Numbered(DEFAULT);
        long n = 0;
        for (; i < t.length() && isAsciiDigit(t.charAt(i)); i++) {
            n = Math.min(n * 10 + (t.charAt(i) - '0'), Limits.MAX_CALLOUT);
        }
        return new Numbered((int) n);
    }

    private static boolean isAsciiDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
