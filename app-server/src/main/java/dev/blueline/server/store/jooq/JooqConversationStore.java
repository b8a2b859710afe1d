package dev.blueline.server.store.jooq;

import dev.blueline.server.db.tables.records.ConversationMessagesRecord;
import dev.blueline.server.db.tables.records.ConversationsRecord;
import dev.blueline.server.store.Conversation;
import dev.blueline.server.store.ConversationMessage;
import dev.blueline.server.store.ConversationStore;
import org.jooq.DSLContext;

import java.time.Instant;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import static dev.blueline.server.db.Tables.CONVERSATIONS;
import static dev.blueline.server.db.Tables.CONVERSATION_MESSAGES;

/** AI conversations of a project and their messages. */
final class JooqConversationStore implements ConversationStore {
    private static final Set<String> ROLES = Set.of("user", "assistant");

    private final DSLContext dsl;
    private final Times times;

    JooqConversationStore(DSLContext dsl, Times times) {
        this.dsl = dsl;
        this.times = times;
    }

    @Override
    public Conversation create(String projectId, String title, String createdBy) {
        Instant now = times.now();
        Conversation c = new Conversation(UUID.randomUUID().toString(), projectId, title, createdBy, now, now);
        dsl.insertInto(CONVERSATIONS, CONVERSATIONS.ID, CONVERSATIONS.PROJECT_ID, CONVERSATIONS.TITLE, CONVERSATIONS.CREATED_BY,
                        CONVERSATIONS.CREATED_AT, CONVERSATIONS.UPDATED_AT)
                .values(c.id(), projectId, title, createdBy, Times.column(now), Times.column(now))
                .execute();
        return c;
    }

    @Override
    public Optional<Conversation> byId(String id) {
        return dsl.selectFrom(CONVERSATIONS).where(CONVERSATIONS.ID.eq(id)).fetchOptional().map(JooqConversationStore::conversation);
    }

    @Override
    public List<Conversation> forProject(String projectId) {
        return dsl.selectFrom(CONVERSATIONS).where(CONVERSATIONS.PROJECT_ID.eq(projectId))
                .orderBy(CONVERSATIONS.UPDATED_AT.desc(), CONVERSATIONS.ID)
                .fetch(JooqConversationStore::conversation);
    }

    @Override
    public Optional<Conversation> rename(String id, String title) {
        int n = dsl.update(CONVERSATIONS).set(CONVERSATIONS.TITLE, title).set(CONVERSATIONS.UPDATED_AT, Times.column(times.now()))
                .where(CONVERSATIONS.ID.eq(id)).execute();
        return n == 0 ? Optional.empty() : byId(id);
    }

    @Override
    public boolean delete(String id) {
        return dsl.deleteFrom(CONVERSATIONS).where(CONVERSATIONS.ID.eq(id)).execute() > 0;
    }

    /** @throws NoSuchElementException when there is no such conversation */
    @Override
    public ConversationMessage addMessage(String conversationId, String role, String content) {
        if (!ROLES.contains(role)) throw new IllegalArgumentException("a message's role is user or assistant, not " + role);
        Instant now = times.now();
        ConversationMessage m = new ConversationMessage(UUID.randomUUID().toString(), conversationId, role, content, now);
        dsl.transaction(cfg -> {
            DSLContext tx = cfg.dsl();
            int touched = tx.update(CONVERSATIONS).set(CONVERSATIONS.UPDATED_AT, Times.column(now))
                    .where(CONVERSATIONS.ID.eq(conversationId)).execute();
            if (touched == 0) throw new NoSuchElementException("no conversation " + conversationId);
            tx.insertInto(CONVERSATION_MESSAGES, CONVERSATION_MESSAGES.ID, CONVERSATION_MESSAGES.CONVERSATION_ID,
                            CONVERSATION_MESSAGES.ROLE, CONVERSATION_MESSAGES.CONTENT, CONVERSATION_MESSAGES.CREATED_AT)
                    .values(m.id(), conversationId, role, content, Times.column(now))
                    .execute();
        });
        return m;
    }

    @Override
    public List<ConversationMessage> messages(String conversationId) {
        return dsl.selectFrom(CONVERSATION_MESSAGES).where(CONVERSATION_MESSAGES.CONVERSATION_ID.eq(conversationId))
                .orderBy(CONVERSATION_MESSAGES.POSITION)
                .fetch(JooqConversationStore::message);
    }

    private static Conversation conversation(ConversationsRecord r) {
        return new Conversation(r.getId(), r.getProjectId(), r.getTitle(), r.getCreatedBy(),
                Times.instant(r.getCreatedAt()), Times.instant(r.getUpdatedAt()));
    }

    private static ConversationMessage message(ConversationMessagesRecord r) {
        return new ConversationMessage(r.getId(), r.getConversationId(), r.getRole(), r.getContent(), Times.instant(r.getCreatedAt()));
    }
}
