package dev.blueline.server.ws;

import com.fasterxml.jackson.databind.JsonNode;
import dev.blueline.model.protocol.ClientMessage;
import dev.blueline.model.protocol.HostMessage;
import dev.blueline.model.protocol.HostMessage.ErrorMessage;
import dev.blueline.model.protocol.Protocol;
import dev.blueline.model.room.CloseCodes;
import dev.blueline.server.auth.SigningKey;
import dev.blueline.server.auth.Tokens;
import dev.blueline.server.testing.Team;
import dev.blueline.server.testing.TestHost;
import dev.blueline.server.testing.WsPeer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;

import static dev.blueline.model.testing.Fixtures.element;
import static org.assertj.core.api.Assertions.assertThat;

/** The handshake and the rules every connection lives by: hello first, valid token, membership, protocol version, ping. */
class ProtocolConformanceTest {
    @TempDir
    static Path dir;
    static TestHost host;
    Team team;

    @BeforeAll
    static void start() throws Exception {
        host = TestHost.start(Team.hostConfig(dir));
    }

    @AfterAll
    static void stop() {
        host.close();
    }

    @BeforeEach
    void newProject() {
        team = Team.on(host);
    }

    @Test
    void everythingBeforeHelloIsAnsweredWithNotJoinedAndTheConnectionStaysUsable() throws Exception {
        try (WsPeer p = team.connect()) {
            p.send(new ClientMessage.Ping());
            assertThat(p.await(ErrorMessage.class).code()).isEqualTo("not_joined");
            p.change(1, element("e1", "button", team.screenId, 0, 0));
            ErrorMessage e = p.await(ErrorMessage.class);
            assertThat(e.code()).isEqualTo("not_joined");
            assertThat(e.message()).contains("hello");

            HostMessage.Welcome w = p.hello(team.owner, team.projectId, "c1", 0);
            assertThat(w.you().name()).isEqualTo("Ada");
            assertThat(w.you().role()).isEqualTo("owner");
        }
        // the change sent before hello was not applied
        assertThat(team.screen().get("elements")).isEmpty();
    }

    @Test
    void aHelloWithABadTokenIsRefusedWith4001() throws Exception {
        for (String token : new String[]{"not-a-jwt", "", team.owner.substring(0, team.owner.length() - 3) + "abc"}) {
            try (WsPeer p = team.connect()) {
                p.send(new ClientMessage.Hello(Protocol.VERSION, token, team.projectId, "c1", 0));
                assertThat(p.await(ErrorMessage.class).code()).as("token %s", token).isEqualTo("unauthorized");
                assertThat(p.awaitClose()).isEqualTo(CloseCodes.UNAUTHORIZED);
            }
        }
        try (WsPeer p = team.connect()) {
            p.sendRaw("{\"type\":\"hello\",\"protocol\":" + Protocol.VERSION + ",\"projectId\":\"" + team.projectId + "\",\"clientId\":\"c1\"}");
            assertThat(p.await(ErrorMessage.class).code()).isEqualTo("unauthorized");
            assertThat(p.awaitClose()).isEqualTo(CloseCodes.UNAUTHORIZED);
        }
    }

    @Test
    void anExpiredOrRevokedTokenIsRefusedWith4001() throws Exception {
        // a token this host signed, for a real member, that ran out an hour ago
        JsonNode me = team.api.get("/api/v1/auth/me", team.owner).json();
        Tokens lastHour = new Tokens(SigningKey.load(dir, null), Duration.ofMinutes(30), Clock.offset(Clock.systemUTC(), Duration.ofMinutes(-90)));
        String expired = lastHour.issue(me.get("id").asText());
        try (WsPeer p = team.connect()) {
            p.send(new ClientMessage.Hello(Protocol.VERSION, expired, team.projectId, "c1", 0));
            ErrorMessage e = p.await(ErrorMessage.class);
            assertThat(e.code()).isEqualTo("unauthorized");
            assertThat(e.message()).contains("expired");
            assertThat(p.awaitClose()).isEqualTo(CloseCodes.UNAUTHORIZED);
        }

        String signedOut = team.api.signUp("gone-" + System.nanoTime() + "@example.com", "Gone").get("accessToken").asText();
        assertThat(team.api.post("/api/v1/auth/logout", signedOut, Map.of()).status()).isEqualTo(204);
        try (WsPeer p = team.connect()) {
            p.send(new ClientMessage.Hello(Protocol.VERSION, signedOut, team.projectId, "c1", 0));
            assertThat(p.await(ErrorMessage.class).code()).isEqualTo("unauthorized");
            assertThat(p.awaitClose()).isEqualTo(CloseCodes.UNAUTHORIZED);
        }
    }

    @Test
    void someoneWhoIsNotAMemberIsRefusedWith4003WhetherOrNotTheProjectExists() throws Exception {
        String eve = team.stranger("Eve");
        String[] answers = new String[2];
        String[] projects = {team.projectId, "no-such-project"};
        for (int i = 0; i < 2; i++) {
            try (WsPeer p = team.connect()) {
                p.send(new ClientMessage.Hello(Protocol.VERSION, eve, projects[i], "c1", 0));
                ErrorMessage e = p.await(ErrorMessage.class);
                assertThat(e.code()).isEqualTo("forbidden");
                assertThat(p.awaitClose()).isEqualTo(CloseCodes.FORBIDDEN);
                answers[i] = e.message().replace(projects[i], "P");
            }
        }
        // the answer does not tell a stranger which projects exist
        assertThat(answers[0]).isEqualTo(answers[1]);
    }

    @Test
    void aClientSpeakingAnotherProtocolVersionIsToldSoAndClosedWith4400() throws Exception {
        try (WsPeer p = team.connect()) {
            p.send(new ClientMessage.Hello(Protocol.VERSION + 1, team.owner, team.projectId, "c1", 0));
            ErrorMessage e = p.await(ErrorMessage.class);
            assertThat(e.code()).isEqualTo("protocol_version");
            assertThat(e.message()).contains(String.valueOf(Protocol.VERSION));
            assertThat(p.awaitClose()).isEqualTo(CloseCodes.PROTOCOL_VERSION);
        }
        // also when the token would not be good either: the version is what the client must fix first
        try (WsPeer p = team.connect()) {
            p.send(new ClientMessage.Hello(Protocol.VERSION + 1, "from-a-future-client", team.projectId, "c1", 0));
            assertThat(p.await(ErrorMessage.class).code()).isEqualTo("protocol_version");
            assertThat(p.awaitClose()).isEqualTo(CloseCodes.PROTOCOL_VERSION);
        }
    }

    @Test
    void pingIsAnsweredWithPongAndASecondHelloIsAnError() throws Exception {
        try (WsPeer p = team.join(team.owner, "c1")) {
            for (int i = 0; i < 3; i++) {
                p.send(new ClientMessage.Ping());
                p.await(HostMessage.Pong.class);
            }
            p.send(new ClientMessage.Hello(Protocol.VERSION, team.owner, team.projectId, "c1", 0));
            ErrorMessage e = p.await(ErrorMessage.class);
            assertThat(e.code()).isEqualTo("bad_message");
            assertThat(e.message()).contains("already");
            p.send(new ClientMessage.Ping());
            p.await(HostMessage.Pong.class);
        }
    }

    @Test
    void aClientIdThatIsNotAValidIdIsRefused() throws Exception {
        try (WsPeer p = team.connect()) {
            p.send(new ClientMessage.Hello(Protocol.VERSION, team.owner, team.projectId, "has spaces & <tags>", 0));
            assertThat(p.await(ErrorMessage.class).code()).isEqualTo("bad_message");
            assertThat(p.awaitClose()).isEqualTo(CloseCodes.POLICY_VIOLATION);
        }
    }
}
