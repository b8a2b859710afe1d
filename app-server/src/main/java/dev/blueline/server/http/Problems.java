package dev.blueline.server.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/** The problem+json body (RFC 9457) every error reply of the host has, and the request id it carries. */
final class Problems {
    private Problems() {
    }

    static byte[] body(ObjectMapper mapper, int status, String code, String detail, String instance, String requestId) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("type", "https://blueline.dev/problems/" + code.replace('_', '-'));
        p.put("title", title(status));
        p.put("status", status);
        p.put("code", code);
        p.put("detail", detail);
        p.put("instance", instance);
        p.put("requestId", requestId);
        try {
            return mapper.writeValueAsBytes(p);
        } catch (JsonProcessingException e) {
            return ("{\"status\":" + status + ",\"code\":\"" + code + "\"}").getBytes(StandardCharsets.UTF_8);
        }
    }

    static String title(int status) {
        return switch (status) {
            case 400 -> "Bad request";
            case 401 -> "Not signed in";
            case 403 -> "Not allowed";
            case 404 -> "Not found";
            case 405 -> "Method not allowed";
            case 409 -> "Conflict";
            case 413 -> "Too large";
            case 414 -> "Address too long";
            case 415 -> "Unsupported media type";
            case 422 -> "Change refused";
            case 429 -> "Too many requests";
            case 431 -> "Headers too large";
            case 503 -> "Unavailable";
            default -> status >= 500 ? "Host error" : "Error";
        };
    }

    /** The code of an error Jetty answers before a route runs. */
    static String code(int status) {
        return switch (status) {
            case 400 -> "bad_request";
            case 404 -> "not_found";
            case 405 -> "method_not_allowed";
            case 413 -> "too_large";
            case 414 -> "uri_too_long";
            case 415 -> "unsupported_media_type";
            case 431 -> "headers_too_large";
            case 503 -> "unavailable";
            default -> status >= 500 ? "server_error" : "bad_request";
        };
    }

    /** Keeps a caller's request id when it is sane, so logs can be joined up; otherwise makes one. */
    static String requestId(String given) {
        if (given != null && given.length() <= 64 && given.matches("[A-Za-z0-9._-]+")) return given;
        return UUID.randomUUID().toString();
    }
}
