package dev.blueline.server.store;

import dev.blueline.model.room.Role;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

public interface InviteStore {
    /** A new invite with a random, URL-safe code of at least 128 bits. */
    Invite create(String projectId, Role role, String createdBy, Instant expiresAt);

    Optional<Invite> byCode(String code);

    /** Invites of a project that are neither expired nor revoked, newest first. */
    List<Invite> active(String projectId, Instant now);

    boolean revoke(String projectId, String code);
}
