package dev.blueline.model.room;

import java.time.Instant;

/** A chat message as stored with the project. */
public record ChatEntry(String id, String userId, String name, String text, Instant at) {
}
