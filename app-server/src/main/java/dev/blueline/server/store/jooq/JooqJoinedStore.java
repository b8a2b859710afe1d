package dev.blueline.server.store.jooq;

import dev.blueline.server.db.tables.records.JoinedProjectsRecord;
import dev.blueline.server.store.JoinedRecord;
import dev.blueline.server.store.JoinedStore;
import dev.blueline.server.store.KeptCopy;
import org.jooq.Condition;
import org.jooq.DSLContext;

import java.util.List;
import java.util.Optional;

import static dev.blueline.server.db.Tables.CLIENT_SESSIONS;
import static dev.blueline.server.db.Tables.JOINED_PROJECTS;

/** Joined projects in the app's own H2 database, beside the pending edits of their sessions. */
final class JooqJoinedStore implements JoinedStore {
    private final DSLContext dsl;
    private final Times times;

    JooqJoinedStore(DSLContext dsl, Times times) {
        this.dsl = dsl;
        this.times = times;
    }

    @Override
    public JoinedRecord remember(JoinedRecord j) {
        return dsl.transactionResult(c -> {
            DSLContext tx = c.dsl();
            Condition sameHost = j.fingerprint() != null ? JOINED_PROJECTS.FINGERPRINT.eq(j.fingerprint())
                    : JOINED_PROJECTS.FINGERPRINT.isNull().and(JOINED_PROJECTS.LINK_HOST.eq(j.linkHost())).and(JOINED_PROJECTS.LINK_PORT.eq(j.linkPort()));
            JoinedProjectsRecord r = tx.selectFrom(JOINED_PROJECTS).where(sameHost, JOINED_PROJECTS.PROJECT_ID.eq(j.projectId())).fetchOne();
            if (r == null) {
                r = tx.newRecord(JOINED_PROJECTS);
                r.setId(j.id());
                r.setJoinedAt(Times.column(times.now()));
            }
            r.setLinkHost(j.linkHost());
            r.setLinkPort(j.linkPort());
            r.setInviteCode(j.inviteCode());
            r.setFingerprint(j.fingerprint());
            r.setProjectId(j.projectId());
            r.setProjectName(j.projectName());
            r.setDisplayName(j.displayName());
            r.setUserId(j.userId());
            r.setRole(j.role());
            r.setRefreshToken(j.refreshToken());
            r.setOpenedAt(Times.column(times.now()));
            r.store();
            return record(r);
        });
    }

    @Override
    public List<JoinedRecord> all() {
        return dsl.selectFrom(JOINED_PROJECTS).orderBy(JOINED_PROJECTS.OPENED_AT.desc(), JOINED_PROJECTS.ID).fetch(JooqJoinedStore::record);
    }

    @Override
    public Optional<JoinedRecord> byId(String id) {
        return dsl.selectFrom(JOINED_PROJECTS).where(JOINED_PROJECTS.ID.eq(id)).fetchOptional().map(JooqJoinedStore::record);
    }

    @Override
    public void updateRefreshToken(String id, String refreshToken) {
        dsl.update(JOINED_PROJECTS).set(JOINED_PROJECTS.REFRESH_TOKEN, refreshToken).where(JOINED_PROJECTS.ID.eq(id)).execute();
    }

    @Override
    public void opened(String id) {
        dsl.update(JOINED_PROJECTS).set(JOINED_PROJECTS.OPENED_AT, Times.column(times.now())).where(JOINED_PROJECTS.ID.eq(id)).execute();
    }

    @Override
    public void keepCopy(String id, KeptCopy copy) {
        dsl.update(JOINED_PROJECTS).set(JOINED_PROJECTS.SNAPSHOT, Json.ops(copy.objects())).set(JOINED_PROJECTS.SEQ, copy.seq())
                .set(JOINED_PROJECTS.EPOCH, copy.epoch()).where(JOINED_PROJECTS.ID.eq(id)).execute();
    }

    @Override
    public Optional<KeptCopy> copy(String id) {
        return dsl.select(JOINED_PROJECTS.SNAPSHOT, JOINED_PROJECTS.SEQ, JOINED_PROJECTS.EPOCH).from(JOINED_PROJECTS)
                .where(JOINED_PROJECTS.ID.eq(id), JOINED_PROJECTS.SNAPSHOT.isNotNull())
                .fetchOptional(r -> new KeptCopy(Json.ops(r.value1()), r.value2(), r.value3()));
    }

    @Override
    public void forget(String id) {
        dsl.transaction(c -> {
            DSLContext tx = c.dsl();
            tx.deleteFrom(CLIENT_SESSIONS).where(CLIENT_SESSIONS.SESSION_KEY.eq(JoinedStore.sessionKey(id))).execute(); // pending edits go with it
            tx.deleteFrom(JOINED_PROJECTS).where(JOINED_PROJECTS.ID.eq(id)).execute();
        });
    }

    private static JoinedRecord record(JoinedProjectsRecord r) {
        return new JoinedRecord(r.getId(), r.getLinkHost(), r.getLinkPort(), r.getInviteCode(), r.getFingerprint(), r.getProjectId(),
                r.getProjectName(), r.getDisplayName(), r.getUserId(), r.getRole(), r.getRefreshToken(),
                Times.instant(r.getJoinedAt()), Times.instant(r.getOpenedAt()));
    }
}
