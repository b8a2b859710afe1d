package dev.blueline.server.store;

/** A unique value (an email, a code) is already taken. */
public final class DuplicateException extends RuntimeException {
    public DuplicateException(String message) {
        super(message);
    }
}
