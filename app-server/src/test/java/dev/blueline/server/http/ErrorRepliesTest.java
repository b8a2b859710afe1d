package dev.blueline.server.http;

import com.fasterxml.jackson.databind.JsonNode;
import dev.blueline.server.api.ApiTesting;
import dev.blueline.server.config.HostConfig;
import dev.blueline.server.testing.Api;
import dev.blueline.server.testing.TestHost;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import static dev.blueline.server.api.ApiTesting.assertProblem;
import static dev.blueline.server.api.ApiTesting.detail;
import static dev.blueline.server.api.ApiTesting.email;
import static org.assertj.core.api.Assertions.assertThat;

/** How the host answers requests it cannot serve: problem+json with a clear detail, the right status and the request id. */
class ErrorRepliesTest {
    static final int BODY_LIMIT = 4_096;

    @TempDir
    static Path dir;
    static TestHost t;
    static Api api;
    static String token;

    @BeforeAll
    static void start() throws Exception {
        HostConfig.Limits d = ApiTesting.roomy(dir).limits();
        t = TestHost.start(ApiTesting.roomy(dir).withLimits(new HostConfig.Limits(BODY_LIMIT, d.maxFrameBytes(),
                d.messagesPerSecond(), d.outgoingQueueFrames(), d.loginAttemptsPerMinute())));
        api = t.api;
        token = api.token(email("ada"), "Ada");
    }

    @AfterAll
    static void stop() {
        t.close();
    }

    Api.Reply postRaw(String path, String body) {
        return api.send("POST", path, token, body, "application/json");
    }

    @Test
    void aProblemCarriesEveryFieldAndTheRequestIdOfItsReply() {
        Api.Reply r = api.get("/api/v1/no-such-thing", token);
        JsonNode p = assertProblem(r, 404, "not_found");
        assertThat(p.get("type").asText()).isEqualTo("https://blueline.dev/problems/not-found");
        assertThat(p.get("title").asText()).isEqualTo("Not found");
        assertThat(p.get("instance").asText()).isEqualTo("/api/v1/no-such-thing");
        assertThat(p.get("requestId").asText()).as("a fresh id when none was sent").matches("[0-9a-f-]{36}");
        assertProblem(api.get("/", null), 404, "not_found");
        assertProblem(api.get("/api/v2/projects", token), 404, "not_found");
    }

    @Test
    void aSaneRequestIdIsEchoedAndAnythingElseReplaced() throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        for (String given : new String[]{"trace-42_a.B", "x".repeat(64)}) {
            HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(t.host.url() + "/api/v1/health")).header("X-Request-Id", given).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(r.headers().firstValue("X-Request-Id")).as("sent %s", given).hasValue(given);
        }
        for (String insane : new String[]{"x".repeat(65), "a b", "<script>", "id;drop"}) {
            HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(t.host.url() + "/api/v1/nowhere")).header("X-Request-Id", insane).build(),
                    HttpResponse.BodyHandlers.ofString());
            String id = r.headers().firstValue("X-Request-Id").orElseThrow();
            assertThat(id).as("sent %s", insane).isNotEqualTo(insane).matches("[0-9a-f-]{36}");
            assertThat(Api.JSON.readTree(r.body()).get("requestId").asText()).isEqualTo(id);
        }
    }

    @Test
    void malformedJsonIsA400ThatSaysSo() {
        for (String broken : new String[]{"{\"name\": ", "{name: 'Shop'}", "{\"name\":\"Shop\"} trailing", "{\"name\":\"Shop\"} {}", "Shop"}) {
            assertThat(detail(postRaw("/api/v1/projects", broken), 400, "bad_request")).as("sent %s", broken).containsIgnoringCase("JSON");
        }
        assertThat(detail(postRaw("/api/v1/projects", ""), 400, "bad_request")).as("sent no body").contains("a JSON body is required");
        assertThat(detail(postRaw("/api/v1/projects", "null"), 400, "bad_request")).as("sent null").contains("not null");
    }

    @Test
    void wrongTypesAreA400NamingTheField() {
        assertThat(detail(postRaw("/api/v1/projects", "{\"name\": {\"first\": \"Shop\"}}"), 400, "bad_request")).as("name as an object").contains("name must be text, not an object");
        assertThat(detail(postRaw("/api/v1/projects", "{\"name\": 42}"), 400, "bad_request")).as("name as a number").contains("name must be text, not a number");
        assertThat(detail(postRaw("/api/v1/projects", "{\"name\": true}"), 400, "bad_request")).as("name as a flag").contains("name must be text, not true or false");
        assertThat(detail(postRaw("/api/v1/projects", "[\"Shop\"]"), 400, "bad_request")).as("a list for an object").contains("the body must be an object, not a list");
        String project = api.newProject(token, "Shop");
        assertThat(detail(postRaw("/api/v1/wireframes", "{\"projectId\":\"" + project + "\",\"name\":\"Home\",\"width\":\"wide\"}"), 400, "bad_request"))
                .as("width as text").contains("width must be a number, not text");
        assertThat(detail(postRaw("/api/v1/projects/" + project + "/changes", "{\"ops\":[{\"id\":\"s1\",\"set\":{\"x\":[1,2]}}]}"), 400, "bad_request"))
                .as("a property value that is not a scalar").contains("ops[0].set.x must be");
        assertThat(detail(postRaw("/api/v1/projects/" + project + "/changes", "{\"ops\":[{\"set\":{\"x\":1}}]}"), 400, "bad_request"))
                .as("an op without an id").contains("id").contains("ops[0]").doesNotContain("not valid JSON");
    }

    @Test
    void missingRequiredFieldsAreA400NamingThem() {
        assertThat(detail(postRaw("/api/v1/projects", "{}"), 400, "bad_request")).contains("name is required");
        assertThat(detail(postRaw("/api/v1/projects", "{\"title\":\"Shop\"}"), 400, "bad_request")).as("an unknown field instead").contains("name is required");
    }

    @Test
    void tooDeeplyNestedJsonIsRefusedAsABadRequest() {
        String deep = "{\"name\":\"Shop\",\"x\":" + "[".repeat(100) + "]".repeat(100) + "}";
        assertThat(detail(postRaw("/api/v1/projects", deep), 400, "bad_request")).as("100 nested arrays").contains("nested too deeply");
    }

    @Test
    void aBodyOverTheLimitIsA413WithOrWithoutAContentLength() throws Exception {
        String big = "{\"name\":\"" + "x".repeat(BODY_LIMIT) + "\"}";
        assertThat(detail(postRaw("/api/v1/projects", big), 413, "too_large")).as("declared length").contains(Integer.toString(BODY_LIMIT));

        HttpRequest chunked = HttpRequest.newBuilder(URI.create(t.host.url() + "/api/v1/projects"))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(big.getBytes(StandardCharsets.UTF_8)))).build();
        HttpResponse<String> r = HttpClient.newHttpClient().send(chunked, HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).as("chunked, no length: " + r.body()).isEqualTo(413);
        assertThat(r.headers().firstValue("Content-Type")).hasValueSatisfying(ct -> assertThat(ct).startsWith("application/problem+json"));
        assertThat(api.get("/api/v1/projects", token).json()).as("nothing was made").noneMatch(p -> p.get("name").asText().startsWith("xxx"));
    }

    @Test
    void aBodyThatIsNotJsonByItsContentTypeIsA415() {
        Api.Reply r = api.send("POST", "/api/v1/projects", token, "name=Shop", "application/x-www-form-urlencoded");
        assertThat(detail(r, 415, "unsupported_media_type")).contains("application/json");
        assertProblem(api.send("POST", "/api/v1/projects", token, "{\"name\":\"Shop\"}", "text/plain"), 415, "unsupported_media_type");
        assertThat(api.send("POST", "/api/v1/projects", token, "{\"name\":\"Shop\"}", "application/json; charset=utf-8").status())
                .as("a charset is fine").isEqualTo(201);
    }

    @Test
    void aWrongMethodIsA405ThatListsTheAllowedOnes() {
        Api.Reply r = api.send("PUT", "/api/v1/projects", token, "{\"name\":\"Shop\"}", "application/json");
        assertThat(detail(r, 405, "method_not_allowed")).contains("GET, POST");
        assertThat(r.header("Allow")).isEqualTo("GET, POST");
        Api.Reply d = api.send("POST", "/api/v1/auth/me", token, null, "application/json");
        assertProblem(d, 405, "method_not_allowed");
        assertThat(d.header("Allow")).isEqualTo("GET");
    }

    @Test
    void aMissingTokenIsAnsweredBeforeTheBodyIsLookedAt() {
        Api.Reply r = api.send("POST", "/api/v1/projects", null, "{broken", "application/json");
        assertThat(detail(r, 401, "unauthorized")).contains("Bearer");
        assertThat(detail(api.get("/api/v1/projects", "dXNlcjpwYXNz"), 401, "unauthorized")).as("a bearer token that is not a JWT").contains("not valid");
    }
}
