package dev.blueline.model.catalog.markup;

import dev.blueline.model.catalog.ContentParser;
import dev.blueline.model.catalog.content.Content;
import dev.blueline.model.catalog.content.Content.Amount;

import java.util.Optional;
import java.util.OptionalDouble;

/**
 * Rating: {@code 3/5}, {@code 3} (out of 5), {@code 3.5/5}, or stars {@code ★★★☆☆} (each ★ or ⭐
 * filled, each ☆ empty, so what you type is what you see). An optional label goes after a
 * comma: {@code 4/5, 120 reviews}.
 * <ul>
 *   <li>The value is clamped to 0..max. A max of 0 or less means out of 5; no rating at all is
 *       0 of 5 with the whole text as label.</li>
 *   <li>Scales larger than {@link Limits#MAX_STARS} are shrunk keeping the ratio:
 *       {@code 50/100} shows 5 of 10 stars.</li>
 * </ul>
 */
public final class RatingParser implements ContentParser {
    static final double DEFAULT_MAX = 5;
    private static final int FILLED = 0x2605;
    private static final int EMOJI_STAR = 0x2B50;
    private static final int EMPTY = 0x2606;
    private static final int EMOJI_VARIATION = 0xFE0F;

    private record Score(double value, double max) {
    }

    @Override
    public Content parse(String text) {
        Labelled<Score> v = Labelled.read(MarkupText.normalize(text), RatingParser::read);
        Score s = v.value().orElse(new Score(0, DEFAULT_MAX));
        double value = s.value();
        double max = s.max() > 0 ? s.max() : DEFAULT_MAX;
        if (max > Limits.MAX_STARS) {
            value = value * Limits.MAX_STARS / max;
            max = Limits.MAX_STARS;
        }
        return new Amount(MarkupText.clamp(value, 0, max), 0, max, v.label());
    }

    private static Optional<Score> read(String part) {
        Optional<Score> stars = stars(part);
        if (stars.isPresent()) return stars;
        int slash = part.indexOf('/');
        if (slash < 0) {
            OptionalDouble n = MarkupText.number(part);
            return n.isPresent() ? Optional.of(new Score(n.getAsDouble(), DEFAULT_MAX)) : Optional.empty();
        }
        OptionalDouble n = MarkupText.number(part.substring(0, slash));
        OptionalDouble of = MarkupText.number(part.substring(slash + 1));
        return n.isPresent() && of.isPresent() ? Optional.of(new Score(n.getAsDouble(), of.getAsDouble())) : Optional.empty();
    }

    private static Optional<Score> stars(String part) {
        int filled = 0;
        int total = 0;
        for (int i = 0; i < part.length(); ) {
            int cp = part.codePointAt(i);
            i += Character.charCount(cp);
            if (cp == FILLED || cp == EMOJI_STAR) {
                filled++;
                total++;
            } else if (cp == EMPTY) {
                total++;
            } else if (cp != EMOJI_VARIATION && !Character.isWhitespace(cp)) {
                return Optional.empty();
            }
        }
        return total == 0 ? Optional.empty() : Optional.of(new Score(filled, total));
    }
}
