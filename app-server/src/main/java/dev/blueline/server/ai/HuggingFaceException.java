package dev.blueline.server.ai;

import java.time.Duration;
import java.util.Objects;

/**
 * A call to HuggingFace that gave no usable answer. {@link #getMessage()} is for the log (status
 * and the service's own error text, never the token); {@link #plainWords()} is for the designer.
 */
public final class HuggingFaceException extends RuntimeException {

    public enum Kind {
        /** no answer within the call timeout */
        TIMEOUT,
        /** no connection: no network, DNS, refused */
        UNREACHABLE,
        /** 401/403: the token is wrong or lacks the inference permission */
        REFUSED,
        /** 429 */
        BUSY,
        /** 503 while the model starts */
        LOADING,
        /** other 5xx */
        SERVER,
        /** other 4xx: the model is not served, the request was refused as invalid */
        REJECTED,
        /** 2xx, but not a chat completion */
        BAD_ANSWER
    }

    private final Kind kind;
    private final int status;
    private final Duration retryAfter;
    private final String detail;
    private final String model;

    HuggingFaceException(Kind kind, int status, Duration retryAfter, String detail, String model, Throwable cause) {
        super(kind + (status > 0 ? " (HTTP " + status + ")" : "") + (detail == null || detail.isEmpty() ? "" : ": " + detail), cause);
        this.kind = Objects.requireNonNull(kind);
        this.status = status;
        this.retryAfter = retryAfter;
        this.detail = detail == null ? "" : detail;
        this.model = model;
    }

    public Kind kind() {
        return kind;
    }

    /** the HTTP status, or 0 when there was no answer */
    public int status() {
        return status;
    }

    /** how long the service asked us to wait (Retry-After, or a loading model's estimate); null when it did not say */
    public Duration retryAfter() {
        return retryAfter;
    }

    /** the service's error text, with the token removed should it ever echo it */
    public String detail() {
        return detail;
    }

    /** Only "come back later" answers are worth trying again while a designer waits. */
    public boolean retryable() {
        return status == 429 || status == 503;
    }

    /** What went wrong, for a designer: "HuggingFace did not answer (timeout)". */
    public String plainWords() {
        return switch (kind) {
            case TIMEOUT -> "HuggingFace did not answer (timeout)";
            case UNREACHABLE -> "HuggingFace could not be reached (no network?)";
            case REFUSED -> "HuggingFace refused the token (" + status + "); check HF_TOKEN";
            case BUSY -> "HuggingFace is busy (429)";
            case LOADING -> "the model is still loading on HuggingFace (503)";
            case SERVER -> "HuggingFace had a problem (" + status + ")";
            case REJECTED -> "HuggingFace could not run " + model + " (" + status + ")";
            case BAD_ANSWER -> "HuggingFace answered something that is not a screen";
        };
    }
}
