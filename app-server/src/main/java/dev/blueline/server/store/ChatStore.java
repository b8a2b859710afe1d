package dev.blueline.server.store;

import dev.blueline.model.room.ChatEntry;

import java.util.List;

/** Reading chat history; messages are written by the room's commit. */
public interface ChatStore {
    /** The latest {@code limit} messages, oldest first. */
    List<ChatEntry> recent(String projectId, int limit);
}
