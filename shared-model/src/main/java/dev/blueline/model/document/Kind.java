package dev.blueline.model.document;

import java.util.Optional;

/** The two kinds of object in a project document. */
public enum Kind {
    SCREEN("screen"),
    ELEMENT("element");

    private final String wireName;

    Kind(String wireName) {
        this.wireName = wireName;
    }

    public String wireName() {
        return wireName;
    }

    public static Optional<Kind> fromWire(String name) {
        for (Kind k : values()) {
            if (k.wireName.equals(name)) return Optional.of(k);
        }
        return Optional.empty();
    }
}
