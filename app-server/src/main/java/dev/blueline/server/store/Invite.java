package dev.blueline.server.store;

import dev.blueline.model.room.Role;

import java.time.Instant;

/** A code that lets someone join a project with a role until it expires or is revoked. */
public record Invite(String code, String projectId, Role role, String createdBy, Instant createdAt, Instant expiresAt, boolean revoked) {
    public boolean usableAt(Instant now) {
        return !revoked && now.isBefore(expiresAt);
    }

    @Override
    public String toString() {
        return "Invite[project=" + projectId + ", role=" + role + ", expiresAt=" + expiresAt + "]"; // never the code
    }
}
