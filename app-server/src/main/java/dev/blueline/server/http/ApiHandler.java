package dev.blueline.server.http;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.blueline.server.auth.AuthException;
import dev.blueline.server.auth.Authenticator;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

import java.nio.ByteBuffer;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The Jetty handler in front of every HTTP route: request id, CORS, routing, sign-in check,
 * JSON replies, problem+json errors, one structured log line per request, and a timer per route.
 */
public final class ApiHandler extends Handler.Abstract {
    private static final Logger log = LoggerFactory.getLogger("blueline.http");

    private final Router router;
    private final Authenticator auth;
    private final ObjectMapper mapper;
    private final int maxBodyBytes;
    private final List<String> corsOrigins;
    private final MeterRegistry metrics;

    public ApiHandler(Router router, Authenticator auth, ObjectMapper mapper, int maxBodyBytes, List<String> corsOrigins, MeterRegistry metrics) {
        this.router = router;
        this.auth = auth;
        this.mapper = mapper;
        this.maxBodyBytes = maxBodyBytes;
        this.corsOrigins = corsOrigins;
        this.metrics = metrics;
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) {
        long start = System.nanoTime();
        String requestId = requestId(request.getHeaders().get("X-Request-Id"));
        String method = request.getMethod();
        String path = request.getHttpURI().getPath();
        MDC.put("requestId", requestId);
        String routeName = "unmatched";
        Reply reply;
        try {
            cors(request, response);
            if ("OPTIONS".equals(method)) {
                reply = Reply.noContent();
            } else {
                Router.Match match = router.find(method, path);
                routeName = match.route().path().text();
                Exchange ex = new Exchange(request, match.params(), mapper, maxBodyBytes, requestId);
                if (match.route().signedIn()) {
                    try {
                        ex.signedInAs(auth.fromHeader(request.getHeaders().get(HttpHeader.AUTHORIZATION)));
                    } catch (AuthException e) {
                        throw ApiException.unauthorized(e.getMessage());
                    }
                }
                reply = match.route().endpoint().handle(ex);
            }
        } catch (ApiException e) {
            reply = problem(e.status(), e.code(), e.getMessage(), path, requestId);
        } catch (Exception e) {
            log.error("request failed: {} {}", method, path, e);
            reply = problem(500, "server_error", "something went wrong on the host; the request id helps find it in the log", path, requestId);
        }
        try {
            write(response, reply, requestId, callback);
        } finally {
            long took = System.nanoTime() - start;
            Timer.builder("http.requests").tag("method", method).tag("route", routeName).tag("status", Integer.toString(reply.status()))
                    .register(metrics).record(took, java.util.concurrent.TimeUnit.NANOSECONDS);
            log.info("{} {} -> {} in {} ms", method, path, reply.status(), took / 1_000_000);
            MDC.remove("requestId");
        }
        return true;
    }

    private void write(Response response, Reply reply, String requestId, Callback callback) {
        byte[] body;
        try {
            body = reply.json() != null ? mapper.writeValueAsBytes(reply.json()) : reply.bytes();
        } catch (Exception e) {
            log.error("could not write reply", e);
            Reply p = problem(500, "server_error", "the reply could not be written", "", requestId);
            body = p.bytes();
            reply = p;
        }
        response.setStatus(reply.status());
        response.getHeaders().put("X-Request-Id", requestId);
        if (reply.contentType() != null) response.getHeaders().put(HttpHeader.CONTENT_TYPE, reply.contentType());
        reply.headers().forEach((k, v) -> response.getHeaders().put(k, v));
        if (body == null || body.length == 0) {
            callback.succeeded();
            return;
        }
        response.write(true, ByteBuffer.wrap(body), callback);
    }

    private Reply problem(int status, String code, String detail, String instance, String requestId) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("type", "https://blueline.dev/problems/" + code.replace('_', '-'));
        p.put("title", title(status));
        p.put("status", status);
        p.put("code", code);
        p.put("detail", detail);
        p.put("instance", instance);
        p.put("requestId", requestId);
        try {
            return new Reply(status, null, Reply.PROBLEM, mapper.writeValueAsBytes(p), Map.of());
        } catch (Exception e) {
            return Reply.text(status, "text/plain", detail);
        }
    }

    private static String title(int status) {
        return switch (status) {
            case 400 -> "Bad request";
            case 401 -> "Not signed in";
            case 403 -> "Not allowed";
            case 404 -> "Not found";
            case 405 -> "Method not allowed";
            case 409 -> "Conflict";
            case 413 -> "Too large";
            case 415 -> "Unsupported media type";
            case 422 -> "Change refused";
            case 429 -> "Too many requests";
            case 503 -> "Unavailable";
            default -> status >= 500 ? "Host error" : "Error";
        };
    }

    private void cors(Request request, Response response) {
        String origin = request.getHeaders().get("Origin");
        if (origin == null || corsOrigins.isEmpty()) return;
        if (corsOrigins.contains("*") || corsOrigins.contains(origin)) {
            response.getHeaders().put("Access-Control-Allow-Origin", corsOrigins.contains("*") ? "*" : origin);
            response.getHeaders().put("Access-Control-Allow-Headers", "Authorization, Content-Type, X-Request-Id");
            response.getHeaders().put("Access-Control-Allow-Methods", "GET, POST, PATCH, PUT, DELETE, OPTIONS");
            response.getHeaders().put("Vary", "Origin");
        }
    }

    /** Keeps a caller's request id when it is sane, so logs can be joined up; otherwise makes one. */
    private static String requestId(String given) {
        if (given != null && given.length() <= 64 && given.matches("[A-Za-z0-9._-]+")) return given;
        return UUID.randomUUID().toString();
    }
}
