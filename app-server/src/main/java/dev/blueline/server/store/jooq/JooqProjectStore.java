package dev.blueline.server.store.jooq;

import dev.blueline.model.room.Role;
import dev.blueline.server.db.tables.records.ProjectsRecord;
import dev.blueline.server.store.Membership;
import dev.blueline.server.store.Project;
import dev.blueline.server.store.ProjectStore;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.SelectOnConditionStep;
import org.jooq.exception.IntegrityConstraintViolationException;
import org.jooq.impl.DSL;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import static dev.blueline.server.db.Tables.PROJECTS;
import static dev.blueline.server.db.Tables.PROJECT_MEMBERS;
import static dev.blueline.server.db.Tables.USERS;

/** Projects and their members. Deleting a project removes everything in it through ON DELETE CASCADE. */
final class JooqProjectStore implements ProjectStore {
    private final DSLContext dsl;
    private final Times times;

    JooqProjectStore(DSLContext dsl, Times times) {
        this.dsl = dsl;
        this.times = times;
    }

    @Override
    public Project create(String name, String ownerId) {
        Instant now = times.now();
        Project p = new Project(UUID.randomUUID().toString(), name, ownerId, now, now);
        dsl.transaction(cfg -> {
            DSLContext tx = cfg.dsl();
            tx.insertInto(PROJECTS, PROJECTS.ID, PROJECTS.NAME, PROJECTS.OWNER_ID, PROJECTS.CREATED_AT, PROJECTS.UPDATED_AT)
                    .values(p.id(), name, ownerId, Times.column(now), Times.column(now))
                    .execute();
            insertMember(tx, p.id(), ownerId, Role.OWNER, Palette.COLORS.getFirst(), now);
        });
        return p;
    }

    @Override
    public Optional<Project> byId(String id) {
        return dsl.selectFrom(PROJECTS).where(PROJECTS.ID.eq(id)).fetchOptional().map(JooqProjectStore::project);
    }

    @Override
    public List<Project> forUser(String userId) {
        return dsl.select(PROJECTS.fields()).from(PROJECTS)
                .join(PROJECT_MEMBERS).on(PROJECT_MEMBERS.PROJECT_ID.eq(PROJECTS.ID))
                .where(PROJECT_MEMBERS.USER_ID.eq(userId))
                .orderBy(PROJECTS.UPDATED_AT.desc(), PROJECTS.ID)
                .fetch(r -> project(r.into(PROJECTS)));
    }

    @Override
    public Optional<Project> rename(String id, String name) {
        int n = dsl.update(PROJECTS).set(PROJECTS.NAME, name).set(PROJECTS.UPDATED_AT, Times.column(times.now()))
                .where(PROJECTS.ID.eq(id)).execute();
        return n == 0 ? Optional.empty() : byId(id);
    }

    @Override
    public boolean delete(String id) {
        return dsl.deleteFrom(PROJECTS).where(PROJECTS.ID.eq(id)).execute() > 0;
    }

    @Override
    public Optional<Membership> membership(String projectId, String userId) {
        return membership(dsl, projectId, userId);
    }

    @Override
    public List<Membership> members(String projectId) {
        return memberQuery(dsl).where(PROJECT_MEMBERS.PROJECT_ID.eq(projectId))
                .orderBy(DSL.when(PROJECT_MEMBERS.ROLE.eq(Role.OWNER.wireName()), 0).otherwise(1),
                        PROJECT_MEMBERS.JOINED_AT, PROJECT_MEMBERS.USER_ID)
                .fetch(JooqProjectStore::membership);
    }

    @Override
    public Membership addMember(String projectId, String userId, Role role) {
        try {
            return dsl.transactionResult(cfg -> {
                DSLContext tx = cfg.dsl();
                Optional<Membership> current = membership(tx, projectId, userId);
                if (current.isEmpty()) {
                    List<String> taken = tx.select(PROJECT_MEMBERS.COLOR).from(PROJECT_MEMBERS)
                            .where(PROJECT_MEMBERS.PROJECT_ID.eq(projectId)).fetch(PROJECT_MEMBERS.COLOR);
                    if (insertMember(tx, projectId, userId, role, Palette.pick(taken), times.now()) == 0) {
                        current = membership(tx, projectId, userId); // joined a moment ago through another request
                    }
                }
                // a member keeps the higher role: ordinals run owner, editor, viewer
                if (current.isPresent() && role.ordinal() < current.get().role().ordinal()) setRole(tx, projectId, userId, role);
                return membership(tx, projectId, userId).orElseThrow();
            });
        } catch (IntegrityConstraintViolationException e) {
            throw new IllegalArgumentException("no project " + projectId + " or no user " + userId, e);
        }
    }

    @Override
    public boolean setRole(String projectId, String userId, Role role) {
        return setRole(dsl, projectId, userId, role);
    }

    @Override
    public boolean removeMember(String projectId, String userId) {
        return dsl.deleteFrom(PROJECT_MEMBERS)
                .where(PROJECT_MEMBERS.PROJECT_ID.eq(projectId), PROJECT_MEMBERS.USER_ID.eq(userId))
                .execute() > 0;
    }

    private static boolean setRole(DSLContext ctx, String projectId, String userId, Role role) {
        return ctx.update(PROJECT_MEMBERS).set(PROJECT_MEMBERS.ROLE, role.wireName())
                .where(PROJECT_MEMBERS.PROJECT_ID.eq(projectId), PROJECT_MEMBERS.USER_ID.eq(userId))
                .execute() > 0;
    }

    private static int insertMember(DSLContext ctx, String projectId, String userId, Role role, String color, Instant at) {
        return ctx.insertInto(PROJECT_MEMBERS, PROJECT_MEMBERS.PROJECT_ID, PROJECT_MEMBERS.USER_ID, PROJECT_MEMBERS.ROLE,
                        PROJECT_MEMBERS.COLOR, PROJECT_MEMBERS.JOINED_AT)
                .values(projectId, userId, role.wireName(), color, Times.column(at))
                .onConflictDoNothing()
                .execute();
    }

    private static Optional<Membership> membership(DSLContext ctx, String projectId, String userId) {
        return memberQuery(ctx).where(PROJECT_MEMBERS.PROJECT_ID.eq(projectId), PROJECT_MEMBERS.USER_ID.eq(userId))
                .fetchOptional(JooqProjectStore::membership);
    }

    private static SelectOnConditionStep<Record> memberQuery(DSLContext ctx) {
        return ctx.select(PROJECT_MEMBERS.fields()).select(USERS.NAME)
                .from(PROJECT_MEMBERS).join(USERS).on(USERS.ID.eq(PROJECT_MEMBERS.USER_ID));
    }

    private static Membership membership(Record r) {
        return new Membership(r.get(PROJECT_MEMBERS.PROJECT_ID), r.get(PROJECT_MEMBERS.USER_ID), r.get(USERS.NAME),
                r.get(PROJECT_MEMBERS.COLOR), Roles.parse(r.get(PROJECT_MEMBERS.ROLE)), Times.instant(r.get(PROJECT_MEMBERS.JOINED_AT)));
    }

    private static Project project(ProjectsRecord r) {
        return new Project(r.getId(), r.getName(), r.getOwnerId(), Times.instant(r.getCreatedAt()), Times.instant(r.getUpdatedAt()));
    }
}
