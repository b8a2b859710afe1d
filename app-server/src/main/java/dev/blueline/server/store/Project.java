package dev.blueline.server.store;

import java.time.Instant;

public record Project(String id, String name, String ownerId, Instant createdAt, Instant updatedAt) {
}
