package dev.blueline.server.api;

import dev.blueline.server.http.ApiException;

/** Checks on text fields of request bodies. */
final class Text {
    private Text() {
    }

    static String required(String field, String value, int maxLength) {
        if (value == null || value.isBlank()) throw ApiException.badRequest(field + " is required");
        return optional(field, value, maxLength);
    }

    static String optional(String field, String value, int maxLength) {
        if (value == null) return null;
        String v = value.strip();
        if (v.length() > maxLength) throw ApiException.badRequest(field + " may have at most " + maxLength + " characters");
        for (int i = 0; i < v.length(); i++) {
            if (Character.isISOControl(v.charAt(i)) && v.charAt(i) != '\n' && v.charAt(i) != '\t') {
                throw ApiException.badRequest(field + " contains control characters");
            }
        }
        return v;
    }
}
