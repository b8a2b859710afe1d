package dev.blueline.server.api;

import dev.blueline.server.http.ApiException;

/** Parsing of query parameters. */
final class Params {
    private Params() {
    }

    static int intInRange(String value, String name, int min, int max, int fallback) {
        if (value == null || value.isBlank()) return fallback;
        try {
            int v = Integer.parseInt(value.strip());
            if (v < min || v > max) throw ApiException.badRequest(name + " must be between " + min + " and " + max);
            return v;
        } catch (NumberFormatException e) {
            throw ApiException.badRequest(name + " must be a whole number");
        }
    }
}
