package dev.blueline.server.store;

import java.time.Instant;

/** One message of a conversation. {@code role} is {@code user} or {@code assistant}. */
public record ConversationMessage(String id, String conversationId, String role, String content, Instant createdAt) {
}
