package dev.blueline.server.auth;

/** A token was missing, malformed, expired or revoked. The message says which, without echoing the token. */
public final class AuthException extends Exception {
    public AuthException(String message) {
        super(message);
    }
}
