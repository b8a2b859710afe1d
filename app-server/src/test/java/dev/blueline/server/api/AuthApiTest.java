package dev.blueline.server.api;

import com.fasterxml.jackson.databind.JsonNode;
import dev.blueline.server.auth.ControlledClock;
import dev.blueline.server.config.HostConfig;
import dev.blueline.server.testing.Api;
import dev.blueline.server.testing.TestHost;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import static dev.blueline.server.api.ApiTesting.PASSWORD;
import static dev.blueline.server.api.ApiTesting.assertProblem;
import static dev.blueline.server.api.ApiTesting.detail;
import static dev.blueline.server.api.ApiTesting.email;
import static org.assertj.core.api.Assertions.assertThat;

/** Accounts over real HTTP: register, sign in, refresh, sign out, who am I, join with an invite. */
class AuthApiTest {
    @TempDir
    static Path dir;
    static final ControlledClock clock = new ControlledClock();
    static TestHost t;
    static Api api;

    @BeforeAll
    static void start() throws Exception {
        t = TestHost.start(ApiTesting.roomy(dir), clock);
        api = t.api;
    }

    @AfterAll
    static void stop() {
        t.close();
    }

    static Api.Reply register(String email, String password, String name) {
        return api.post("/api/v1/auth/register", null, Map.of("email", email, "password", password, "name", name));
    }

    static Api.Reply login(String email, String password) {
        return api.post("/api/v1/auth/login", null, Map.of("email", email, "password", password));
    }

    @Nested
    class Register {
        @Test
        void makesAnAccountAndAnswersItWithoutThePassword() {
            String email = email("Ada");
            Api.Reply r = register(email.toUpperCase(), PASSWORD, "Ada Lovelace");
            assertThat(r.status()).as(r.toString()).isEqualTo(201);
            assertThat(r.json().get("id").asText()).isNotBlank();
            assertThat(r.json().get("email").asText()).as("stored lower-cased").isEqualTo(email);
            assertThat(r.json().get("name").asText()).isEqualTo("Ada Lovelace");
            assertThat(r.json().get("guest").asBoolean()).isFalse();
            assertThat(r.body()).doesNotContain(PASSWORD).doesNotContain("passwordHash").doesNotContain("$2a$");
        }

        @Test
        void refusesEmailsThatAreNotAddresses() {
            for (String bad : new String[]{"ada", "ada@", "@example.com", "ada@example", "ada lovelace@example.com", "ada@@example.com"}) {
                assertThat(detail(register(bad, PASSWORD, "Ada"), 400, "bad_request")).as("tried email %s", bad).contains("email");
            }
        }

        @Test
        void refusesPasswordsTooShortForSafetyOrTooLongForBcrypt() {
            assertThat(detail(register(email("a"), "seven77", "Ada"), 400, "bad_request")).as("tried a 7-character password").contains("at least 8");
            assertThat(detail(register(email("a"), "x".repeat(73), "Ada"), 400, "bad_request")).as("tried 73 bytes").contains("at most 72");
            assertThat(detail(register(email("a"), "é".repeat(37), "Ada"), 400, "bad_request")).as("tried 37 two-byte characters").contains("at most 72");
            assertThat(register(email("a"), "x".repeat(72), "Ada").status()).as("exactly 72 bytes is fine").isEqualTo(201);
        }

        @Test
        void aSecondAccountForTheSameEmailIsAConflictWhateverTheCase() {
            String email = email("lin");
            assertThat(register(email, PASSWORD, "Lin").status()).isEqualTo(201);
            assertProblem(register(email, PASSWORD, "Lin again"), 409, "conflict");
            assertProblem(register(email.toUpperCase(), PASSWORD, "LIN"), 409, "conflict");
            assertProblem(register("  " + email + " ", PASSWORD, "Lin spaced"), 409, "conflict");
        }

        @Test
        void needsAnEmailANameAndAPassword() {
            assertThat(detail(api.post("/api/v1/auth/register", null, Map.of("email", email("a"), "password", PASSWORD)), 400, "bad_request"))
                    .as("tried without a name").contains("name is required");
            assertThat(detail(api.post("/api/v1/auth/register", null, Map.of("name", "Ada", "password", PASSWORD)), 400, "bad_request"))
                    .as("tried without an email").contains("email is required");
            assertThat(detail(api.post("/api/v1/auth/register", null, Map.of("email", email("a"), "name", "Ada")), 400, "bad_request"))
                    .as("tried without a password").contains("password");
        }
    }

    @Nested
    class SignIn {
        @Test
        void answersABearerTokenThatWorksAndAFreshRefreshToken() {
            String email = email("grace");
            register(email, PASSWORD, "Grace");
            Api.Reply r = login(email.toUpperCase(), PASSWORD);
            assertThat(r.status()).as("email is case-insensitive: " + r).isEqualTo(200);
            assertThat(r.json().get("tokenType").asText()).isEqualTo("bearer");
            assertThat(r.json().get("expiresIn").asLong()).as("30 minutes by default").isEqualTo(1800);
            assertThat(r.json().get("refreshToken").asText()).hasSizeGreaterThan(30);
            assertThat(r.json().get("user").get("email").asText()).isEqualTo(email);

            Api.Reply me = api.get("/api/v1/auth/me", r.json().get("accessToken").asText());
            assertThat(me.status()).isEqualTo(200);
            assertThat(me.json().get("email").asText()).isEqualTo(email);
            assertThat(me.json().get("name").asText()).isEqualTo("Grace");
            assertThat(me.json().get("guest").asBoolean()).isFalse();
        }

        @Test
        void aWrongPasswordAndAnUnknownEmailGetTheSameAnswer() {
            String email = email("alan");
            register(email, PASSWORD, "Alan");
            JsonNode wrongPassword = assertProblem(login(email, "not the password"), 401, "unauthorized");
            JsonNode unknownEmail = assertProblem(login(email("nobody"), PASSWORD), 401, "unauthorized");
            assertThat(unknownEmail.get("detail")).isEqualTo(wrongPassword.get("detail"));
            assertThat(unknownEmail.get("title")).isEqualTo(wrongPassword.get("title"));
            assertProblem(api.post("/api/v1/auth/login", null, Map.of("email", email)), 401, "unauthorized"); // no password at all
        }
    }

    @Test
    void sign_inIsLimitedPerAddressAndSaysWhenToComeBack(@TempDir Path own) throws Exception {
        HostConfig.Limits d = HostConfig.Limits.DEFAULT;
        HostConfig tight = HostConfig.local(own).withLimits(new HostConfig.Limits(d.maxBodyBytes(), d.maxFrameBytes(),
                d.messagesPerSecond(), d.outgoingQueueFrames(), 3));
        try (TestHost h = TestHost.start(tight)) {
            String email = email("mallory");
            assertThat(h.api.post("/api/v1/auth/register", null, Map.of("email", email, "password", PASSWORD, "name", "M")).status()).isEqualTo(201);
            for (int i = 0; i < 3; i++) {
                assertThat(h.api.post("/api/v1/auth/login", null, Map.of("email", email, "password", "guess" + i)).status())
                        .as("wrong guess %d of 3 allowed", i + 1).isEqualTo(401);
            }
            Api.Reply fourth = h.api.post("/api/v1/auth/login", null, Map.of("email", email, "password", PASSWORD));
            assertThat(detail(fourth, 429, "rate_limited")).as("even the right password waits").contains("wait a minute");
            assertThat(fourth.header("Retry-After")).isEqualTo("60");
            assertThat(h.api.post("/api/v1/auth/join", null, Map.of("code", "guess", "name", "M")).status())
                    .as("joining has its own allowance").isEqualTo(404);
        }
    }

    @Nested
    class Refresh {
        @Test
        void tradesARefreshTokenOnceForANewPair() {
            JsonNode first = api.signUp(email("ken"), "Ken");
            String refresh = first.get("refreshToken").asText();
            Api.Reply r = api.post("/api/v1/auth/refresh", null, Map.of("refreshToken", refresh));
            assertThat(r.status()).as(r.toString()).isEqualTo(200);
            assertThat(r.json().get("refreshToken").asText()).isNotEqualTo(refresh);
            assertThat(api.get("/api/v1/auth/me", r.json().get("accessToken").asText()).status()).isEqualTo(200);

            assertProblem(api.post("/api/v1/auth/refresh", null, Map.of("refreshToken", refresh)), 401, "unauthorized");
            assertThat(api.post("/api/v1/auth/refresh", null, Map.of("refreshToken", r.json().get("refreshToken").asText())).status())
                    .as("the new one works").isEqualTo(200);
        }

        @Test
        void unknownOrMissingRefreshTokensAreRefused() {
            assertProblem(api.post("/api/v1/auth/refresh", null, Map.of("refreshToken", "made-up-token")), 401, "unauthorized");
            assertThat(detail(api.post("/api/v1/auth/refresh", null, Map.of()), 400, "bad_request")).contains("refreshToken is required");
        }
    }

    @Test
    void signingOutRevokesTheAccessTokenAndTheRefreshTokens() {
        JsonNode session = api.signUp(email("sam"), "Sam");
        String access = session.get("accessToken").asText();
        assertThat(api.post("/api/v1/auth/logout", access, null).status()).isEqualTo(204);
        assertThat(detail(api.get("/api/v1/auth/me", access), 401, "unauthorized")).contains("revoked");
        assertProblem(api.post("/api/v1/auth/refresh", null, Map.of("refreshToken", session.get("refreshToken").asText())), 401, "unauthorized");
        assertProblem(api.post("/api/v1/auth/logout", access, null), 401, "unauthorized");
    }

    @Nested
    class Join {
        @Test
        void withoutAnAccountMakesAGuestWithTheGivenName() {
            String owner = api.token(email("olga"), "Olga");
            String project = api.newProject(owner, "Shop");
            Api.Reply r = api.post("/api/v1/auth/join", null, Map.of("code", api.invite(owner, project, "editor"), "name", "Lin"));
            assertThat(r.status()).as(r.toString()).isEqualTo(200);
            assertThat(r.json().get("projectId").asText()).isEqualTo(project);
            assertThat(r.json().get("role").asText()).isEqualTo("editor");
            assertThat(r.json().get("user").get("guest").asBoolean()).isTrue();
            assertThat(r.json().get("user").get("name").asText()).isEqualTo("Lin");
            String guest = r.json().get("accessToken").asText();
            assertThat(api.get("/api/v1/projects/" + project, guest).json().get("role").asText()).isEqualTo("editor");
            assertThat(api.get("/api/v1/auth/me", guest).json().has("email")).as("a guest has no email").isFalse();
            assertThat(api.post("/api/v1/auth/refresh", null, Map.of("refreshToken", r.json().get("refreshToken").asText())).status())
                    .as("a guest signs in again with the refresh token").isEqualTo(200);
        }

        @Test
        void aGuestNeedsAName() {
            String owner = api.token(email("olga"), "Olga");
            String code = api.invite(owner, api.newProject(owner, "Shop"), "viewer");
            assertThat(detail(api.post("/api/v1/auth/join", null, Map.of("code", code)), 400, "bad_request")).contains("name is required");
        }

        @Test
        void aSignedInUserJoinsWithTheirOwnAccount() {
            String owner = api.token(email("olga"), "Olga");
            String project = api.newProject(owner, "Shop");
            JsonNode me = api.signUp(email("viv"), "Viv");
            Api.Reply r = api.post("/api/v1/auth/join", me.get("accessToken").asText(), Map.of("code", api.invite(owner, project, "viewer"), "name", "ignored"));
            assertThat(r.status()).as(r.toString()).isEqualTo(200);
            assertThat(r.json().get("user").get("id").asText()).isEqualTo(me.get("user").get("id").asText());
            assertThat(r.json().get("user").get("name").asText()).isEqualTo("Viv");
            JsonNode members = api.get("/api/v1/projects/" + project + "/members", owner).json();
            assertThat(members).extracting(m -> m.get("name").asText() + ":" + m.get("role").asText()).containsExactly("Olga:owner", "Viv:viewer");
        }

        @Test
        void aMemberFollowingAnInviteKeepsTheHigherRole() {
            String owner = api.token(email("olga"), "Olga");
            String project = api.newProject(owner, "Shop");
            String editor = api.joinAs(api.token(email("ed"), "Ed"), api.invite(owner, project, "editor"));
            assertThat(joinRole(owner, api.invite(owner, project, "viewer"))).as("owner follows a viewer invite").isEqualTo("owner");
            assertThat(joinRole(editor, api.invite(owner, project, "viewer"))).as("editor follows a viewer invite").isEqualTo("editor");
            String viewer = api.joinAs(api.token(email("vi"), "Vi"), api.invite(owner, project, "viewer"));
            assertThat(joinRole(viewer, api.invite(owner, project, "editor"))).as("viewer follows an editor invite").isEqualTo("editor");
        }

        private String joinRole(String token, String code) {
            Api.Reply r = api.post("/api/v1/auth/join", token, Map.of("code", code, "name", "x"));
            assertThat(r.status()).as(r.toString()).isEqualTo(200);
            return r.json().get("role").asText();
        }

        @Test
        void unknownRevokedAndExpiredCodesAreNotFoundWithoutEchoingTheCode() {
            String owner = api.token(email("olga"), "Olga");
            String project = api.newProject(owner, "Shop");
            assertThat(detail(api.post("/api/v1/auth/join", null, Map.of("code", "no-such-code", "name", "Eve")), 404, "not_found"))
                    .doesNotContain("no-such-code");

            String revoked = api.invite(owner, project, "editor");
            assertThat(api.delete("/api/v1/projects/" + project + "/invites/" + revoked, owner).status()).isEqualTo(204);
            assertProblem(api.post("/api/v1/auth/join", null, Map.of("code", revoked, "name", "Eve")), 404, "not_found");

            Api.Reply shortLived = api.post("/api/v1/projects/" + project + "/invites", owner, Map.of("role", "viewer", "expiresInMinutes", 1));
            String expired = shortLived.json().get("code").asText();
            clock.advance(Duration.ofMinutes(2));
            try {
                assertProblem(api.post("/api/v1/auth/join", null, Map.of("code", expired, "name", "Eve")), 404, "not_found");
            } finally {
                clock.advance(Duration.ofMinutes(-2));
            }
            assertThat(api.post("/api/v1/auth/join", null, Map.of("code", expired, "name", "Eve")).status())
                    .as("the same code a minute before expiry").isEqualTo(200);
        }

        @Test
        void aBadTokenIsRefusedInsteadOfMakingAGuest() {
            String owner = api.token(email("olga"), "Olga");
            String code = api.invite(owner, api.newProject(owner, "Shop"), "viewer");
            assertProblem(api.post("/api/v1/auth/join", "not-a-jwt", Map.of("code", code, "name", "Eve")), 401, "unauthorized");
            String revoked = api.token(email("rev"), "Rev");
            api.post("/api/v1/auth/logout", revoked, null);
            assertProblem(api.post("/api/v1/auth/join", revoked, Map.of("code", code, "name", "Eve")), 401, "unauthorized");
        }
    }
}
