package dev.blueline.server.ai;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A stand-in for the HuggingFace router on loopback: a real HTTP server answering
 * {@code POST /v1/chat/completions} the way the router does. Tests queue answers; when the queue
 * is empty the fallback answer is given. Every request is recorded with the time it arrived.
 */
final class FakeHuggingFace implements AutoCloseable {
    static final ObjectMapper JSON = new ObjectMapper();

    /** One scripted answer. */
    record Answer(int status, Map<String, String> headers, String body, Duration delay) {
        Answer after(Duration d) {
            return new Answer(status, headers, body, d);
        }
    }

    /** One request as it reached the server. */
    record Received(String method, String path, Map<String, List<String>> headers, String body, long arrivedNanos) {
        String header(String name) {
            for (var e : headers.entrySet()) {
                if (e.getKey().equalsIgnoreCase(name)) return e.getValue().getFirst();
            }
            return null;
        }

        JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (IOException e) {
                throw new AssertionError("the request body is not JSON: " + body, e);
            }
        }
    }

    private final HttpServer server;
    private final ExecutorService threads = Executors.newCachedThreadPool();
    private final ConcurrentLinkedQueue<Answer> script = new ConcurrentLinkedQueue<>();
    private final List<Received> received = new CopyOnWriteArrayList<>();
    private volatile Answer fallback = chat(Screens.LOGIN);

    FakeHuggingFace() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", this::handle);
        server.setExecutor(threads);
        server.start();
    }

    /** The base URL to give DrafterSettings, like https://router.huggingface.co/v1. */
    String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/v1";
    }

    FakeHuggingFace then(Answer... answers) {
        script.addAll(List.of(answers));
        return this;
    }

    FakeHuggingFace always(Answer a) {
        fallback = a;
        return this;
    }

    List<Received> received() {
        return new ArrayList<>(received);
    }

    int calls() {
        return received.size();
    }

    private void handle(HttpExchange ex) throws IOException {
        try (ex) {
            String body = new String(ex.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            received.add(new Received(ex.getRequestMethod(), ex.getRequestURI().getPath(), Map.copyOf(ex.getRequestHeaders()), body, System.nanoTime()));
            Answer a = script.poll();
            if (a == null) a = fallback;
            if (!ex.getRequestURI().getPath().equals("/v1/chat/completions") || !ex.getRequestMethod().equals("POST")) {
                a = error(404, "Not Found");
            }
            if (!a.delay().isZero()) {
                try {
                    Thread.sleep(a.delay());
                } catch (InterruptedException stopping) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
            byte[] bytes = a.body().getBytes(StandardCharsets.UTF_8);
            ex.getResponseHeaders().set("Content-Type", "application/json");
            a.headers().forEach((k, v) -> ex.getResponseHeaders().set(k, v));
            ex.sendResponseHeaders(a.status(), bytes.length == 0 ? -1 : bytes.length);
            try (OutputStream out = ex.getResponseBody()) {
                out.write(bytes);
            } catch (IOException clientGone) {
                // the client timed out and closed the connection: exactly what a slow-answer test wants
            }
        }
    }

    // ---- answers as the router gives them ----

    /** 200 with an OpenAI-shaped chat completion whose message content is {@code content}. */
    static Answer chat(String content) {
        ObjectNode root = JSON.createObjectNode();
        root.put("id", "chatcmpl-7f3a");
        root.put("object", "chat.completion");
        root.put("created", 1_764_000_000L);
        root.put("model", DrafterSettings.DEFAULT_MODEL);
        ObjectNode choice = root.putArray("choices").addObject();
        choice.put("index", 0);
        choice.putObject("message").put("role", "assistant").put("content", content);
        choice.put("finish_reason", "stop");
        root.putObject("usage").put("prompt_tokens", 2400).put("completion_tokens", 600).put("total_tokens", 3000);
        return raw(200, root.toString());
    }

    static Answer raw(int status, String body) {
        return new Answer(status, Map.of(), body, Duration.ZERO);
    }

    static Answer error(int status, String message) {
        return raw(status, JSON.createObjectNode().put("error", message).toString());
    }

    static Answer busy(String retryAfter) {
        return new Answer(429, Map.of("Retry-After", retryAfter), "{\"error\":\"Too Many Requests: you have exceeded your monthly included credits\"}", Duration.ZERO);
    }

    /** 503 the way a model that is starting up answers: no Retry-After, an estimate in the body. */
    static Answer loading(double estimatedSeconds) {
        return raw(503, "{\"error\":\"Model meta-llama/Llama-3.1-8B-Instruct is currently loading\",\"estimated_time\":" + estimatedSeconds + "}");
    }

    @Override
    public void close() {
        server.stop(0);
        threads.shutdownNow();
    }
}
