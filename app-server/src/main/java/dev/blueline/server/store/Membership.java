package dev.blueline.server.store;

import dev.blueline.model.room.Role;

import java.time.Instant;

/** A user's role in a project, with the user's display name and colour for presence. */
public record Membership(String projectId, String userId, String userName, String color, Role role, Instant joinedAt) {
}
