package dev.blueline.server.auth;

import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

/** Password hashing with bcrypt. */
public final class Passwords {
    public static final int MIN_LENGTH = 8;
    public static final int MAX_LENGTH = 72; // bcrypt reads at most 72 bytes

    private final BCryptPasswordEncoder encoder;
    private volatile String decoy;

    public Passwords(int strength) {
        this.encoder = new BCryptPasswordEncoder(strength);
    }

    public Passwords() {
        this(10);
    }

    public String hash(String password) {
        return encoder.encode(password);
    }

    /**
     * Whether the password is the one hashed. With no hash (an unknown email, a guest) it still does
     * one bcrypt comparison, against a decoy, so the answer takes as long as for a wrong password and
     * the time of a sign-in does not tell which emails have accounts.
     */
    public boolean matches(String password, String hash) {
        if (hash == null || password == null) {
            encoder.matches(password == null ? "" : password, decoy());
            return false;
        }
        return encoder.matches(password, hash);
    }

    private String decoy() {
        String d = decoy;
        if (d == null) decoy = d = encoder.encode(UUID.randomUUID().toString());
        return d;
    }

    /** Why a new password is not acceptable, or null. */
    public static String problem(String password) {
        if (password == null || password.length() < MIN_LENGTH) return "a password needs at least " + MIN_LENGTH + " characters";
        if (password.getBytes(StandardCharsets.UTF_8).length > MAX_LENGTH) return "a password may have at most " + MAX_LENGTH + " bytes";
        return null;
    }
}
