package dev.blueline.server.http;

import java.util.Map;

/**
 * An error the API answers with a problem+json body. {@code code} is a short machine-readable word;
 * {@code headers} go on the reply too (e.g. {@code Allow} on a 405, {@code Retry-After} on a 429).
 */
public final class ApiException extends RuntimeException {
    private final int status;
    private final String code;
    private final Map<String, String> headers;

    public ApiException(int status, String code, String detail) {
        this(status, code, detail, Map.of());
    }

    public ApiException(int status, String code, String detail, Map<String, String> headers) {
        super(detail);
        this.status = status;
        this.code = code;
        this.headers = Map.copyOf(headers);
    }

    public Map<String, String> headers() {
        return headers;
    }

    public int status() {
        return status;
    }

    public String code() {
        return code;
    }

    public static ApiException badRequest(String detail) {
        return new ApiException(400, "bad_request", detail);
    }

    public static ApiException unauthorized(String detail) {
        return new ApiException(401, "unauthorized", detail);
    }

    public static ApiException forbidden(String detail) {
        return new ApiException(403, "forbidden", detail);
    }

    public static ApiException notFound(String detail) {
        return new ApiException(404, "not_found", detail);
    }

    public static ApiException conflict(String detail) {
        return new ApiException(409, "conflict", detail);
    }

    /** A 429 that tells the caller how long to wait. */
    public static ApiException tooMany(String detail, int retryAfterSeconds) {
        return new ApiException(429, "rate_limited", detail, Map.of("Retry-After", Integer.toString(retryAfterSeconds)));
    }

    /** A 405 with the {@code Allow} header the HTTP spec asks for. */
    public static ApiException methodNotAllowed(String method, java.util.Collection<String> allowed) {
        String list = String.join(", ", allowed);
        return new ApiException(405, "method_not_allowed", method + " is not allowed here; use " + list, Map.of("Allow", list));
    }
}
