package dev.blueline.server.api;

import dev.blueline.model.document.Props;
import dev.blueline.model.document.Value;
import dev.blueline.model.room.Role;
import dev.blueline.server.http.ApiException;
import dev.blueline.server.store.Membership;
import dev.blueline.server.store.Project;
import dev.blueline.server.store.StoredObject;
import dev.blueline.server.store.Stores;

import java.util.Optional;

/**
 * Finds the screen a {@code /wireframes/{id}/…} route is about, checked against membership, by
 * the same rules as {@link WireframesApi}: unknown, deleted or foreign screens are all "not
 * found", and since ids are chosen by clients, the caller's own projects are searched before
 * giving up, so nobody can hide a screen from its members by reusing its id elsewhere.
 */
final class ScreenLookup {
    record Found(String projectId, Membership membership, StoredObject screen) {
    }

    private final Stores stores;
    private final Access access;

    ScreenLookup(Stores stores, Access access) {
        this.stores = stores;
        this.access = access;
    }

    /** The live screen {@code id} for {@code userId}, who must have at least {@code least} in its project. */
    Found find(String id, String userId, Role least) {
        Optional<String> first = stores.documents().projectOf(id);
        if (first.isEmpty()) throw ApiException.notFound("no wireframe " + id);
        Found f = screenIn(first.get(), id, userId);
        if (f == null) {
            for (Project p : stores.projects().forUser(userId)) {
                if (p.id().equals(first.get())) continue;
                f = screenIn(p.id(), id, userId);
                if (f != null) break;
            }
        }
        if (f == null) throw ApiException.notFound("no wireframe " + id);
        if (least != Role.VIEWER) access.require(f.projectId(), userId, least);
        return f;
    }

    /** The live screen {@code id} of a project the user is a member of, or null. */
    private Found screenIn(String projectId, String id, String userId) {
        Optional<Membership> m = stores.projects().membership(projectId, userId);
        if (m.isEmpty()) return null;
        return stores.documents().object(projectId, id)
                .filter(s -> "screen".equals(s.props().getOrDefault(Props.KIND, Value.NULL).asText())
                        && !s.props().getOrDefault(Props.DELETED, Value.NULL).isTrue())
                .map(s -> new Found(projectId, m.get(), s))
                .orElse(null);
    }
}
