package dev.blueline.server.api;

import com.fasterxml.jackson.databind.JsonNode;
import dev.blueline.server.testing.Api;
import dev.blueline.server.testing.TestHost;
import dev.blueline.server.testing.WsClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.Map;

import static dev.blueline.server.api.ApiTesting.assertProblem;
import static dev.blueline.server.api.ApiTesting.email;
import static org.assertj.core.api.Assertions.assertThat;

/** Liveness, the detailed status, metrics, and the API description with its docs page. */
class HealthApiTest {
    @TempDir
    Path dir;

    @Test
    void healthNeedsNoSignInAndTheRestNeedsOne() throws Exception {
        try (TestHost t = TestHost.start(dir)) {
            Api.Reply health = t.api.get("/api/v1/health", null);
            assertThat(health.status()).isEqualTo(200);
            assertThat(health.json().get("status").asText()).isEqualTo("ok");
            assertThat(health.json().get("version").asText()).isNotBlank();
            assertProblem(t.api.get("/api/v1/health/detailed", null), 401, "unauthorized");
            assertProblem(t.api.get("/api/v1/metrics", null), 401, "unauthorized");
        }
    }

    @Test
    void theDetailedStatusCountsRoomsAndConnections() throws Exception {
        try (TestHost t = TestHost.start(dir)) {
            String token = t.api.token(email("ops"), "Ops");
            JsonNode idle = t.api.get("/api/v1/health/detailed", token).json();
            assertThat(idle.get("status").asText()).isEqualTo("ok");
            assertThat(idle.get("database").get("ok").asBoolean()).isTrue();
            assertThat(idle.get("rooms").get("open").asInt()).isZero();
            assertThat(idle.get("rooms").get("connections").asInt()).isZero();
            long used = idle.get("memory").get("usedBytes").asLong();
            assertThat(used).isPositive().isLessThanOrEqualTo(idle.get("memory").get("maxBytes").asLong());

            String project = t.api.newProject(token, "Shop");
            try (WsClient ws = t.connect()) {
                ws.hello(token, project, "c1", 0);
                JsonNode busy = t.api.get("/api/v1/health/detailed", token).json();
                assertThat(busy.get("rooms").get("open").asInt()).isEqualTo(1);
                assertThat(busy.get("rooms").get("connections").asInt()).isEqualTo(1);
                assertThat(busy.get("rooms").get("failedCommits").asLong()).isZero();
            }
        }
    }

    @Test
    void metricsArePrometheusTextWithRequestTimersAndRooms() throws Exception {
        try (TestHost t = TestHost.start(dir)) {
            String token = t.api.token(email("ops"), "Ops");
            t.api.post("/api/v1/projects", token, Map.of("name", "Shop"));
            Api.Reply metrics = t.api.get("/api/v1/metrics", token);
            assertThat(metrics.status()).isEqualTo(200);
            assertThat(metrics.contentType()).startsWith("text/plain");
            assertThat(metrics.body())
                    .contains("http_requests_seconds_count{")
                    .containsPattern("(?m)^http_requests_seconds_count\\{[^}]*route=\"/api/v1/projects\"[^}]*status=\"201\"[^}]*} 1(\\.0)?$")
                    .contains("rooms_open")
                    .contains("rooms_connections")
                    .contains("jvm_memory_used_bytes");
        }
    }

    @Test
    void theDescriptionAndTheDocsPageAreServed() throws Exception {
        try (TestHost t = TestHost.start(dir)) {
            Api.Reply doc = t.api.get("/api/v1/openapi.json", null);
            assertThat(doc.status()).isEqualTo(200);
            assertThat(doc.json().get("openapi").asText()).startsWith("3.1");
            assertThat(doc.json().get("paths").has("/api/v1/projects/{id}/changes")).isTrue();
            Api.Reply page = t.api.get("/docs", null);
            assertThat(page.status()).isEqualTo(200);
            assertThat(page.body()).contains("/api/v1/openapi.json");
            Api.Reply css = t.api.get("/docs/swagger-ui.css", null);
            assertThat(css.status()).isEqualTo(200);
            assertThat(css.contentType()).startsWith("text/css");
            assertThat(css.header("Cache-Control")).contains("max-age");
            assertProblem(t.api.get("/docs/passwd", null), 404, "not_found"); // tried a file that is not one of the docs' own
        }
    }
}
