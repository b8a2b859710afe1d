package dev.blueline.model.room;

import java.util.Optional;

/** What a member of a project may do. */
public enum Role {
    OWNER("owner"),
    EDITOR("editor"),
    VIEWER("viewer");

    private final String wireName;

    Role(String wireName) {
        this.wireName = wireName;
    }

    public String wireName() {
        return wireName;
    }

    public boolean canEdit() {
        return this != VIEWER;
    }

    public static Optional<Role> fromWire(String name) {
        for (Role r : values()) {
            if (r.wireName.equals(name)) return Optional.of(r);
        }
        return Optional.empty();
    }
}
