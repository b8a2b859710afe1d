package dev.blueline.server.store.jooq;

import dev.blueline.server.db.tables.records.CustomComponentsRecord;
import dev.blueline.server.store.ComponentStore;
import dev.blueline.server.store.CustomComponent;
import org.jooq.DSLContext;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import static dev.blueline.server.db.Tables.CUSTOM_COMPONENTS;

/** A project's library of custom components. */
final class JooqComponentStore implements ComponentStore {
    private final DSLContext dsl;
    private final Times times;

    JooqComponentStore(DSLContext dsl, Times times) {
        this.dsl = dsl;
        this.times = times;
    }

    @Override
    public CustomComponent create(String projectId, String name, String definition, String createdBy) {
        CustomComponent c = new CustomComponent(UUID.randomUUID().toString(), projectId, name, definition, createdBy, times.now());
        dsl.insertInto(CUSTOM_COMPONENTS, CUSTOM_COMPONENTS.ID, CUSTOM_COMPONENTS.PROJECT_ID, CUSTOM_COMPONENTS.NAME,
                        CUSTOM_COMPONENTS.DEFINITION, CUSTOM_COMPONENTS.CREATED_BY, CUSTOM_COMPONENTS.CREATED_AT)
                .values(c.id(), projectId, name, definition, createdBy, Times.column(c.createdAt()))
                .execute();
        return c;
    }

    @Override
    public Optional<CustomComponent> byId(String id) {
        return dsl.selectFrom(CUSTOM_COMPONENTS).where(CUSTOM_COMPONENTS.ID.eq(id)).fetchOptional().map(JooqComponentStore::component);
    }

    @Override
    public List<CustomComponent> forProject(String projectId) {
        return dsl.selectFrom(CUSTOM_COMPONENTS).where(CUSTOM_COMPONENTS.PROJECT_ID.eq(projectId))
                .orderBy(CUSTOM_COMPONENTS.NAME, CUSTOM_COMPONENTS.CREATED_AT, CUSTOM_COMPONENTS.ID)
                .fetch(JooqComponentStore::component);
    }

    @Override
    public boolean delete(String id) {
        return dsl.deleteFrom(CUSTOM_COMPONENTS).where(CUSTOM_COMPONENTS.ID.eq(id)).execute() > 0;
    }

    private static CustomComponent component(CustomComponentsRecord r) {
        return new CustomComponent(r.getId(), r.getProjectId(), r.getName(), r.getDefinition(), r.getCreatedBy(),
                Times.instant(r.getCreatedAt()));
    }
}
