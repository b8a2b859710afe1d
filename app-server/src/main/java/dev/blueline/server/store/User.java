package dev.blueline.server.store;

import java.time.Instant;

/**
 * An account. Guests join through an invite with a display name only: they have no email and no
 * password and can sign in again only with a refresh token.
 */
public record User(String id, String email, String name, String passwordHash, boolean guest, Instant createdAt) {
    @Override
    public String toString() {
        return "User[id=" + id + ", email=" + email + ", name=" + name + ", guest=" + guest + "]"; // never the hash
    }
}
