package dev.blueline.server.store;

import java.util.List;
import java.util.Optional;

public interface ConversationStore {
    Conversation create(String projectId, String title, String createdBy);

    Optional<Conversation> byId(String id);

    /** Conversations of a project, most recently updated first. */
    List<Conversation> forProject(String projectId);

    Optional<Conversation> rename(String id, String title);

    boolean delete(String id);

    /** Appends a message and marks the conversation updated. */
    ConversationMessage addMessage(String conversationId, String role, String content);

    /** Messages oldest first. */
    List<ConversationMessage> messages(String conversationId);
}
