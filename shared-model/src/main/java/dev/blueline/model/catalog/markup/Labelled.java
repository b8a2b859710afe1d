package dev.blueline.model.catalog.markup;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * A value with a free-text label around it, split by commas in any order: {@code 60%, Uploading}
 * or {@code Volume, 40}. The first part the reader accepts is the value; the other non-blank
 * parts, trimmed and joined by ", ", are the label.
 */
record Labelled<T>(Optional<T> value, String label) {

    static <T> Labelled<T> read(String text, Function<String, Optional<T>> reader) {
        Optional<T> value = Optional.empty();
        List<String> rest = new ArrayList<>();
        for (String part : text.split(",", -1)) {
            Optional<T> v = value.isPresent() ? Optional.empty() : reader.apply(part.strip());
            if (v.isPresent()) value = v;
            else if (!part.isBlank()) rest.add(part.strip());
        }
        return new Labelled<>(value, String.join(", ", rest));
    }
}
