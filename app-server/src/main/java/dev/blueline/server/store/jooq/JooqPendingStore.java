package dev.blueline.server.store.jooq;

import dev.blueline.model.document.Ids;
import dev.blueline.model.sync.PendingChange;
import dev.blueline.model.sync.PendingStore;
import org.jooq.DSLContext;

import java.util.List;

import static dev.blueline.server.db.Tables.CLIENT_PENDING;
import static dev.blueline.server.db.Tables.CLIENT_SESSIONS;

/**
 * A client's unacknowledged changes for one session, in H2. Each call commits before it returns,
 * so an edit made offline is on disk before the app shows it as done.
 */
final class JooqPendingStore implements PendingStore {
    private final DSLContext dsl;
    private final String sessionKey;
    private final String clientId;

    JooqPendingStore(DSLContext dsl, String sessionKey) {
        this.dsl = dsl;
        this.sessionKey = sessionKey;
        this.clientId = dsl.transactionResult(c -> {
            DSLContext tx = c.dsl();
            String existing = tx.select(CLIENT_SESSIONS.CLIENT_ID).from(CLIENT_SESSIONS)
                    .where(CLIENT_SESSIONS.SESSION_KEY.eq(sessionKey)).fetchOne(CLIENT_SESSIONS.CLIENT_ID);
            if (existing != null) return existing;
            String id = Ids.random();
            tx.insertInto(CLIENT_SESSIONS).set(CLIENT_SESSIONS.SESSION_KEY, sessionKey).set(CLIENT_SESSIONS.CLIENT_ID, id).execute();
            return id;
        });
    }

    @Override
    public String clientId() {
        return clientId;
    }

    @Override
    public List<PendingChange> load() {
        return dsl.select(CLIENT_PENDING.CLIENT_SEQ, CLIENT_PENDING.OPS).from(CLIENT_PENDING)
                .where(CLIENT_PENDING.SESSION_KEY.eq(sessionKey))
                .orderBy(CLIENT_PENDING.CLIENT_SEQ)
                .fetch(r -> new PendingChange(r.value1(), Json.ops(r.value2())));
    }

    @Override
    public long lastClientSeq() {
        Long v = dsl.select(CLIENT_SESSIONS.LAST_CLIENT_SEQ).from(CLIENT_SESSIONS)
                .where(CLIENT_SESSIONS.SESSION_KEY.eq(sessionKey)).fetchOne(CLIENT_SESSIONS.LAST_CLIENT_SEQ);
        return v == null ? 0 : v;
    }

    @Override
    public void add(PendingChange change) {
        dsl.transaction(c -> {
            DSLContext tx = c.dsl();
            tx.insertInto(CLIENT_PENDING).set(CLIENT_PENDING.SESSION_KEY, sessionKey).set(CLIENT_PENDING.CLIENT_SEQ, change.clientSeq())
                    .set(CLIENT_PENDING.OPS, Json.ops(change.ops())).execute();
            tx.update(CLIENT_SESSIONS).set(CLIENT_SESSIONS.LAST_CLIENT_SEQ, change.clientSeq())
                    .where(CLIENT_SESSIONS.SESSION_KEY.eq(sessionKey).and(CLIENT_SESSIONS.LAST_CLIENT_SEQ.lt(change.clientSeq()))).execute();
        });
    }

    @Override
    public void remove(long clientSeq) {
        dsl.deleteFrom(CLIENT_PENDING).where(CLIENT_PENDING.SESSION_KEY.eq(sessionKey).and(CLIENT_PENDING.CLIENT_SEQ.eq(clientSeq))).execute();
    }
}
