package dev.blueline.server.api;

import com.fasterxml.jackson.databind.JsonNode;
import dev.blueline.server.auth.ControlledClock;
import dev.blueline.server.testing.Api;
import dev.blueline.server.testing.TestHost;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import static dev.blueline.server.api.ApiTesting.assertProblem;
import static dev.blueline.server.api.ApiTesting.detail;
import static dev.blueline.server.api.ApiTesting.email;
import static org.assertj.core.api.Assertions.assertThat;

/** Invites: codes with a role and an expiry, the link that carries them, listing and revoking. */
class InvitesApiTest {
    @TempDir
    static Path dir;
    static final ControlledClock clock = new ControlledClock();
    static TestHost t;
    static Api api;

    String owner;
    String project;
    String invites;

    @BeforeAll
    static void start() throws Exception {
        t = TestHost.start(ApiTesting.roomy(dir), clock);
        api = t.api;
    }

    @AfterAll
    static void stop() {
        t.close();
    }

    @BeforeEach
    void aProject() {
        owner = api.token(email("olga"), "Olga");
        project = api.newProject(owner, "Shop");
        invites = "/api/v1/projects/" + project + "/invites";
    }

    Api.Reply create(Object body) {
        return api.post(invites, owner, body);
    }

    @Test
    void anInviteHasARandomCodeARoleAWeekOfLifeAndABluelineLink() {
        Instant before = clock.instant();
        Api.Reply r = create(Map.of("role", "editor"));
        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        JsonNode invite = r.json();
        String code = invite.get("code").asText();
        assertThat(code).as("at least 128 random bits, URL-safe").matches("[A-Za-z0-9_-]{22,}");
        assertThat(invite.get("role").asText()).isEqualTo("editor");
        assertThat(invite.get("projectId").asText()).isEqualTo(project);
        assertThat(Instant.parse(invite.get("expiresAt").asText())).isEqualTo(before.plus(Duration.ofDays(7)));
        assertThat(invite.get("link").asText()).isEqualTo("blueline://127.0.0.1:" + t.host.port() + "/join/" + code);
        assertThat(create(Map.of("role", "editor")).json().get("code").asText()).as("a second invite").isNotEqualTo(code);
    }

    @Test
    void theExpiryCanBeChosenWithinBounds() {
        Api.Reply hour = create(Map.of("role", "viewer", "expiresInMinutes", 60));
        assertThat(Instant.parse(hour.json().get("expiresAt").asText())).isEqualTo(clock.instant().plus(Duration.ofMinutes(60)));
        assertThat(create(Map.of("role", "viewer", "expiresInMinutes", 129_600)).status()).as("90 days").isEqualTo(201);
        for (Object bad : new Object[]{0, -5, 129_601, 1.5, "soon"}) {
            Api.Reply r = create(Map.of("role", "viewer", "expiresInMinutes", bad));
            assertProblem(r, 400, "bad_request");
            assertThat(r.json().get("detail").asText()).as("tried expiresInMinutes %s", bad).contains("expiresInMinutes");
        }
    }

    @Test
    void theRoleIsEditorOrViewerOnly() {
        assertThat(create(Map.of("role", "viewer")).status()).isEqualTo(201);
        assertThat(detail(create(Map.of("role", "owner")), 400, "bad_request")).as("tried inviting an owner").contains("editor or viewer");
        assertThat(detail(create(Map.of("role", "admin")), 400, "bad_request")).as("tried role admin").contains("editor or viewer");
        assertThat(detail(create(Map.of()), 400, "bad_request")).as("tried no role").contains("role is required");
    }

    @Test
    void theListShowsActiveInvitesNewestFirst() {
        String first = create(Map.of("role", "viewer")).json().get("code").asText();
        clock.advance(Duration.ofSeconds(1));
        String second = create(Map.of("role", "editor")).json().get("code").asText();
        String revoked = create(Map.of("role", "editor")).json().get("code").asText();
        String shortLived = create(Map.of("role", "editor", "expiresInMinutes", 1)).json().get("code").asText();
        assertThat(api.delete(invites + "/" + revoked, owner).status()).isEqualTo(204);
        clock.advance(Duration.ofMinutes(2));

        JsonNode list = api.get(invites, owner).json();
        assertThat(list).extracting(i -> i.get("code").asText()).as("neither revoked nor expired").containsExactly(second, first);
        assertThat(list.get(0).get("link").asText()).endsWith("/join/" + second);
        assertThat(list).extracting(i -> i.get("code").asText()).doesNotContain(shortLived);
    }

    @Test
    void revokingStopsTheCodeButNotThoseWhoJoinedWithIt() {
        String code = create(Map.of("role", "editor")).json().get("code").asText();
        String lin = api.joinAs(api.token(email("lin"), "Lin"), code);
        assertThat(api.delete(invites + "/" + code, owner).status()).isEqualTo(204);
        assertThat(api.delete(invites + "/" + code, owner).status()).as("revoking twice is fine").isEqualTo(204);
        assertProblem(api.post("/api/v1/auth/join", null, Map.of("code", code, "name", "Late")), 404, "not_found");
        assertThat(api.get("/api/v1/projects/" + project, lin).json().get("role").asText()).isEqualTo("editor");
    }

    @Test
    void aCodeIsRevokedOnlyThroughItsOwnProject() {
        String code = create(Map.of("role", "editor")).json().get("code").asText();
        String other = api.newProject(owner, "Other");
        assertProblem(api.delete("/api/v1/projects/" + other + "/invites/" + code, owner), 404, "not_found");
        assertProblem(api.delete(invites + "/no-such-code", owner), 404, "not_found");
        assertThat(api.get(invites, owner).json()).extracting(i -> i.get("code").asText()).containsExactly(code);
    }

    @Test
    void editorsInviteToo() {
        String editor = api.joinAs(api.token(email("ed"), "Ed"), api.invite(owner, project, "editor"));
        Api.Reply r = api.post(invites, editor, Map.of("role", "viewer"));
        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        assertThat(api.get(invites, editor).json()).hasSize(2);
    }
}
