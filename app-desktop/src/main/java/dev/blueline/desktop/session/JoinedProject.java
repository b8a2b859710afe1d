package dev.blueline.desktop.session;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.blueline.model.protocol.Codec;
import dev.blueline.server.api.JoinLink;
import dev.blueline.server.tls.PinnedTrust;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;

/**
 * A project on a teammate's host, joined with an invite link: who this app is there (a guest
 * account the join made), and how to reach it (TLS pinned to the certificate in the link). The
 * access token is refreshed before it runs out.
 */
public final class JoinedProject {
    private static final ObjectMapper JSON = new Codec().mapper();
    private static final Duration CALL_TIMEOUT = Duration.ofSeconds(15);
    /** Refresh this long before the access token expires. */
    private static final Duration REFRESH_AHEAD = Duration.ofMinutes(2);

    private final JoinLink link;
    private final HttpClient http;
    private final Clock clock;
    private final String projectId;
    private final String projectName;
    private final String role;
    private String accessToken;
    private String refreshToken;
    private Instant expiresAt;

    private JoinedProject(JoinLink link, HttpClient http, Clock clock, JsonNode joined, String projectName) {
        this.link = link;
        this.http = http;
        this.clock = clock;
        this.projectId = joined.path("projectId").asText();
        this.role = joined.path("role").asText();
        this.projectName = projectName;
        takeTokens(joined);
    }

    /**
     * Joins through {@code link} as a guest named {@code name}: the host checks the code, makes the
     * account and answers with its tokens. Blocks; call it off the ui thread. Fails with a message a
     * designer can act on (wrong certificate, host not reachable, code not valid).
     */
    public static JoinedProject join(JoinLink link, String name, Clock clock) throws IOException {
        HttpClient.Builder b = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5));
        if (link.fingerprint() != null) b.sslContext(PinnedTrust.context(link.fingerprint()));
        HttpClient http = b.build();
        JsonNode joined;
        try {
            joined = call(http, link.url() + "/api/v1/auth/join", null, Map.of("code", link.code(), "name", name));
        } catch (javax.net.ssl.SSLHandshakeException e) {
            throw new IOException("the host at " + link.host() + ":" + link.port() + " is not the one the invite was made by"
                    + " (its certificate does not match the link), so nothing was sent to it", e);
        } catch (java.net.ConnectException | java.net.http.HttpConnectTimeoutException e) {
            throw new IOException("nothing answers at " + link.host() + ":" + link.port() + " (is the session still hosted, and are you on the same network?)", e);
        }
        String projectId = joined.path("projectId").asText();
        JsonNode project = call(http, link.url() + "/api/v1/projects/" + projectId, joined.path("accessToken").asText(), null);
        return new JoinedProject(link, http, clock, joined, project.path("name").asText("Shared project"));
    }

    private static JsonNode call(HttpClient http, String url, String token, Object body) throws IOException {
        HttpRequest.Builder r = HttpRequest.newBuilder(URI.create(url)).timeout(CALL_TIMEOUT).header("Accept", "application/json");
        if (token != null) r.header("Authorization", "Bearer " + token);
        if (body == null) r.GET();
        else r.header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)));
        HttpResponse<String> reply;
        try {
            reply = http.send(r.build(), HttpResponse.BodyHandlers.ofString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        }
        JsonNode json = reply.body() == null || reply.body().isBlank() ? JSON.createObjectNode() : JSON.readTree(reply.body());
        if (reply.statusCode() / 100 != 2) {
            String detail = json.path("detail").asText(json.path("title").asText("the host said " + reply.statusCode()));
            throw new IOException(detail);
        }
        return json;
    }

    private void takeTokens(JsonNode reply) {
        accessToken = reply.path("accessToken").asText();
        refreshToken = reply.path("refreshToken").asText();
        expiresAt = clock.instant().plusSeconds(reply.path("expiresIn").asLong(60));
    }

    /** An access token that is good for a while yet (refreshed first when it is about to run out). */
    public synchronized String token() {
        if (clock.instant().isAfter(expiresAt.minus(REFRESH_AHEAD))) {
            try {
                takeTokens(call(http, link.url() + "/api/v1/auth/refresh", null, Map.of("refreshToken", refreshToken)));
            } catch (IOException e) {
                // the host will refuse the old token and the session says so; try again on the next connect
            }
        }
        return accessToken;
    }

    public JoinLink link() {
        return link;
    }

    public HttpClient http() {
        return http;
    }

    public String projectId() {
        return projectId;
    }

    public String projectName() {
        return projectName;
    }

    /** {@code editor} or {@code viewer}, as the invite said. */
    public String role() {
        return role;
    }
}
