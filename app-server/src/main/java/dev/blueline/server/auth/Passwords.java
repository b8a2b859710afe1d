package dev.blueline.server.auth;

import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

/** Password hashing with bcrypt. */
public final class Passwords {
    public static final int MIN_LENGTH = 8;
    public static final int MAX_LENGTH = 72; // bcrypt reads at most 72 bytes

    private final BCryptPasswordEncoder encoder;

    public Passwords(int strength) {
        this.encoder = new BCryptPasswordEncoder(strength);
    }

    public Passwords() {
        this(10);
    }

    public String hash(String password) {
        return encoder.encode(password);
    }

    public boolean matches(String password, String hash) {
        return hash != null && password != null && encoder.matches(password, hash);
    }

    /** Why a new password is not acceptable, or null. */
    public static String problem(String password) {
        if (password == null || password.length() < MIN_LENGTH) return "a password needs at least " + MIN_LENGTH + " characters";
        if (password.getBytes(java.nio.charset.StandardCharsets.UTF_8).length > MAX_LENGTH) return "a password may have at most " + MAX_LENGTH + " bytes";
        return null;
    }
}
