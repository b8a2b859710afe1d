package dev.blueline.desktop.shell;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.blueline.model.protocol.Codec;
import dev.blueline.server.Host;
import dev.blueline.server.LanShare;
import dev.blueline.server.config.HostConfig;
import dev.blueline.server.tls.PinnedTrust;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A teammate's host for the app to join, real and on loopback: Ada's account and projects made over
 * its REST API. It can serve TLS itself (as a standalone host on the LAN does), or be an app's
 * loopback host opened to the LAN beside it; and it can be stopped and started again on the same
 * data directory and port, as a restarted host is.
 */
final class TeammateHost implements AutoCloseable {
    private static final ObjectMapper JSON = new Codec().mapper();
    private final HostConfig config;
    private Host host;
    private HttpClient http;
    private String ada;
    /** The port it listens on, kept for starting again there (a stopped connector forgets it). */
    private int port;

    private TeammateHost(HostConfig config) throws Exception {
        this.config = config;
        start();
    }

    /** A host serving TLS with its own certificate, on a free port. */
    static TeammateHost tls(Path dir) throws Exception {
        return new TeammateHost(HostConfig.local(dir).withTls(true));
    }

    /** An app's host: plain HTTP on loopback (to be opened to the LAN with {@link #openToLan}). */
    static TeammateHost appHost(Path dir) throws Exception {
        return new TeammateHost(HostConfig.local(dir));
    }

    private void start() throws Exception {
        host = Host.start(port == 0 ? config : config.withPort(port));
        port = host.port();
        http = host.fingerprint() == null ? HttpClient.newHttpClient()
                : HttpClient.newBuilder().sslContext(PinnedTrust.context(host.fingerprint())).build();
    }

    Host host() {
        return host;
    }

    /** Stops the host (Host.close, as quitting the host does); {@link #startAgain} starts it on the same port and data. */
    void stop() {
        host.close();
    }

    void startAgain() throws Exception {
        start();
    }

    LanShare openToLan() throws Exception {
        return host.openToLan("127.0.0.1", 0);
    }

    JsonNode call(String method, String path, Object body) throws Exception {
        HttpRequest.Builder r = HttpRequest.newBuilder(URI.create(host.url() + path)).header("Content-Type", "application/json")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)));
        if (ada != null) r.header("Authorization", "Bearer " + ada);
        HttpResponse<String> reply = http.send(r.build(), HttpResponse.BodyHandlers.ofString());
        assertThat(reply.statusCode()).as(method + " " + path + ": " + reply.body()).isBetween(200, 299);
        return JSON.readTree(reply.body());
    }

    /** Ada signs up (once) and makes a project with one screen; returns {project id, screen id}. */
    String[] adasProject(String name) throws Exception {
        if (ada == null) {
            call("POST", "/api/v1/auth/register", Map.of("email", "ada@example.com", "password", "correct horse battery", "name", "Ada"));
            ada = call("POST", "/api/v1/auth/login", Map.of("email", "ada@example.com", "password", "correct horse battery")).get("accessToken").asText();
        }
        String project = call("POST", "/api/v1/projects", Map.of("name", name)).get("id").asText();
        String screen = call("POST", "/api/v1/wireframes", Map.of("projectId", project, "name", "Home", "width", 1440, "height", 900)).get("id").asText();
        return new String[]{project, screen};
    }

    /** An editor invite: the link the host made (TLS), or one to {@code share} for an app's host opened to the LAN. */
    String inviteLink(String project, LanShare share) throws Exception {
        JsonNode invite = call("POST", "/api/v1/projects/" + project + "/invites", Map.of("role", "editor"));
        return share == null ? invite.get("link").asText() : share.inviteLink(invite.get("code").asText());
    }

    /** The elements of a screen as the host has them (saved), as JSON text. */
    String elements(String screen) throws Exception {
        return call("GET", "/api/v1/wireframes/" + screen, null).get("elements").toString();
    }

    int members(String project) {
        return host.stores().projects().members(project).size();
    }

    @Override
    public void close() {
        host.close();
    }
}
