package dev.blueline.model.ops;

import dev.blueline.model.document.Value;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The only kind of op: set some properties of one object. Creating an object is a Put of all its
 * required properties; deleting one is a Put of {@code deleted = true}.
 *
 * @param id  the object's id
 * @param set the properties to write, in the order they were given
 */
public record Put(String id, Map<String, Value> set) {

    public Put {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(set, "set");
        set = FrozenProps.copyOf(set);
    }

    /** A Put of one property. */
    public static Put of(String id, String prop, Value value) {
        return new Put(id, Map.of(prop, value));
    }

    /** The same Put with one more property set (or one replaced). */
    public Put with(String prop, Value value) {
        Map<String, Value> copy = new LinkedHashMap<>(set);
        copy.put(prop, value);
        return new Put(id, copy);
    }

    /** Start building a Put for {@code id}. */
    public static Builder on(String id) {
        return new Builder(id);
    }

    /** Collects properties for one Put, keeping their order. */
    public static final class Builder {
        private final String id;
        private final Map<String, Value> set = new LinkedHashMap<>();

        private Builder(String id) {
            this.id = id;
        }

        public Builder set(String prop, Value value) {
            set.put(prop, value);
            return this;
        }

        public Builder set(String prop, String text) {
            return set(prop, Value.of(text));
        }

        public Builder set(String prop, double number) {
            return set(prop, Value.of(number));
        }

        public Builder set(String prop, boolean flag) {
            return set(prop, Value.of(flag));
        }

        public Put build() {
            return new Put(id, set);
        }
    }
}
