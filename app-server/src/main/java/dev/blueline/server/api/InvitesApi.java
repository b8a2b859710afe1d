package dev.blueline.server.api;

import dev.blueline.model.room.Role;
import dev.blueline.server.http.ApiException;
import dev.blueline.server.http.Exchange;
import dev.blueline.server.http.Reply;
import dev.blueline.server.http.Route;
import dev.blueline.server.store.Invite;
import dev.blueline.server.store.Membership;
import dev.blueline.server.store.Stores;

import java.time.Clock;
import java.time.Duration;
import java.util.List;

/** Invites to a project: a code with a role and an expiry, and the link that carries it. */
public final class InvitesApi {

    record NewInvite(String role, Integer expiresInMinutes) {
    }

    record InviteView(String code, String projectId, String role, String expiresAt, String link) {
    }

    private final Stores stores;
    private final Access access;
    private final Clock clock;
    private final Duration defaultLifetime;
    private final InviteLinks links;

    public InvitesApi(Stores stores, Access access, Clock clock, Duration defaultLifetime, InviteLinks links) {
        this.stores = stores;
        this.access = access;
        this.clock = clock;
        this.defaultLifetime = defaultLifetime;
        this.links = links;
    }

    public List<Route> routes() {
        return List.of(
                Route.signedIn("POST", "/api/v1/projects/{id}/invites", this::create),
                Route.signedIn("GET", "/api/v1/projects/{id}/invites", this::list),
                Route.signedIn("DELETE", "/api/v1/projects/{id}/invites/{code}", this::revoke));
    }

    private Reply create(Exchange ex) {
        Membership m = access.require(ex.path("id"), ex.userId(), Role.EDITOR);
        NewInvite body = ex.body(NewInvite.class);
        Role role = Role.fromWire(Text.required("role", body.role(), 20))
                .filter(r -> r != Role.OWNER)
                .orElseThrow(() -> ApiException.badRequest("role must be editor or viewer"));
        int minutes = body.expiresInMinutes() == null ? (int) defaultLifetime.toMinutes() : body.expiresInMinutes();
        if (minutes < 1 || minutes > 60 * 24 * 90) throw ApiException.badRequest("expiresInMinutes must be between 1 and 129600");
        Invite invite = stores.invites().create(m.projectId(), role, ex.userId(), clock.instant().plus(Duration.ofMinutes(minutes)));
        return Reply.created(view(invite, ex));
    }

    private Reply list(Exchange ex) {
        Membership m = access.require(ex.path("id"), ex.userId(), Role.EDITOR);
        return Reply.ok(stores.invites().active(m.projectId(), clock.instant()).stream().map(i -> view(i, ex)).toList());
    }

    private Reply revoke(Exchange ex) {
        Membership m = access.require(ex.path("id"), ex.userId(), Role.EDITOR);
        if (!stores.invites().revoke(m.projectId(), ex.path("code"))) throw ApiException.notFound("no such invite in this project");
        return Reply.noContent();
    }

    private InviteView view(Invite i, Exchange ex) {
        return new InviteView(i.code(), i.projectId(), i.role().wireName(), i.expiresAt().toString(), links.link(i.code(), ex.header("Host")));
    }
}
