package dev.blueline.model.catalog.markup;

import dev.blueline.model.catalog.ContentParser;
import dev.blueline.model.catalog.content.Content;
import dev.blueline.model.catalog.content.Content.IconName;

import java.util.Locale;

/**
 * Icon: a name such as {@code search}, {@code user}, {@code home}. Only the first line counts;
 * it is lower-cased and spaces or underscores become dashes ({@code Arrow Left} is
 * {@code arrow-left}); other punctuation is dropped; at most 64 characters. Renderers draw a
 * generic placeholder for names they do not know (and for "").
 */
public final class IconParser implements ContentParser {
    static final int MAX_NAME = 64;

    @Override
    public Content parse(String text) {
        String line = MarkupText.lines(MarkupText.normalize(text)).getFirst().strip().toLowerCase(Locale.ROOT);
        StringBuilder name = new StringBuilder();
        for (int i = 0; i < line.length() && name.length() < MAX_NAME; ) {
            int cp = line.codePointAt(i);
            i += Character.charCount(cp);
            if (Character.isLetterOrDigit(cp)) {
                name.appendCodePoint(cp);
            } else if ((cp == '-' || cp == '_' || Character.isWhitespace(cp)) && !name.isEmpty()
                    && name.charAt(name.length() - 1) != '-') {
                name.append('-');
            }
        }
        while (!name.isEmpty() && name.charAt(name.length() - 1) == '-') name.setLength(name.length() - 1);
        return new IconName(name.toString());
    }
}
