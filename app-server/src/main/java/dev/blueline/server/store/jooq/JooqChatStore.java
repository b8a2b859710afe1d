package dev.blueline.server.store.jooq;

import dev.blueline.model.room.ChatEntry;
import dev.blueline.server.store.ChatStore;
import org.jooq.DSLContext;

import java.util.ArrayList;
import java.util.List;

import static dev.blueline.server.db.Tables.CHAT_MESSAGES;

/** Chat history; the room's commit writes it. */
final class JooqChatStore implements ChatStore {
    private final DSLContext dsl;

    JooqChatStore(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public List<ChatEntry> recent(String projectId, int limit) {
        if (limit <= 0) return List.of();
        List<ChatEntry> newestFirst = dsl.select(CHAT_MESSAGES.ID, CHAT_MESSAGES.USER_ID, CHAT_MESSAGES.NAME, CHAT_MESSAGES.TEXT,
                        CHAT_MESSAGES.CREATED_AT)
                .from(CHAT_MESSAGES)
                .where(CHAT_MESSAGES.PROJECT_ID.eq(projectId))
                // position breaks ties between messages stamped in the same instant
                .orderBy(CHAT_MESSAGES.CREATED_AT.desc(), CHAT_MESSAGES.POSITION.desc())
                .limit(limit)
                .fetch(r -> new ChatEntry(r.value1(), r.value2(), r.value3(), r.value4(), Times.instant(r.value5())));
        return new ArrayList<>(newestFirst).reversed();
    }
}
