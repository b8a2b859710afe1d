package dev.blueline.model.room;

import java.util.Objects;

/** A person in a room, as the host authenticated them. */
public record Member(String userId, String name, String color, Role role) {
    public Member {
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(color, "color");
        Objects.requireNonNull(role, "role");
    }
}
