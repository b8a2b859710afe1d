package dev.blueline.server.auth;

import com.auth0.jwt.JWT;
import com.auth0.jwt.algorithms.Algorithm;
import com.fasterxml.jackson.databind.JsonNode;
import dev.blueline.server.api.ApiTesting;
import dev.blueline.server.config.HostConfig;
import dev.blueline.server.store.User;
import dev.blueline.server.testing.Api;
import dev.blueline.server.testing.TestHost;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.Date;

import static dev.blueline.server.api.ApiTesting.PASSWORD;
import static dev.blueline.server.api.ApiTesting.assertProblem;
import static dev.blueline.server.api.ApiTesting.detail;
import static dev.blueline.server.api.ApiTesting.email;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The signing key, access tokens and stored passwords, on real hosts with real files. */
class TokensAndKeysTest {
    @TempDir
    Path dir;

    @Test
    void theSigningKeyIsMadeOnceOwnerOnlyAndSurvivesARestart() throws Exception {
        Path key = dir.resolve("signing.key");
        String token;
        try (TestHost t = TestHost.start(dir)) {
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(key))).isEqualTo("rw-------");
            assertThat(Base64.getDecoder().decode(Files.readString(key).strip())).as("a 512-bit key").hasSize(64);
            token = t.api.token(email("ada"), "Ada");
        }
        String before = Files.readString(key);
        try (TestHost t = TestHost.start(dir)) {
            assertThat(Files.readString(key)).as("the same key after a restart").isEqualTo(before);
            assertThat(t.api.get("/api/v1/auth/me", token).status()).as("a token from before the restart").isEqualTo(200);
        }
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).as("no temporary key files left behind").noneMatch(n -> n.endsWith(".tmp"));
        }
    }

    @Test
    void anotherKeyMeansEveryoneSignsInAgain() throws Exception {
        String token;
        try (TestHost t = TestHost.start(dir)) {
            token = t.api.token(email("ada"), "Ada");
        }
        Files.delete(dir.resolve("signing.key"));
        try (TestHost t = TestHost.start(dir)) {
            assertThat(detail(t.api.get("/api/v1/auth/me", token), 401, "unauthorized")).contains("not valid");
        }
        HostConfig withSecret = new HostConfig("127.0.0.1", 0, dir, null, "an operator's secret of more than 32 characters",
                Duration.ofMinutes(30), Duration.ofDays(30), Duration.ofDays(7), java.util.List.of(), null, HostConfig.Limits.DEFAULT);
        try (TestHost t = TestHost.start(withSecret)) {
            assertProblem(t.api.get("/api/v1/auth/me", token), 401, "unauthorized");
        }
    }

    @Test
    void aShortSecretKeyOrADamagedKeyFileStopsTheHostWithAClearReason() throws Exception {
        HostConfig shortSecret = new HostConfig("127.0.0.1", 0, dir, null, "too short", Duration.ofMinutes(30), Duration.ofDays(30),
                Duration.ofDays(7), java.util.List.of(), null, HostConfig.Limits.DEFAULT);
        assertThatThrownBy(() -> TestHost.start(shortSecret)).hasMessageContaining("SECRET_KEY must be at least 32 characters")
                .hasMessageNotContaining("too short");
        Files.writeString(dir.resolve("signing.key"), "not base64 at all!");
        assertThatThrownBy(() -> TestHost.start(dir)).hasMessageContaining("signing.key").hasMessageContaining("delete it");
    }

    @Test
    void tokensSignedWithAnotherKeyOrWithoutASignatureAreRefused() throws Exception {
        try (TestHost t = TestHost.start(dir)) {
            String userId = t.api.signUp(email("ada"), "Ada").get("user").get("id").asText();
            Instant now = Instant.now();
            String forged = JWT.create().withIssuer("blueline").withSubject(userId).withJWTId("forged")
                    .withIssuedAt(now).withExpiresAt(now.plusSeconds(600)).sign(Algorithm.HMAC256("x".repeat(64)));
            assertProblem(t.api.get("/api/v1/auth/me", forged), 401, "unauthorized");
            String unsigned = JWT.create().withIssuer("blueline").withSubject(userId).withJWTId("none")
                    .withExpiresAt(Date.from(now.plusSeconds(600))).sign(Algorithm.none());
            assertProblem(t.api.get("/api/v1/auth/me", unsigned), 401, "unauthorized");
            String realKeySignsOtherIssuer = JWT.create().withIssuer("someone-else").withSubject(userId).withJWTId("x")
                    .withExpiresAt(Date.from(now.plusSeconds(600))).sign(Algorithm.HMAC256(Base64.getDecoder().decode(Files.readString(dir.resolve("signing.key")).strip())));
            assertProblem(t.api.get("/api/v1/auth/me", realKeySignsOtherIssuer), 401, "unauthorized");
        }
    }

    @Test
    void anAccessTokenExpiresAfterItsLifetimeOnTheHostsClock() throws Exception {
        ControlledClock clock = new ControlledClock();
        try (TestHost t = TestHost.start(ApiTesting.roomy(dir).withAccessTokenLifetime(Duration.ofMinutes(5)), clock)) {
            JsonNode session = t.api.signUp(email("ada"), "Ada");
            assertThat(session.get("expiresIn").asLong()).isEqualTo(300);
            String token = session.get("accessToken").asText();
            clock.advance(Duration.ofMinutes(4));
            assertThat(t.api.get("/api/v1/auth/me", token).status()).as("4 minutes in").isEqualTo(200);
            clock.advance(Duration.ofMinutes(2));
            assertThat(detail(t.api.get("/api/v1/auth/me", token), 401, "unauthorized")).as("6 minutes in").contains("expired");
            Api.Reply refreshed = t.api.post("/api/v1/auth/refresh", null, java.util.Map.of("refreshToken", session.get("refreshToken").asText()));
            assertThat(t.api.get("/api/v1/auth/me", refreshed.json().get("accessToken").asText()).status()).as("after a refresh").isEqualTo(200);
        }
    }

    @Test
    void aHostWhoseClockIsNotTheMachinesStillAcceptsItsOwnTokens() throws Exception {
        // e.g. a desktop embedding the host with its own clock, or a test: the host judges tokens by the clock that made them
        Clock yesterday = Clock.fixed(Instant.now().minus(Duration.ofDays(1)), ZoneOffset.UTC);
        try (TestHost t = TestHost.start(ApiTesting.roomy(dir), yesterday)) {
            String token = t.api.token(email("ada"), "Ada");
            assertThat(t.api.get("/api/v1/auth/me", token).status()).isEqualTo(200);
        }
        Clock tomorrow = Clock.fixed(Instant.now().plus(Duration.ofDays(1)), ZoneOffset.UTC);
        try (TestHost t = TestHost.start(ApiTesting.roomy(dir), tomorrow)) {
            String token = t.api.token(email("bob"), "Bob");
            assertThat(t.api.get("/api/v1/auth/me", token).status()).isEqualTo(200);
        }
    }

    @Test
    void passwordsAreStoredAsBcryptHashesOnly() throws Exception {
        try (TestHost t = TestHost.start(dir)) {
            String email = email("ada");
            t.api.signUp(email, "Ada");
            User stored = t.host.stores().users().byEmail(email).orElseThrow();
            assertThat(stored.passwordHash()).matches("\\$2[aby]\\$1[0-9]\\$[./A-Za-z0-9]{53}").doesNotContain(PASSWORD);
            assertThat(new Passwords().matches(PASSWORD, stored.passwordHash())).isTrue();
            assertThat(stored.toString()).doesNotContain(stored.passwordHash());
            try (var files = Files.walk(dir)) {
                for (Path f : files.filter(Files::isRegularFile).toList()) {
                    assertThat(new String(Files.readAllBytes(f), StandardCharsets.ISO_8859_1)).as("file %s", f).doesNotContain(PASSWORD);
                }
            }
        }
    }
}
