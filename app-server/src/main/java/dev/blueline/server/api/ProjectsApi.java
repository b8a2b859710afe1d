package dev.blueline.server.api;

import dev.blueline.model.ops.Put;
import dev.blueline.model.room.CloseCodes;
import dev.blueline.model.room.ChatEntry;
import dev.blueline.model.room.Role;
import dev.blueline.server.http.ApiException;
import dev.blueline.server.http.Exchange;
import dev.blueline.server.http.Reply;
import dev.blueline.server.http.Route;
import dev.blueline.server.rooms.Rooms;
import dev.blueline.server.store.Membership;
import dev.blueline.server.store.Project;
import dev.blueline.server.store.Stores;

import java.util.List;
import java.util.Map;

/** Projects, their members, raw changes and chat history. */
public final class ProjectsApi {

    record NewProject(String name) {
    }

    record Rename(String name) {
    }

    record RoleChange(String role) {
    }

    record Changes(List<Put> ops) {
    }

    record ProjectView(String id, String name, String ownerId, String role, String createdAt, String updatedAt) {
        static ProjectView of(Project p, Role role) {
            return new ProjectView(p.id(), p.name(), p.ownerId(), role.wireName(), p.createdAt().toString(), p.updatedAt().toString());
        }
    }

    record MemberView(String userId, String name, String color, String role, String joinedAt) {
        static MemberView of(Membership m) {
            return new MemberView(m.userId(), m.userName(), m.color(), m.role().wireName(), m.joinedAt().toString());
        }
    }

    record ChatView(String id, String userId, String name, String text, String at) {
        static ChatView of(ChatEntry c) {
            return new ChatView(c.id(), c.userId(), c.name(), c.text(), c.at().toString());
        }
    }

    private final Stores stores;
    private final Access access;
    private final Rooms rooms;
    private final DocumentWriter writer;

    public ProjectsApi(Stores stores, Access access, Rooms rooms, DocumentWriter writer) {
        this.stores = stores;
        this.access = access;
        this.rooms = rooms;
        this.writer = writer;
    }

    public List<Route> routes() {
        return List.of(
                Route.signedIn("GET", "/api/v1/projects", this::list),
                Route.signedIn("POST", "/api/v1/projects", this::create),
                Route.signedIn("GET", "/api/v1/projects/{id}", this::get),
                Route.signedIn("PATCH", "/api/v1/projects/{id}", this::rename),
                Route.signedIn("DELETE", "/api/v1/projects/{id}", this::delete),
                Route.signedIn("GET", "/api/v1/projects/{id}/members", this::members),
                Route.signedIn("PATCH", "/api/v1/projects/{id}/members/{userId}", this::setRole),
                Route.signedIn("DELETE", "/api/v1/projects/{id}/members/{userId}", this::removeMember),
                Route.signedIn("POST", "/api/v1/projects/{id}/changes", this::changes),
                Route.signedIn("GET", "/api/v1/projects/{id}/chat", this::chat));
    }

    private Reply list(Exchange ex) {
        List<ProjectView> out = stores.projects().forUser(ex.userId()).stream()
                .map(p -> ProjectView.of(p, stores.projects().membership(p.id(), ex.userId()).map(Membership::role).orElse(Role.VIEWER)))
                .toList();
        return Reply.ok(out);
    }

    private Reply create(Exchange ex) {
        String name = Text.required("name", ex.body(NewProject.class).name(), 200);
        Project p = stores.projects().create(name, ex.userId());
        return Reply.created(ProjectView.of(p, Role.OWNER));
    }

    private Reply get(Exchange ex) {
        Membership m = access.require(ex.path("id"), ex.userId(), Role.VIEWER);
        Project p = stores.projects().byId(m.projectId()).orElseThrow(() -> ApiException.notFound("no project " + m.projectId()));
        return Reply.ok(ProjectView.of(p, m.role()));
    }

    private Reply rename(Exchange ex) {
        Membership m = access.require(ex.path("id"), ex.userId(), Role.EDITOR);
        String name = Text.required("name", ex.body(Rename.class).name(), 200);
        Project p = stores.projects().rename(m.projectId(), name).orElseThrow(() -> ApiException.notFound("no project " + m.projectId()));
        return Reply.ok(ProjectView.of(p, m.role()));
    }

    private Reply delete(Exchange ex) {
        Membership m = access.require(ex.path("id"), ex.userId(), Role.OWNER);
        rooms.close(m.projectId(), CloseCodes.GOING_AWAY, "the project was deleted");
        stores.projects().delete(m.projectId());
        return Reply.noContent();
    }

    private Reply members(Exchange ex) {
        Membership m = access.require(ex.path("id"), ex.userId(), Role.VIEWER);
        return Reply.ok(stores.projects().members(m.projectId()).stream().map(MemberView::of).toList());
    }

    private Reply setRole(Exchange ex) {
        Membership me = access.require(ex.path("id"), ex.userId(), Role.OWNER);
        String userId = ex.path("userId");
        // a project has exactly one owner, the one who made it
        Role role = Role.fromWire(Text.required("role", ex.body(RoleChange.class).role(), 20))
                .filter(r -> r != Role.OWNER)
                .orElseThrow(() -> ApiException.badRequest("role must be editor or viewer"));
        if (userId.equals(ex.userId())) throw ApiException.conflict("the owner's role cannot change");
        if (!stores.projects().setRole(me.projectId(), userId, role)) throw ApiException.notFound("no member " + userId);
        disconnect(me.projectId(), userId, "your role changed; reconnect");
        return Reply.ok(MemberView.of(stores.projects().membership(me.projectId(), userId).orElseThrow()));
    }

    private Reply removeMember(Exchange ex) {
        String userId = ex.path("userId");
        boolean self = userId.equals(ex.userId());
        Membership me = access.require(ex.path("id"), ex.userId(), self ? Role.VIEWER : Role.OWNER);
        if (self && me.role() == Role.OWNER) throw ApiException.conflict("the owner cannot leave their own project; delete it or hand it over");
        if (!stores.projects().removeMember(me.projectId(), userId)) throw ApiException.notFound("no member " + userId);
        disconnect(me.projectId(), userId, "you were removed from the project");
        return Reply.noContent();
    }

    private void disconnect(String projectId, String userId, String reason) {
        rooms.ifOpen(projectId, room -> room.disconnectUser(userId, CloseCodes.FORBIDDEN, reason));
    }

    private Reply changes(Exchange ex) {
        Membership m = access.require(ex.path("id"), ex.userId(), Role.EDITOR);
        Changes c = ex.body(Changes.class);
        if (c.ops() == null || c.ops().isEmpty()) throw ApiException.badRequest("ops is required and must not be empty");
        if (c.ops().contains(null)) throw ApiException.badRequest("ops must not contain null");
        long seq = writer.submit(m.projectId(), Access.member(m), c.ops());
        return Reply.ok(Map.of("seq", seq));
    }

    private Reply chat(Exchange ex) {
        Membership m = access.require(ex.path("id"), ex.userId(), Role.VIEWER);
        int limit = Params.intInRange(ex.query("limit"), "limit", 1, 500, 100);
        return Reply.ok(stores.chat().recent(m.projectId(), limit).stream().map(ChatView::of).toList());
    }
}
