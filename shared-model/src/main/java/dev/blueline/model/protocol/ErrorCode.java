package dev.blueline.model.protocol;

/** Codes of {@code error} frames and of refused connections. */
public enum ErrorCode {
    /** Not JSON at all. */
    MALFORMED_JSON("malformed_json"),
    /** JSON, but not a message we know the shape of (missing or wrong fields). */
    BAD_MESSAGE("bad_message"),
    /** A {@code type} we do not know. */
    UNKNOWN_TYPE("unknown_type"),
    FRAME_TOO_LARGE("frame_too_large"),
    /** Nesting, string or number longer than allowed. */
    LIMIT_EXCEEDED("limit_exceeded"),
    PROTOCOL_VERSION("protocol_version"),
    UNAUTHORIZED("unauthorized"),
    FORBIDDEN("forbidden"),
    NOT_JOINED("not_joined"),
    RATE_LIMITED("rate_limited"),
    SERVER_ERROR("server_error");

    private final String wireName;

    ErrorCode(String wireName) {
        this.wireName = wireName;
    }

    public String wireName() {
        return wireName;
    }
}
