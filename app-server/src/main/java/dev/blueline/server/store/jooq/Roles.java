package dev.blueline.server.store.jooq;

import dev.blueline.model.room.Role;

/** Roles are stored by their wire names ({@code owner}, {@code editor}, {@code viewer}). */
final class Roles {
    private Roles() {
    }

    static Role parse(String stored) {
        return Role.fromWire(stored).orElseThrow(() -> new IllegalStateException("unknown role in the database: " + stored));
    }
}
