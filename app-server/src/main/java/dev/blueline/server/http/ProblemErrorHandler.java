package dev.blueline.server.http;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

import java.nio.ByteBuffer;

/**
 * Errors Jetty answers itself, before any route runs (an ambiguous or malformed URI, headers too
 * large, a handler that failed): the same problem+json as the API's own errors, with a request id,
 * instead of Jetty's HTML page. Install with {@code server.setErrorHandler(new ProblemErrorHandler(mapper))}.
 */
public final class ProblemErrorHandler extends ErrorHandler {
    private final ObjectMapper mapper;

    public ProblemErrorHandler(ObjectMapper mapper) {
        this.mapper = mapper;
        setShowStacks(false);
        setShowCauses(false);
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) {
        int status = request.getAttribute(ERROR_STATUS) instanceof Integer s ? s : response.getStatus();
        if (status < 400) status = 500;
        String reason = request.getAttribute(ERROR_MESSAGE) instanceof String m && !m.isBlank() ? m : null;
        String requestId = Problems.requestId(request.getHeaders().get("X-Request-Id"));
        byte[] body = Problems.body(mapper, status, Problems.code(status), detail(status, reason),
                request.getHttpURI() == null ? "" : request.getHttpURI().getPath(), requestId);
        response.setStatus(status);
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, Reply.PROBLEM);
        response.getHeaders().put("X-Request-Id", requestId);
        response.getHeaders().put(HttpHeader.CACHE_CONTROL, "no-store");
        response.write(true, ByteBuffer.wrap(body), callback);
        return true;
    }

    private static String detail(int status, String reason) {
        if (status >= 500) return "something went wrong on the host; the request id helps find it in the log";
        String what = switch (status) {
            case 400 -> "the request could not be understood";
            case 404 -> "no such resource";
            case 414 -> "the address is too long";
            case 431 -> "the request headers are too large";
            default -> "the request cannot be served";
        };
        return reason == null ? what : what + ": " + reason;
    }
}
