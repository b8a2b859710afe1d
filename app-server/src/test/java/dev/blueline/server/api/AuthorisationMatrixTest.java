package dev.blueline.server.api;

import com.fasterxml.jackson.databind.JsonNode;
import dev.blueline.model.room.Role;
import dev.blueline.server.auth.ControlledClock;
import dev.blueline.server.http.Route;
import dev.blueline.server.store.Project;
import dev.blueline.server.store.Stores;
import dev.blueline.server.testing.Api;
import dev.blueline.server.testing.TestHost;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static dev.blueline.model.testing.Fixtures.screen;
import static dev.blueline.server.api.ApiTesting.assertProblem;
import static dev.blueline.server.api.ApiTesting.email;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Who may do what, for every signed-in route and every kind of caller: no token, a malformed, an
 * expired or a revoked token get 401; someone outside the project gets 404 (a project you are not in
 * does not exist for you); a member whose role is too small gets 403; the rest succeed. A refused call
 * changes nothing. The table must name every signed-in route the host serves.
 */
class AuthorisationMatrixTest {

    enum Caller { NO_TOKEN, MALFORMED_TOKEN, EXPIRED_TOKEN, REVOKED_TOKEN, NON_MEMBER, VIEWER, EDITOR, OWNER }

    /** What a route asks of its caller: any valid token, or at least this role in the project. */
    enum Needs { ACCOUNT, VIEWER, EDITOR, OWNER }

    /** One request, and the project it would touch (whose state must not move when it is refused). */
    record Call(String method, String path, Object body, String projectId) {
    }

    record Row(Needs needs, Function<Scene, Call> call) {
    }

    private static final Map<String, Row> TABLE = new LinkedHashMap<>();

    private static void row(String route, Needs needs, Function<Scene, Call> call) {
        TABLE.put(route, new Row(needs, call));
    }

    static {
        String v1 = "/api/v1";
        row("POST /api/v1/auth/logout", Needs.ACCOUNT, s -> new Call("POST", v1 + "/auth/logout", null, s.project));
        row("GET /api/v1/auth/me", Needs.ACCOUNT, s -> new Call("GET", v1 + "/auth/me", null, s.project));
        row("GET /api/v1/health/detailed", Needs.ACCOUNT, s -> new Call("GET", v1 + "/health/detailed", null, s.project));
        row("GET /api/v1/metrics", Needs.ACCOUNT, s -> new Call("GET", v1 + "/metrics", null, s.project));

        row("GET /api/v1/projects", Needs.ACCOUNT, s -> new Call("GET", v1 + "/projects", null, s.project));
        row("POST /api/v1/projects", Needs.ACCOUNT, s -> new Call("POST", v1 + "/projects", Map.of("name", "Mine"), s.project));
        row("GET /api/v1/projects/{id}", Needs.VIEWER, s -> new Call("GET", v1 + "/projects/" + s.project, null, s.project));
        row("PATCH /api/v1/projects/{id}", Needs.EDITOR, s -> new Call("PATCH", v1 + "/projects/" + s.project, Map.of("name", "Renamed " + UUID.randomUUID()), s.project));
        row("DELETE /api/v1/projects/{id}", Needs.OWNER, s -> {
            String doomed = s.freshProject();
            return new Call("DELETE", v1 + "/projects/" + doomed, null, doomed);
        });
        row("GET /api/v1/projects/{id}/members", Needs.VIEWER, s -> new Call("GET", v1 + "/projects/" + s.project + "/members", null, s.project));
        row("PATCH /api/v1/projects/{id}/members/{userId}", Needs.OWNER, s -> new Call("PATCH",
                v1 + "/projects/" + s.project + "/members/" + s.freshBystander(), Map.of("role", "editor"), s.project));
        row("DELETE /api/v1/projects/{id}/members/{userId}", Needs.OWNER, s -> new Call("DELETE",
                v1 + "/projects/" + s.project + "/members/" + s.freshBystander(), null, s.project));
        row("POST /api/v1/projects/{id}/changes", Needs.EDITOR, s -> new Call("POST", v1 + "/projects/" + s.project + "/changes",
                Map.of("ops", List.of(screen(UUID.randomUUID().toString(), "Added"))), s.project));
        row("GET /api/v1/projects/{id}/chat", Needs.VIEWER, s -> new Call("GET", v1 + "/projects/" + s.project + "/chat", null, s.project));

        row("POST /api/v1/projects/{id}/invites", Needs.EDITOR, s -> new Call("POST", v1 + "/projects/" + s.project + "/invites", Map.of("role", "viewer"), s.project));
        row("GET /api/v1/projects/{id}/invites", Needs.EDITOR, s -> new Call("GET", v1 + "/projects/" + s.project + "/invites", null, s.project));
        row("DELETE /api/v1/projects/{id}/invites/{code}", Needs.EDITOR, s -> new Call("DELETE",
                v1 + "/projects/" + s.project + "/invites/" + s.freshInvite(), null, s.project));

        row("GET /api/v1/wireframes", Needs.VIEWER, s -> new Call("GET", v1 + "/wireframes?projectId=" + s.project, null, s.project));
        row("POST /api/v1/wireframes", Needs.EDITOR, s -> new Call("POST", v1 + "/wireframes", Map.of("projectId", s.project, "name", "New"), s.project));
        row("GET /api/v1/wireframes/{id}", Needs.VIEWER, s -> new Call("GET", v1 + "/wireframes/" + s.screen, null, s.project));
        row("PATCH /api/v1/wireframes/{id}", Needs.EDITOR, s -> new Call("PATCH", v1 + "/wireframes/" + s.screen, Map.of("name", "Renamed"), s.project));
        row("DELETE /api/v1/wireframes/{id}", Needs.EDITOR, s -> new Call("DELETE", v1 + "/wireframes/" + s.freshScreen(), null, s.project));
        row("GET /api/v1/wireframes/{id}/export", Needs.VIEWER, s -> new Call("GET", v1 + "/wireframes/" + s.screen + "/export?format=svg", null, s.project));

        row("GET /api/v1/conversations", Needs.VIEWER, s -> new Call("GET", v1 + "/conversations?projectId=" + s.project, null, s.project));
        row("POST /api/v1/conversations", Needs.EDITOR, s -> new Call("POST", v1 + "/conversations", Map.of("projectId", s.project, "title", "Ideas"), s.project));
        row("GET /api/v1/conversations/{id}", Needs.VIEWER, s -> new Call("GET", v1 + "/conversations/" + s.conversation, null, s.project));
        row("PATCH /api/v1/conversations/{id}", Needs.EDITOR, s -> new Call("PATCH", v1 + "/conversations/" + s.conversation, Map.of("title", "Renamed"), s.project));
        row("DELETE /api/v1/conversations/{id}", Needs.EDITOR, s -> new Call("DELETE", v1 + "/conversations/" + s.freshConversation(), null, s.project));
        row("POST /api/v1/conversations/{id}/messages", Needs.EDITOR, s -> new Call("POST", v1 + "/conversations/" + s.conversation + "/messages",
                Map.of("content", "A login screen"), s.project));

        row("GET /api/v1/ui-components", Needs.VIEWER, s -> new Call("GET", v1 + "/ui-components?projectId=" + s.project, null, s.project));
        row("POST /api/v1/ui-components", Needs.EDITOR, s -> new Call("POST", v1 + "/ui-components",
                Map.of("projectId", s.project, "name", "Card", "definition", Map.of()), s.project));
        row("GET /api/v1/ui-components/{id}", Needs.VIEWER, s -> new Call("GET", v1 + "/ui-components/" + s.component, null, s.project));
        row("DELETE /api/v1/ui-components/{id}", Needs.EDITOR, s -> new Call("DELETE", v1 + "/ui-components/" + s.freshComponent(), null, s.project));
    }

    @TempDir
    static Path dir;
    static final ControlledClock clock = new ControlledClock();
    static TestHost t;
    static Scene scene;

    @BeforeAll
    static void start() throws Exception {
        t = TestHost.start(ApiTesting.roomy(dir), clock);
        scene = new Scene(t);
    }

    @AfterAll
    static void stop() {
        t.close();
    }

    static Stream<Arguments> cases() {
        return TABLE.keySet().stream().flatMap(route -> Arrays.stream(Caller.values()).map(c -> Arguments.of(route, c)));
    }

    @Test
    void theTableNamesEverySignedInRouteTheHostServes() {
        List<String> signedIn = t.host.router().routes().stream().filter(Route::signedIn)
                .map(r -> r.method() + " " + r.path().text()).toList();
        assertThat(TABLE.keySet()).as("routes in the table vs signed-in routes of the host").containsExactlyInAnyOrderElementsOf(signedIn);
    }

    @ParameterizedTest(name = "{0} as {1}")
    @MethodSource("cases")
    void eachCallerGetsWhatTheirStandingAllows(String route, Caller caller) {
        Row row = TABLE.get(route);
        Call call = row.call().apply(scene);
        String served = t.host.router().find(call.method(), call.path().replaceFirst("\\?.*", "")).route().path().text();
        assertThat(call.method() + " " + served).as("the table's request reaches its own route").isEqualTo(route);

        String token = scene.token(caller);
        String before = scene.fingerprint(call.projectId());
        Api.Reply r = t.api.send(call.method(), call.path(), token, call.body(), "application/json");
        int expected = expected(row.needs(), caller);
        String what = route + " as " + caller + " (needs " + row.needs() + ")";
        if (expected == 200) {
            assertThat(r.status() / 100).as(what + ": " + r).isEqualTo(2);
            return;
        }
        assertProblem(r, expected, switch (expected) {
            case 401 -> "unauthorized";
            case 403 -> "forbidden";
            default -> "not_found";
        });
        assertThat(scene.fingerprint(call.projectId())).as(what + " was refused, so nothing changed").isEqualTo(before);
    }

    /** 200 stands for "any success". */
    static int expected(Needs needs, Caller caller) {
        return switch (caller) {
            case NO_TOKEN, MALFORMED_TOKEN, EXPIRED_TOKEN, REVOKED_TOKEN -> 401;
            case NON_MEMBER -> needs == Needs.ACCOUNT ? 200 : 404;
            case VIEWER -> needs == Needs.EDITOR || needs == Needs.OWNER ? 403 : 200;
            case EDITOR -> needs == Needs.OWNER ? 403 : 200;
            case OWNER -> 200;
        };
    }

    /** A project with an owner, an editor and a viewer, a screen, a conversation and a component; and someone outside it. */
    static final class Scene {
        final TestHost t;
        final Stores stores;
        final String ownerId;
        final String editorId;
        final String viewerId;
        final String strangerId;
        final String project;
        final String screen;
        final String conversation;
        final String component;

        Scene(TestHost t) {
            this.t = t;
            this.stores = t.host.stores();
            ownerId = account("Olga");
            editorId = account("Ed");
            viewerId = account("Vi");
            strangerId = account("Eve");
            project = freshProject();
            screen = freshScreen();
            conversation = freshConversation();
            component = freshComponent();
        }

        private String account(String name) {
            JsonNode session = t.api.signUp(email(name), name);
            return session.get("user").get("id").asText();
        }

        String freshProject() {
            Project p = stores.projects().create("Shop", ownerId);
            stores.projects().addMember(p.id(), editorId, Role.EDITOR);
            stores.projects().addMember(p.id(), viewerId, Role.VIEWER);
            return p.id();
        }

        String freshScreen() {
            String id = UUID.randomUUID().toString();
            Api.Reply r = t.api.post("/api/v1/projects/" + project + "/changes", t.host.tokenFor(ownerId), Map.of("ops", List.of(screen(id, "Spare"))));
            assertThat(r.status()).as(r.toString()).isEqualTo(200);
            return id;
        }

        String freshInvite() {
            return t.host.invite(project, Role.VIEWER, ownerId).code();
        }

        String freshConversation() {
            return stores.conversations().create(project, "Ideas", ownerId).id();
        }

        String freshComponent() {
            return stores.components().create(project, "Card", "{}", ownerId).id();
        }

        /** Someone else in the project, for the routes that act on a member. */
        String freshBystander() {
            String id = stores.users().createGuest("Bystander").id();
            stores.projects().addMember(project, id, Role.VIEWER);
            return id;
        }

        String token(Caller caller) {
            return switch (caller) {
                case NO_TOKEN -> null;
                case MALFORMED_TOKEN -> "not-a.jwt-at-all";
                case EXPIRED_TOKEN -> {
                    Instant now = clock.instant();
                    clock.set(now.minus(Duration.ofHours(1))); // a token made an hour ago lived 30 minutes
                    try {
                        yield t.host.tokenFor(ownerId);
                    } finally {
                        clock.set(now);
                    }
                }
                case REVOKED_TOKEN -> {
                    String token = t.host.tokenFor(ownerId);
                    assertThat(t.api.post("/api/v1/auth/logout", token, null).status()).isEqualTo(204);
                    yield token;
                }
                case NON_MEMBER -> t.host.tokenFor(strangerId);
                case VIEWER -> t.host.tokenFor(viewerId);
                case EDITOR -> t.host.tokenFor(editorId);
                case OWNER -> t.host.tokenFor(ownerId);
            };
        }

        /** What a refused call must not move: the project, its document, members, invites, conversations and components. */
        String fingerprint(String projectId) {
            return stores.projects().byId(projectId).map(Project::name).orElse("(gone)")
                    + " | seq " + stores.documents().seq(projectId)
                    + " | " + stores.projects().members(projectId).stream().map(m -> m.userId() + "=" + m.role()).collect(Collectors.joining(","))
                    + " | invites " + stores.invites().active(projectId, clock.instant()).size()
                    + " | " + stores.conversations().forProject(projectId).stream().map(c -> c.title() + "@" + c.updatedAt()).toList()
                    + " | components " + stores.components().forProject(projectId).size();
        }
    }
}
