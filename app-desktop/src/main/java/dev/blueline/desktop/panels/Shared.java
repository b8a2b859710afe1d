package dev.blueline.desktop.panels;

import java.util.Collection;
import java.util.Objects;
import java.util.function.Function;

/**
 * A property as the inspector shows it for several elements: the one value they share (which may
 * be null: "none" or "default"), or mixed when they differ.
 */
public record Shared<T>(T value, boolean mixed) {

    public static <T> Shared<T> of(T value) {
        return new Shared<>(value, false);
    }

    public static <T> Shared<T> differing() {
        return new Shared<>(null, true);
    }

    /** What {@code read} gives for all of {@code ids}, or mixed. Empty ids: null. */
    public static <T> Shared<T> over(Collection<String> ids, Function<String, T> read) {
        boolean first = true;
        T value = null;
        for (String id : ids) {
            T v = read.apply(id);
            if (first) {
                value = v;
                first = false;
            } else if (!Objects.equals(value, v)) {
                return differing();
            }
        }
        return of(value);
    }
}
