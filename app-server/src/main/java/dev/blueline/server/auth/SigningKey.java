package dev.blueline.server.auth;

import dev.blueline.server.config.PrivateFiles;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * The secret that signs access tokens. Generated on first start and kept in the data directory,
 * readable and writable by the owner only; or given by the operator ({@code SECRET_KEY}).
 */
public final class SigningKey {
    static final String FILE = "signing.key";

    private SigningKey() {
    }

    /** The key file in a data directory. */
    public static Path file(Path dataDir) {
        return dataDir.resolve(FILE);
    }

    public static byte[] load(Path dataDir, String configured) throws IOException {
        if (configured != null) {
            String problem = problemWithSecret(configured);
            if (problem != null) throw new IllegalArgumentException(problem);
            return configured.getBytes(StandardCharsets.UTF_8);
        }
        Path file = file(dataDir);
        if (!Files.exists(file)) create(file);
        return read(file);
    }

    /** Why an operator's {@code SECRET_KEY} cannot sign tokens, or null. */
    public static String problemWithSecret(String configured) {
        return configured.length() < 32 ? "SECRET_KEY must be at least 32 characters" : null;
    }

    /** Reads and checks an existing key file, without making one. */
    public static byte[] read(Path file) throws IOException {
        String text = Files.readString(file).strip();
        byte[] key;
        try {
            key = Base64.getDecoder().decode(text);
        } catch (IllegalArgumentException e) {
            throw new IOException(file + " does not hold a key (not base64); delete it to make a new one");
        }
        if (key.length < 32) throw new IOException(file + " holds a key shorter than 256 bits; delete it to make a new one");
        return key;
    }

    /** A new random key, written owner-only; when another process wrote one first, theirs stays. */
    private static void create(Path file) throws IOException {
        byte[] key = new byte[64];
        new SecureRandom().nextBytes(key);
        PrivateFiles.createOnce(file, Base64.getEncoder().encode(key));
    }
}
