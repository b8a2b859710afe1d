package dev.blueline.desktop.session;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.blueline.model.document.Ids;
import dev.blueline.model.protocol.Codec;
import dev.blueline.server.api.JoinLink;
import dev.blueline.server.store.JoinedRecord;
import dev.blueline.server.store.JoinedStore;
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
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * A project on a teammate's host, joined with an invite link: who this app is there (a guest
 * account the join made, remembered in the {@link JoinedStore} with its refresh token), and how to
 * reach it (TLS pinned to the certificate in the link). Access tokens are refreshed off the ui
 * thread, and each new refresh token is stored the moment it arrives (the old one is good once).
 */
public final class JoinedProject {
    private static final ObjectMapper JSON = new Codec().mapper();
    private static final Duration CALL_TIMEOUT = Duration.ofSeconds(15);
    /** Refresh this long before the access token expires. */
    private static final Duration REFRESH_AHEAD = Duration.ofMinutes(2);

    private final JoinedStore store;
    private final HttpClient http;
    private final Clock clock;
    private JoinedRecord record;
    private String accessToken;
    private Instant expiresAt = Instant.EPOCH;
    /** The refresh under way, so that two connects do not spend the one-use refresh token twice. */
    private CompletableFuture<String> refreshing;

    private JoinedProject(JoinedRecord record, JoinedStore store, Clock clock) {
        this.record = record;
        this.store = store;
        this.clock = clock;
        this.http = client(link(record));
    }

    /**
     * Joins through {@code link} as a guest named {@code name}: the host checks the code, makes the
     * account and answers with its tokens; the project is then remembered in {@code store} (the same
     * project joined before keeps its entry, copy and pending edits). Blocks; call it off the ui
     * thread. Fails with a message a designer can act on (wrong certificate, host not reachable, code not valid).
     */
    public static JoinedProject join(JoinLink link, String name, Clock clock, JoinedStore store) throws IOException {
        HttpClient http = client(link);
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
        JoinedRecord remembered = store.remember(new JoinedRecord(Ids.random(), link.host(), link.port(), link.code(), link.fingerprint(),
                projectId, project.path("name").asText("Shared project"), name, joined.path("user").path("id").asText(),
                joined.path("role").asText(), joined.path("refreshToken").asText(), null, null));
        JoinedProject j = new JoinedProject(remembered, store, clock);
        j.takeAccess(joined);
        return j;
    }

    /** A project joined before, reached again with its stored sign-in (nothing is sent until a token is needed). */
    public static JoinedProject resume(JoinedRecord record, JoinedStore store, Clock clock) {
        return new JoinedProject(record, store, clock);
    }

    private static HttpClient client(JoinLink link) {
        HttpClient.Builder b = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5));
        if (link.fingerprint() != null) b.sslContext(PinnedTrust.context(link.fingerprint()));
        return b.build();
    }

    private static JoinLink link(JoinedRecord r) {
        return new JoinLink(r.linkHost(), r.linkPort(), r.inviteCode(), r.fingerprint());
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
            if (reply.statusCode() == 401) throw new SignInRefused("the host no longer accepts this app (" + detail + "); join again with a new invite link");
            throw new IOException(detail);
        }
        return json;
    }

    private synchronized void takeAccess(JsonNode reply) {
        accessToken = reply.path("accessToken").asText();
        expiresAt = clock.instant().plusSeconds(reply.path("expiresIn").asLong(60));
    }

    /**
     * An access token that is good for a while yet: at once when the one held is, otherwise after a
     * refresh on another thread (which fails when the host cannot be reached, or with
     * {@link SignInRefused} when it no longer knows this app).
     */
    public synchronized CompletableFuture<String> token() {
        if (accessToken != null && clock.instant().isBefore(expiresAt.minus(REFRESH_AHEAD))) return CompletableFuture.completedFuture(accessToken);
        if (refreshing != null) return refreshing;
        CompletableFuture<String> r = CompletableFuture.supplyAsync(this::refresh, task -> Thread.ofPlatform().name("token-refresh").daemon(true).start(task));
        refreshing = r;
        r.whenComplete((t, f) -> clearRefreshing(r));
        return r;
    }

    private synchronized void clearRefreshing(CompletableFuture<String> done) {
        if (refreshing == done) refreshing = null;
    }

    private String refresh() {
        try {
            JsonNode reply = call(http, link(record).url() + "/api/v1/auth/refresh", null, Map.of("refreshToken", record.refreshToken()));
            String next = reply.path("refreshToken").asText();
            store.updateRefreshToken(record.id(), next); // at once: the one we sent is spent
            synchronized (this) {
                record = record.withRefreshToken(next);
            }
            takeAccess(reply);
            return reply.path("accessToken").asText();
        } catch (IOException e) {
            throw new CompletionException(e);
        }
    }

    /** The entry this project has in the {@link JoinedStore}. */
    public synchronized JoinedRecord record() {
        return record;
    }

    public JoinLink link() {
        return link(record());
    }

    public HttpClient http() {
        return http;
    }

    public String projectId() {
        return record().projectId();
    }

    public String projectName() {
        return record().projectName();
    }

    /** {@code editor} or {@code viewer}, as the invite said. */
    public String role() {
        return record().role();
    }
}
