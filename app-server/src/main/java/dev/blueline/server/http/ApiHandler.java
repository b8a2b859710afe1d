package dev.blueline.server.http;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.type.LogicalType;
import dev.blueline.server.auth.AuthException;
import dev.blueline.server.auth.Authenticator;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

import java.nio.ByteBuffer;
import java.util.List;
import java.util.Map;

/**
 * The Jetty handler in front of every HTTP route: request id, CORS, routing, sign-in check,
 * JSON replies, problem+json errors, one structured log line per request, and a timer per route.
 */
public final class ApiHandler extends Handler.Abstract {
    private static final Logger log = LoggerFactory.getLogger("blueline.http");
    /** Path parameters whose values are secrets and never go into the log. */
    private static final java.util.Set<String> SECRET_PARAMS = java.util.Set.of("code");

    private final Router router;
    private final Authenticator auth;
    private final ObjectMapper mapper;
    private final int maxBodyBytes;
    private final List<String> corsOrigins;
    private final MeterRegistry metrics;

    public ApiHandler(Router router, Authenticator auth, ObjectMapper mapper, int maxBodyBytes, List<String> corsOrigins, MeterRegistry metrics) {
        this.router = router;
        this.auth = auth;
        this.mapper = strict(mapper);
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
        String logged = path; // what the log says: the path with secrets (invite codes) masked
        Reply reply;
        try {
            cors(request, response);
            if ("OPTIONS".equals(method)) {
                reply = Reply.noContent();
            } else {
                Router.Match match = router.find(method, path);
                routeName = match.route().path().text();
                logged = masked(match, path);
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
            for (Map.Entry<String, String> h : e.headers().entrySet()) reply = reply.withHeader(h.getKey(), h.getValue());
        } catch (Exception e) {
            log.error("request failed: {} {}", method, logged, e);
            reply = problem(500, "server_error", "something went wrong on the host; the request id helps find it in the log", path, requestId);
        }
        if (reply.status() >= 400) settleBody(request, response);
        try {
            write(response, reply, requestId, callback);
        } finally {
            long took = System.nanoTime() - start;
            Timer.builder("http.requests").tag("method", method).tag("route", routeName).tag("status", Integer.toString(reply.status()))
                    .register(metrics).record(took, java.util.concurrent.TimeUnit.NANOSECONDS);
            log.info("{} {} -> {} in {} ms", method, logged, reply.status(), took / 1_000_000);
            MDC.remove("requestId");
        }
        return true;
    }

    /**
     * The shared mapper, made strict about text fields for request bodies: {@code {"name": 42}} is a
     * wrong type (400 naming the field), as the API description says, not the name "42".
     */
    private static ObjectMapper strict(ObjectMapper shared) {
        ObjectMapper m = shared.copy();
        m.coercionConfigFor(LogicalType.Textual)
                .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
        return m;
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

    /**
     * An error may be answered before the request body was read (a wrong method, no token). The
     * body is then read and dropped when it is small, so that the client can send its next request
     * on the same connection; a big or unknown-length one closes the connection instead, and says so.
     */
    private void settleBody(Request request, Response response) {
        long length = request.getLength();
        if (length == 0) return;
        if (length > 0 && length <= maxBodyBytes) {
            try {
                Content.Source.consumeAll(request);
                return;
            } catch (Exception e) {
                log.debug("could not read the rest of a refused request", e);
            }
        }
        response.getHeaders().put(HttpHeader.CONNECTION, "close");
    }

    private Reply problem(int status, String code, String detail, String instance, String requestId) {
        return new Reply(status, null, Reply.PROBLEM, Problems.body(mapper, status, code, detail, instance, requestId), Map.of());
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

    /** The request path for the log, with the values of secret path parameters (invite codes) replaced. */
    private static String masked(Router.Match match, String path) {
        if (match.params().keySet().stream().noneMatch(SECRET_PARAMS::contains)) return path;
        StringBuilder sb = new StringBuilder();
        for (String seg : match.route().path().segments()) {
            sb.append('/');
            if (seg.startsWith("{") && seg.endsWith("}")) {
                String name = seg.substring(1, seg.length() - 1);
                sb.append(SECRET_PARAMS.contains(name) ? "***" : match.params().get(name));
            } else {
                sb.append(seg);
            }
        }
        return sb.toString();
    }

    private static String requestId(String given) {
        return Problems.requestId(given);
    }
}
