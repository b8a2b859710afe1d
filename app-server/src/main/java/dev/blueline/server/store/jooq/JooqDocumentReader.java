package dev.blueline.server.store.jooq;

import dev.blueline.model.document.Kind;
import dev.blueline.server.store.DocumentReader;
import dev.blueline.server.store.StoredObject;
import org.jooq.DSLContext;
import org.jooq.Record3;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import static dev.blueline.server.db.Tables.OBJECTS;
import static dev.blueline.server.db.Tables.PROJECTS;

/** Indexed reads of the objects table for the REST API. */
final class JooqDocumentReader implements DocumentReader {
    private static final Comparator<StoredObject> BY_ORDER =
            Comparator.comparing((StoredObject o) -> ObjectRow.orderKey(o.props())).thenComparing(StoredObject::id);

    private final DSLContext dsl;

    JooqDocumentReader(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public List<StoredObject> screens(String projectId) {
        return sorted(dsl.select(OBJECTS.ID, OBJECTS.PROPS, OBJECTS.UPDATED_SEQ).from(OBJECTS)
                // screens are the objects without a screen_id: the (project_id, screen_id) index finds them
                .where(OBJECTS.PROJECT_ID.eq(projectId), OBJECTS.SCREEN_ID.isNull(), OBJECTS.KIND.eq(Kind.SCREEN.wireName()),
                        OBJECTS.DELETED.isFalse())
                .fetch(JooqDocumentReader::stored));
    }

    @Override
    public Optional<StoredObject> object(String projectId, String id) {
        return dsl.select(OBJECTS.ID, OBJECTS.PROPS, OBJECTS.UPDATED_SEQ).from(OBJECTS)
                .where(OBJECTS.PROJECT_ID.eq(projectId), OBJECTS.ID.eq(id))
                .fetchOptional(JooqDocumentReader::stored);
    }

    /** Sorted by order key then id, the way siblings are drawn. */
    @Override
    public List<StoredObject> elementsOf(String projectId, String screenId) {
        return sorted(dsl.select(OBJECTS.ID, OBJECTS.PROPS, OBJECTS.UPDATED_SEQ).from(OBJECTS)
                // only elements have a screen_id, so (project_id, screen_id) is the whole lookup
                .where(OBJECTS.PROJECT_ID.eq(projectId), OBJECTS.SCREEN_ID.eq(screenId), OBJECTS.DELETED.isFalse())
                .fetch(JooqDocumentReader::stored));
    }

    @Override
    public Optional<String> projectOf(String objectId) {
        return dsl.select(OBJECTS.PROJECT_ID).from(OBJECTS).where(OBJECTS.ID.eq(objectId))
                .orderBy(OBJECTS.PROJECT_ID).limit(1)
                .fetchOptional(OBJECTS.PROJECT_ID);
    }

    @Override
    public long seq(String projectId) {
        return lastSeq(dsl, projectId);
    }

    /** From the projects row, which every commit moves with the log (0 for an unknown project). */
    static long lastSeq(DSLContext ctx, String projectId) {
        Long seq = ctx.select(PROJECTS.LAST_SEQ).from(PROJECTS).where(PROJECTS.ID.eq(projectId)).fetchOne(PROJECTS.LAST_SEQ);
        return seq == null ? 0 : seq;
    }

    private static List<StoredObject> sorted(List<StoredObject> objects) {
        List<StoredObject> out = new ArrayList<>(objects);
        out.sort(BY_ORDER);
        return out;
    }

    private static StoredObject stored(Record3<String, String, Long> r) {
        return new StoredObject(r.value1(), Collections.unmodifiableMap(Json.props(r.value2())), r.value3());
    }
}
