package dev.blueline.model.catalog.markup;

import dev.blueline.model.catalog.ContentParser;
import dev.blueline.model.catalog.content.Content;
import dev.blueline.model.catalog.content.Content.Amount;

import java.util.Optional;
import java.util.OptionalDouble;

/**
 * Progress bar, slider and number stepper: a number, optionally with a label, split by commas
 * in any order ({@code 60}, {@code 60%}, {@code 60%, Uploading}, {@code Volume, 40}).
 * <ul>
 *   <li>The first comma-separated part that is a number is the value; the other parts, joined
 *       by ", ", are the label. {@code %} after the number is allowed and ignored.</li>
 *   <li>Progress bar and slider use a 0–100 scale: {@code 150} shows as 100, {@code -5} as 0,
 *       and {@code 0.6} means 0.6 (not 60).</li>
 *   <li>A number stepper is unbounded (any finite number, decimals kept).</li>
 *   <li>No number: the value is 0 and the whole text is the label.</li>
 * </ul>
 */
public final class AmountParser implements ContentParser {
    private final double min;
    private final double max;

    private AmountParser(double min, double max) {
        this.min = min;
        this.max = max;
    }

    /** Progress bar, slider: 0 to 100. */
    public static AmountParser percent() {
        return new AmountParser(0, 100);
    }

    /** Number stepper: any finite number; min and max are infinite. */
    public static AmountParser unbounded() {
        return new AmountParser(Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY);
    }

    @Override
    public Content parse(String text) {
        Labelled<Double> v = Labelled.read(MarkupText.normalize(text), part -> boxed(MarkupText.numberOrPercent(part)));
        double value = MarkupText.clamp(v.value().orElse(0.0), min, max);
        return new Amount(value, min, max, v.label());
    }

    static Optional<Double> boxed(OptionalDouble d) {
        return d.isPresent() ? Optional.of(d.getAsDouble()) : Optional.empty();
    }
}
