package dev.blueline.server.store;

import java.time.Instant;

/** An AI conversation about a project. */
public record Conversation(String id, String projectId, String title, String createdBy, Instant createdAt, Instant updatedAt) {
}
