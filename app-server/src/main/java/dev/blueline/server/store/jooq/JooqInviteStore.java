package dev.blueline.server.store.jooq;

import dev.blueline.model.room.Role;
import dev.blueline.server.db.tables.records.InvitesRecord;
import dev.blueline.server.store.Invite;
import dev.blueline.server.store.InviteStore;
import org.jooq.DSLContext;

import java.security.SecureRandom;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.List;
import java.util.Optional;

import static dev.blueline.server.db.Tables.INVITES;

/** Invites to a project. Codes are 144 random bits, URL-safe base64 without padding (24 characters). */
final class JooqInviteStore implements InviteStore {
    private static final int CODE_BYTES = 18;
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Base64.Encoder CODE_TEXT = Base64.getUrlEncoder().withoutPadding();

    private final DSLContext dsl;
    private final Times times;

    JooqInviteStore(DSLContext dsl, Times times) {
        this.dsl = dsl;
        this.times = times;
    }

    @Override
    public Invite create(String projectId, Role role, String createdBy, Instant expiresAt) {
        if (role == Role.OWNER) throw new IllegalArgumentException("an invite can make editors or viewers, not owners");
        Invite invite = new Invite(newCode(), projectId, role, createdBy, times.now(), expiresAt.truncatedTo(ChronoUnit.MICROS), false);
        dsl.insertInto(INVITES, INVITES.CODE, INVITES.PROJECT_ID, INVITES.ROLE, INVITES.CREATED_BY, INVITES.CREATED_AT,
                        INVITES.EXPIRES_AT, INVITES.REVOKED)
                .values(invite.code(), projectId, role.wireName(), createdBy, Times.column(invite.createdAt()),
                        Times.column(expiresAt), false)
                .execute();
        return invite;
    }

    @Override
    public Optional<Invite> byCode(String code) {
        return dsl.selectFrom(INVITES).where(INVITES.CODE.eq(code)).fetchOptional().map(JooqInviteStore::invite);
    }

    @Override
    public List<Invite> active(String projectId, Instant now) {
        return dsl.selectFrom(INVITES)
                .where(INVITES.PROJECT_ID.eq(projectId), INVITES.REVOKED.isFalse(), INVITES.EXPIRES_AT.gt(Times.column(now)))
                .orderBy(INVITES.CREATED_AT.desc(), INVITES.CODE)
                .fetch(JooqInviteStore::invite);
    }

    /** True when the project has an invite with this code (revoking twice is not an error). */
    @Override
    public boolean revoke(String projectId, String code) {
        return dsl.update(INVITES).set(INVITES.REVOKED, true)
                .where(INVITES.PROJECT_ID.eq(projectId), INVITES.CODE.eq(code))
                .execute() > 0;
    }

    private static String newCode() {
        byte[] bytes = new byte[CODE_BYTES];
        RANDOM.nextBytes(bytes);
        return CODE_TEXT.encodeToString(bytes);
    }

    private static Invite invite(InvitesRecord r) {
        return new Invite(r.getCode(), r.getProjectId(), Roles.parse(r.getRole()), r.getCreatedBy(),
                Times.instant(r.getCreatedAt()), Times.instant(r.getExpiresAt()), r.getRevoked());
    }
}
