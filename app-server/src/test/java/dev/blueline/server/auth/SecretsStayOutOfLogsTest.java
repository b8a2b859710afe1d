package dev.blueline.server.auth;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.ThrowableProxyUtil;
import ch.qos.logback.core.read.ListAppender;
import com.fasterxml.jackson.databind.JsonNode;
import dev.blueline.server.api.ApiTesting;
import dev.blueline.server.config.HostConfig;
import dev.blueline.server.testing.Api;
import dev.blueline.server.testing.TestHost;
import dev.blueline.server.testing.WsClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static dev.blueline.server.api.ApiTesting.PASSWORD;
import static dev.blueline.server.api.ApiTesting.email;
import static org.assertj.core.api.Assertions.assertThat;

/** Passwords, tokens, invite codes and the operator's secrets never reach the log, nor the printed configuration. */
class SecretsStayOutOfLogsTest {
    static final String HF_TOKEN = "hf_TopSecretHuggingFaceToken0123456789";
    static final String SECRET_KEY = "the-operators-signing-secret-0123456789abcdef";
    static final String DB_PASSWORD = "db-password-hunter2";

    @TempDir
    Path dir;

    @Test
    void aWholeSessionLogsNoSecret() throws Exception {
        Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        Level before = root.getLevel();
        ListAppender<ILoggingEvent> log = new ListAppender<>();
        log.start();
        root.addAppender(log);
        root.setLevel(Level.INFO); // as the shipped logback.xml has it (third-party loggers at WARN)
        Map<String, Level> thirdParty = new LinkedHashMap<>();
        for (String name : List.of("org.eclipse.jetty", "org.flywaydb", "org.jooq")) {
            Logger l = (Logger) LoggerFactory.getLogger(name);
            thirdParty.put(name, l.getLevel());
            l.setLevel(Level.WARN);
        }
        List<String> secrets = new ArrayList<>(List.of(PASSWORD, HF_TOKEN, SECRET_KEY, "wrong-password-42"));
        try {
            HostConfig config = new HostConfig("127.0.0.1", 0, dir, null, SECRET_KEY, Duration.ofMinutes(30), Duration.ofDays(30),
                    Duration.ofDays(7), List.of(), HF_TOKEN, ApiTesting.roomy(dir).limits());
            try (TestHost t = TestHost.start(config)) {
                Api api = t.api;
                String email = email("ada");
                JsonNode session = api.signUp(email, "Ada");
                String access = session.get("accessToken").asText();
                secrets.add(access);
                secrets.add(session.get("refreshToken").asText());
                api.post("/api/v1/auth/login", null, Map.of("email", email, "password", "wrong-password-42"));
                JsonNode refreshed = api.post("/api/v1/auth/refresh", null, Map.of("refreshToken", session.get("refreshToken").asText())).json();
                secrets.add(refreshed.get("accessToken").asText());
                secrets.add(refreshed.get("refreshToken").asText());
                access = refreshed.get("accessToken").asText();

                String project = api.newProject(access, "Shop");
                String code = api.invite(access, project, "editor");
                String kept = api.invite(access, project, "viewer");
                secrets.add(code);
                secrets.add(kept);
                JsonNode guest = api.post("/api/v1/auth/join", null, Map.of("code", code, "name", "Lin")).json();
                secrets.add(guest.get("accessToken").asText());
                secrets.add(guest.get("refreshToken").asText());
                assertThat(api.delete("/api/v1/projects/" + project + "/invites/" + code, access).status()).isEqualTo(204);
                api.post("/api/v1/auth/join", null, Map.of("code", code, "name", "Late"));
                api.get("/api/v1/projects/" + project + "/invites", access);
                try (WsClient ws = t.connect()) {
                    ws.hello(guest.get("accessToken").asText(), project, "c1", 0);
                }
                try (WsClient ws = t.connect()) {
                    ws.sendRaw("{\"type\":\"hello\",\"protocol\":1,\"token\":\"" + access + "x\",\"projectId\":\"" + project + "\",\"clientId\":\"c2\",\"lastSeq\":0}");
                    ws.awaitClose();
                }
                api.get("/api/v1/auth/me", access + "tampered");
                assertThat(api.post("/api/v1/auth/logout", access, null).status()).isEqualTo(204);
                api.get("/api/v1/auth/me", access);
            }
        } finally {
            root.detachAppender(log);
            root.setLevel(before);
            thirdParty.forEach((name, level) -> ((Logger) LoggerFactory.getLogger(name)).setLevel(level));
        }

        List<String> lines = log.list.stream().map(SecretsStayOutOfLogsTest::everything).toList();
        assertThat(lines).as("the request log was captured").anyMatch(l -> l.contains("POST /api/v1/auth/login -> 401"));
        assertThat(lines).as("the revoke is logged with the code masked").anyMatch(l -> l.matches("(?s).*DELETE /api/v1/projects/[^/]+/invites/\\*\\*\\* -> 204.*"));
        for (String secret : secrets) {
            assertThat(lines).as("log lines containing a secret").noneMatch(l -> l.contains(secret));
        }
    }

    /** Everything an appender could write for an event: message, MDC, exception with its stack. */
    private static String everything(ILoggingEvent e) {
        return e.getLoggerName() + " " + e.getFormattedMessage() + " " + e.getMDCPropertyMap()
                + (e.getThrowableProxy() == null ? "" : " " + ThrowableProxyUtil.asString(e.getThrowableProxy()));
    }

    @Test
    void thePrintedConfigurationNamesNoSecret() {
        HostConfig config = new HostConfig("0.0.0.0", 8000, dir, "jdbc:h2:tcp://db/blueline;PASSWORD=" + DB_PASSWORD, SECRET_KEY,
                Duration.ofMinutes(30), Duration.ofDays(30), Duration.ofDays(7), List.of("https://app.example"), HF_TOKEN, HostConfig.Limits.DEFAULT);
        String printed = config.toString();
        assertThat(printed).doesNotContain(DB_PASSWORD).doesNotContain(SECRET_KEY).doesNotContain(HF_TOKEN);
        assertThat(printed).contains("secretKey=configured", "huggingFaceToken=set", "database=configured", "port=8000");
    }
}
