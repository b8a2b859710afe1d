package dev.blueline.server.http;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What an endpoint answers: a status and either a value to write as JSON or raw bytes with their
 * content type, plus extra headers.
 */
public record Reply(int status, Object json, String contentType, byte[] bytes, Map<String, String> headers) {
    public static final String JSON = "application/json; charset=utf-8";
    public static final String PROBLEM = "application/problem+json; charset=utf-8";

    public Reply {
        headers = Map.copyOf(headers);
    }

    public static Reply json(int status, Object value) {
        return new Reply(status, value, JSON, null, Map.of());
    }

    public static Reply ok(Object value) {
        return json(200, value);
    }

    public static Reply created(Object value) {
        return json(201, value);
    }

    public static Reply noContent() {
        return new Reply(204, null, null, new byte[0], Map.of());
    }

    public static Reply text(int status, String contentType, String body) {
        return new Reply(status, null, contentType, body.getBytes(StandardCharsets.UTF_8), Map.of());
    }

    public static Reply bytes(String contentType, byte[] body) {
        return new Reply(200, null, contentType, body, Map.of());
    }

    public Reply withHeader(String name, String value) {
        Map<String, String> h = new LinkedHashMap<>(headers);
        h.put(name, value);
        return new Reply(status, json, contentType, bytes, h);
    }
}
