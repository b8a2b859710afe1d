package dev.blueline.model.export;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * An element tree in HTML terms, built once per screen and then written as HTML or as JSX, so
 * both formats say exactly the same thing.
 */
public sealed interface Markup {

    /** Text content; writers escape it. */
    record Text(String text) implements Markup {
        public Text {
            Objects.requireNonNull(text, "text");
        }
    }

    /**
     * An element. Attribute values null mean a boolean attribute ({@code disabled}); {@code style}
     * holds CSS declarations (property → value) in writing order. A name starting with an upper
     * case letter is a component of the export (a React component; inlined in HTML).
     */
    record Tag(String name, Map<String, String> attrs, Map<String, String> style, List<Markup> children) implements Markup {
        public Tag {
            Objects.requireNonNull(name, "name");
            attrs = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(attrs));
            style = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(style));
            children = List.copyOf(children);
        }

        public boolean isComponent() {
            return Character.isUpperCase(name.charAt(0));
        }

        /** Elements HTML writes without an end tag. */
        public boolean isVoid() {
            return switch (name) {
                case "input", "img", "hr", "br", "meta", "link", "source" -> true;
                default -> false;
            };
        }
    }

    static Builder tag(String name) {
        return new Builder(name);
    }

    static Text text(String text) {
        return new Text(text);
    }

    /** Builds a {@link Tag}; attributes and style keep the order they are set in. */
    final class Builder {
        private final String name;
        private final Map<String, String> attrs = new LinkedHashMap<>();
        private final Map<String, String> style = new LinkedHashMap<>();
        private final List<Markup> children = new ArrayList<>();

        private Builder(String name) {
            this.name = name;
        }

        public Builder attr(String name, String value) {
            attrs.put(name, Objects.requireNonNull(value, name));
            return this;
        }

        /** A boolean attribute, present when {@code on}. */
        public Builder flag(String name, boolean on) {
            if (on) attrs.put(name, null);
            else attrs.remove(name);
            return this;
        }

        public Builder cls(String className) {
            String old = attrs.get("class");
            attrs.put("class", old == null ? className : old + " " + className);
            return this;
        }

        public Builder style(String property, String value) {
            style.put(property, value);
            return this;
        }

        public Builder add(Markup child) {
            children.add(child);
            return this;
        }

        public Builder add(Builder child) {
            return add(child.build());
        }

        public Builder addAll(List<? extends Markup> more) {
            children.addAll(more);
            return this;
        }

        public Builder text(String text) {
            if (!text.isEmpty()) children.add(new Text(text));
            return this;
        }

        public Tag build() {
            return new Tag(name, attrs, style, children);
        }
    }
}
