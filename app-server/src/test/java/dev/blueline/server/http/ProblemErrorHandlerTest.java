package dev.blueline.server.http;

import com.fasterxml.jackson.databind.JsonNode;
import dev.blueline.model.protocol.Codec;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.util.Callback;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Errors Jetty answers before any route runs come out as the API's problem+json too, on a real Jetty
 * over real HTTP. (The host installs this handler on its server; see {@code Host}.)
 */
class ProblemErrorHandlerTest {
    static Server server;
    static int port;
    static final Codec codec = new Codec();

    @BeforeAll
    static void start() throws Exception {
        server = new Server();
        ServerConnector connector = new ServerConnector(server);
        connector.setHost("127.0.0.1");
        connector.setPort(0);
        server.addConnector(connector);
        server.setHandler(new Handler.Abstract() {
            @Override
            public boolean handle(Request request, Response response, Callback callback) {
                if (request.getHttpURI().getPath().equals("/boom")) throw new IllegalStateException("secret internals");
                return false; // nothing here
            }
        });
        server.setErrorHandler(new ProblemErrorHandler(codec.mapper()));
        server.start();
        port = connector.getLocalPort();
    }

    @AfterAll
    static void stop() throws Exception {
        server.stop();
    }

    HttpResponse<String> get(String path, String requestId) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path));
        if (requestId != null) b.header("X-Request-Id", requestId);
        return HttpClient.newHttpClient().send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    static JsonNode problem(HttpResponse<String> r, int status, String code) throws IOException {
        assertThat(r.statusCode()).as(r.body()).isEqualTo(status);
        assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        JsonNode p = codec.mapper().readTree(r.body());
        assertThat(p.get("status").asInt()).isEqualTo(status);
        assertThat(p.get("code").asText()).isEqualTo(code);
        assertThat(p.get("detail").asText()).isNotBlank();
        assertThat(p.get("requestId").asText()).isEqualTo(r.headers().firstValue("X-Request-Id").orElseThrow());
        return p;
    }

    @Test
    void anAmbiguousPathIsABadRequestProblem() throws Exception {
        JsonNode p = problem(get("/api/v1/wireframes/a%2F..%2Fb", "trace-1"), 400, "bad_request");
        assertThat(p.get("detail").asText()).as("an encoded slash in a path segment").contains("could not be understood");
        assertThat(p.get("requestId").asText()).isEqualTo("trace-1");
    }

    @Test
    void nothingThereIsANotFoundProblem() throws Exception {
        problem(get("/nothing/here", null), 404, "not_found");
    }

    @Test
    void aFailureShowsNoInternals() throws Exception {
        JsonNode p = problem(get("/boom", null), 500, "server_error");
        assertThat(p.toString()).doesNotContain("secret internals").doesNotContain("IllegalStateException").doesNotContain("at org.");
    }

    @Test
    void headersTooLargeAreAProblemEvenBeforeThereIsARequest() throws Exception {
        try (Socket s = new Socket("127.0.0.1", port)) {
            OutputStream out = s.getOutputStream();
            out.write(("GET / HTTP/1.1\r\nHost: x\r\nX-Huge: " + "a".repeat(20_000) + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = s.getInputStream();
            String reply = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            assertThat(reply).as("sent a 20 kB header").startsWith("HTTP/1.1 431");
            assertThat(reply).containsIgnoringCase("Content-Type: application/problem+json").contains("\"code\":\"headers_too_large\"");
        }
    }
}
