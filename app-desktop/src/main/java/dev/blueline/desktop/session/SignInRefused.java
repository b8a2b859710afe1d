package dev.blueline.desktop.session;

import java.io.IOException;

/** The host answered that this app's sign-in is no longer good (401): retrying the same will not help. */
public final class SignInRefused extends IOException {
    public SignInRefused(String message) {
        super(message);
    }
}
