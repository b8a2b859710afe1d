package dev.blueline.server.auth;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Set;

/**
 * The secret that signs access tokens. Generated on first start and kept in the data directory,
 * readable and writable by the owner only; or given by the operator ({@code SECRET_KEY}).
 */
public final class SigningKey {
    static final String FILE = "signing.key";
    private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");

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

    /**
     * Writes a new key to a temporary file that is owner-only from birth, then links it into place in
     * one step: a crash never leaves an empty or partial key behind, and when two processes race the
     * first key stays and both use it.
     */
    private static void create(Path file) throws IOException {
        byte[] key = new byte[64];
        new SecureRandom().nextBytes(key);
        Path dir = file.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        boolean posix = file.getFileSystem().supportedFileAttributeViews().contains("posix");
        Path tmp = posix ? Files.createTempFile(dir, ".signing", ".tmp", PosixFilePermissions.asFileAttribute(OWNER_ONLY))
                : Files.createTempFile(dir, ".signing", ".tmp");
        try {
            Files.writeString(tmp, Base64.getEncoder().encodeToString(key));
            try {
                Files.createLink(file, tmp);
            } catch (UnsupportedOperationException | FileSystemException noLinks) {
                if (noLinks instanceof FileAlreadyExistsException) return; // another process made it first; use theirs
                Files.move(tmp, file); // no hard links here: a plain rename that refuses to replace
            }
        } catch (FileAlreadyExistsException raced) {
            // another process made it first; use theirs
        } finally {
            Files.deleteIfExists(tmp);
        }
    }
}
