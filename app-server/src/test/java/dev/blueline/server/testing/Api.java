package dev.blueline.server.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.blueline.model.protocol.Codec;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;

/** A small real HTTP client for the host's REST API (the JDK's HttpClient). */
public final class Api {
    public static final ObjectMapper JSON = new Codec().mapper();
    private final String base;
    private final HttpClient http;

    public Api(String base) {
        this(base, HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build());
    }

    /** Through {@code http} (e.g. one that pins a LAN host's certificate). */
    public Api(String base, HttpClient http) {
        this.base = base;
        this.http = http;
    }

    /** A reply: status, headers and the body (parsed when it is JSON). */
    public record Reply(int status, String contentType, String body, JsonNode json, Map<String, java.util.List<String>> headers) {
        public String header(String name) {
            return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name)).findFirst()
                    .map(e -> e.getValue().getFirst()).orElse(null);
        }

        @Override
        public String toString() {
            return status + " " + body;
        }
    }

    /** A reply whose body is kept as bytes: a file download. */
    public record Download(int status, String contentType, byte[] body, Map<String, java.util.List<String>> headers) {
        public String header(String name) {
            return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name)).findFirst()
                    .map(e -> e.getValue().getFirst()).orElse(null);
        }

        @Override
        public String toString() {
            boolean text = contentType.contains("json") || contentType.startsWith("text/");
            return status + " " + contentType + " " + (text ? new String(body, java.nio.charset.StandardCharsets.UTF_8) : body.length + " bytes");
        }
    }

    /** GET, keeping the body as bytes. */
    public Download download(String path, String token) {
        try {
            HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30)).GET();
            if (token != null) b.header("Authorization", "Bearer " + token);
            HttpResponse<byte[]> r = http.send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
            return new Download(r.statusCode(), r.headers().firstValue("Content-Type").orElse(""), r.body(), r.headers().map());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public Reply get(String path, String token) {
        return send("GET", path, token, null, "application/json");
    }

    public Reply delete(String path, String token) {
        return send("DELETE", path, token, null, "application/json");
    }

    public Reply post(String path, String token, Object body) {
        return send("POST", path, token, body, "application/json");
    }

    public Reply patch(String path, String token, Object body) {
        return send("PATCH", path, token, body, "application/json");
    }

    /** Any method, any body (a String is sent as is; anything else as JSON). */
    public Reply send(String method, String path, String token, Object body, String contentType) {
        try {
            HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30));
            if (token != null) b.header("Authorization", "Bearer " + token);
            String text = body == null ? null : body instanceof String s ? s : JSON.writeValueAsString(body);
            if (text != null) b.header("Content-Type", contentType);
            b.method(method, text == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(text));
            HttpResponse<String> r = http.send(b.build(), HttpResponse.BodyHandlers.ofString());
            String ct = r.headers().firstValue("Content-Type").orElse("");
            JsonNode json = ct.contains("json") && !r.body().isEmpty() ? JSON.readTree(r.body()) : null;
            return new Reply(r.statusCode(), ct, r.body(), json, r.headers().map());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    // ---- shortcuts for setting up scenes

    /** Registers and signs in; returns the login reply's JSON (accessToken, refreshToken, user). */
    public JsonNode signUp(String email, String name) {
        Reply r = post("/api/v1/auth/register", null, Map.of("email", email, "password", "correct horse battery", "name", name));
        if (r.status() != 201) throw new AssertionError("register failed: " + r);
        Reply l = post("/api/v1/auth/login", null, Map.of("email", email, "password", "correct horse battery"));
        if (l.status() != 200) throw new AssertionError("login failed: " + l);
        return l.json();
    }

    public String token(String email, String name) {
        return signUp(email, name).get("accessToken").asText();
    }

    public String newProject(String token, String name) {
        Reply r = post("/api/v1/projects", token, Map.of("name", name));
        if (r.status() != 201) throw new AssertionError("create project failed: " + r);
        return r.json().get("id").asText();
    }

    /** An invite code for a project, made by {@code token}'s user. */
    public String invite(String token, String projectId, String role) {
        Reply r = post("/api/v1/projects/" + projectId + "/invites", token, Map.of("role", role));
        if (r.status() != 201) throw new AssertionError("invite failed: " + r);
        return r.json().get("code").asText();
    }

    /** Signs in a registered user and joins a project with an invite; returns the access token. */
    public String joinAs(String token, String code) {
        Reply r = post("/api/v1/auth/join", token, Map.of("code", code, "name", "ignored"));
        if (r.status() != 200) throw new AssertionError("join failed: " + r);
        return r.json().get("accessToken").asText();
    }

    public static ObjectNode object() {
        return JSON.createObjectNode();
    }
}
