package dev.blueline.server.store.jooq;

import dev.blueline.model.document.Document;
import dev.blueline.model.document.Kind;
import dev.blueline.model.document.Props;
import dev.blueline.model.document.Value;
import dev.blueline.model.ops.Put;
import dev.blueline.model.ops.SequencedChange;
import dev.blueline.model.room.ChatEntry;
import dev.blueline.model.room.RoomStore;
import org.jooq.BatchBindStep;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalLong;

import static dev.blueline.server.db.Tables.CHANGE_LOG;
import static dev.blueline.server.db.Tables.CHAT_MESSAGES;
import static dev.blueline.server.db.Tables.OBJECTS;
import static dev.blueline.server.db.Tables.PROJECTS;

/**
 * The durable log and objects of one project, for its room: the same behaviour as
 * {@code InMemoryRoomStore}, kept in the change_log, objects and chat_messages tables. Each commit
 * is one transaction of three JDBC batches and one update, whatever the number of changes.
 */
final class JooqRoomStore implements RoomStore {
    private final DSLContext dsl;
    private final Times times;
    private final String projectId;

    JooqRoomStore(DSLContext dsl, Times times, String projectId) {
        this.dsl = dsl;
        this.times = times;
        this.projectId = projectId;
    }

    @Override
    public Loaded load() {
        Document doc = new Document();
        dsl.select(OBJECTS.ID, OBJECTS.KIND, OBJECTS.PROPS).from(OBJECTS).where(OBJECTS.PROJECT_ID.eq(projectId))
                .forEach(r -> addObject(doc, r.value1(), r.value2(), r.value3()));
        return new Loaded(doc, JooqDocumentReader.lastSeq(dsl, projectId));
    }

    @Override
    public List<SequencedChange> changes(long from, long to) {
        // seqs are contiguous from 1 (commit enforces it), so a seq range is a key range
        return dsl.select(CHANGE_LOG.SEQ, CHANGE_LOG.CLIENT_ID, CHANGE_LOG.CLIENT_SEQ, CHANGE_LOG.USER_ID, CHANGE_LOG.OPS)
                .from(CHANGE_LOG)
                .where(CHANGE_LOG.PROJECT_ID.eq(projectId), CHANGE_LOG.SEQ.between(from, to))
                .orderBy(CHANGE_LOG.SEQ)
                .fetch(r -> new SequencedChange(r.value1(), r.value2(), r.value3(), r.value4(), Json.ops(r.value5())));
    }

    private static void addObject(Document doc, String id, String kind, String propsJson) {
        doc.create(id, Kind.fromWire(kind).orElseThrow(() -> new IllegalStateException("unknown kind in the database: " + kind)));
        for (Map.Entry<String, Value> p : Json.props(propsJson).entrySet()) {
            if (!p.getKey().equals(Props.KIND)) doc.set(id, p.getKey(), p.getValue());
        }
    }

    @Override
    public void commit(String epoch, List<SequencedChange> changes, List<Put> touched, List<ChatEntry> chat) {
        if (changes.isEmpty() && chat.isEmpty()) return;
        // encode before the transaction starts, so it stays short
        List<String> opsJson = changes.stream().map(c -> Json.ops(c.ops())).toList();
        List<ObjectRow> rows = touched.stream().map(ObjectRow::of).filter(Objects::nonNull).toList();
        Map<String, Long> lastWrite = lastWriteSeqs(changes);
        OffsetDateTime now = Times.column(times.now());
        dsl.transaction(cfg -> {
            DSLContext tx = cfg.dsl();
            // first, so the project row lock orders concurrent commits to one project
            advanceProject(tx, changes, now);
            if (!changes.isEmpty()) insertChanges(tx, epoch, changes, opsJson, now);
            if (!rows.isEmpty()) upsertObjects(tx, rows, lastWrite, changes.isEmpty() ? 0 : changes.getLast().seq());
            if (!chat.isEmpty()) insertChat(tx, chat);
        });
    }

    /**
     * Marks the project updated and moves its last seq to the batch's last change. The batch must
     * continue the log exactly (first seq right after the stored one, no gaps), else nothing is stored.
     */
    private void advanceProject(DSLContext tx, List<SequencedChange> changes, OffsetDateTime now) {
        if (changes.isEmpty()) {
            tx.update(PROJECTS).set(PROJECTS.UPDATED_AT, now).where(PROJECTS.ID.eq(projectId)).execute();
            return;
        }
        long first = changes.getFirst().seq();
        for (int i = 1; i < changes.size(); i++) {
            if (changes.get(i).seq() != first + i) throw new IllegalStateException("seq gap inside the batch at " + changes.get(i).seq());
        }
        int moved = tx.update(PROJECTS).set(PROJECTS.UPDATED_AT, now).set(PROJECTS.LAST_SEQ, changes.getLast().seq())
                .where(PROJECTS.ID.eq(projectId), PROJECTS.LAST_SEQ.eq(first - 1))
                .execute();
        if (moved == 0) {
            throw new IllegalStateException("project " + projectId + " is at seq " + JooqDocumentReader.lastSeq(tx, projectId)
                    + " (or does not exist); a batch starting at " + first + " does not follow it");
        }
    }

    private void insertChanges(DSLContext tx, String epoch, List<SequencedChange> changes, List<String> opsJson, OffsetDateTime now) {
        BatchBindStep batch = tx.batch(tx.insertInto(CHANGE_LOG, CHANGE_LOG.PROJECT_ID, CHANGE_LOG.SEQ, CHANGE_LOG.CLIENT_ID,
                        CHANGE_LOG.CLIENT_SEQ, CHANGE_LOG.USER_ID, CHANGE_LOG.OPS, CHANGE_LOG.CREATED_AT, CHANGE_LOG.EPOCH)
                .values((String) null, (Long) null, (String) null, (Long) null, (String) null, (String) null, (OffsetDateTime) null, (String) null));
        for (int i = 0; i < changes.size(); i++) {
            SequencedChange c = changes.get(i);
            batch.bind(projectId, c.seq(), c.clientId(), c.clientSeq(), c.userId(), opsJson.get(i), now, epoch);
        }
        batch.execute();
    }

    private void upsertObjects(DSLContext tx, List<ObjectRow> rows, Map<String, Long> lastWrite, long fallbackSeq) {
        BatchBindStep batch = tx.batch(tx.mergeInto(OBJECTS, OBJECTS.PROJECT_ID, OBJECTS.ID, OBJECTS.KIND, OBJECTS.SCREEN_ID,
                        OBJECTS.DELETED, OBJECTS.PROPS, OBJECTS.UPDATED_SEQ)
                .key(OBJECTS.PROJECT_ID, OBJECTS.ID)
                .values((String) null, (String) null, (String) null, (String) null, (Boolean) null, (String) null, (Long) null));
        for (ObjectRow r : rows) {
            batch.bind(projectId, r.id(), r.kind(), r.screenId(), r.deleted(), r.props(), lastWrite.getOrDefault(r.id(), fallbackSeq));
        }
        batch.execute();
    }

    private void insertChat(DSLContext tx, List<ChatEntry> chat) {
        BatchBindStep batch = tx.batch(tx.insertInto(CHAT_MESSAGES, CHAT_MESSAGES.ID, CHAT_MESSAGES.PROJECT_ID,
                        CHAT_MESSAGES.USER_ID, CHAT_MESSAGES.NAME, CHAT_MESSAGES.TEXT, CHAT_MESSAGES.CREATED_AT)
                .values((String) null, (String) null, (String) null, (String) null, (String) null, (OffsetDateTime) null));
        for (ChatEntry m : chat) batch.bind(m.id(), projectId, m.userId(), m.name(), m.text(), Times.column(m.at()));
        batch.execute();
    }

    /** For each object, the seq of the last change in the batch that wrote it. */
    private static Map<String, Long> lastWriteSeqs(List<SequencedChange> changes) {
        Map<String, Long> out = new HashMap<>();
        for (SequencedChange c : changes) {
            for (Put op : c.ops()) out.put(op.id(), c.seq());
        }
        return out;
    }

    @Override
    public String epochOf(long seq) {
        return dsl.select(CHANGE_LOG.EPOCH).from(CHANGE_LOG)
                .where(CHANGE_LOG.PROJECT_ID.eq(projectId), CHANGE_LOG.SEQ.eq(seq))
                .fetchOne(CHANGE_LOG.EPOCH);
    }

    @Override
    public OptionalLong seqOf(String clientId, long clientSeq) {
        Long seq = dsl.select(CHANGE_LOG.SEQ).from(CHANGE_LOG)
                .where(CHANGE_LOG.PROJECT_ID.eq(projectId), CHANGE_LOG.CLIENT_ID.eq(clientId), CHANGE_LOG.CLIENT_SEQ.eq(clientSeq))
                .fetchOne(CHANGE_LOG.SEQ);
        return seq == null ? OptionalLong.empty() : OptionalLong.of(seq);
    }

    @Override
    public long lastClientSeq(String clientId) {
        Long max = dsl.select(DSL.max(CHANGE_LOG.CLIENT_SEQ)).from(CHANGE_LOG)
                .where(CHANGE_LOG.PROJECT_ID.eq(projectId), CHANGE_LOG.CLIENT_ID.eq(clientId))
                .fetchOne(0, Long.class);
        return max == null ? 0 : max;
    }
}
