package dev.blueline.server.auth;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
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

    public static byte[] load(Path dataDir, String configured) throws IOException {
        if (configured != null) {
            if (configured.length() < 32) throw new IllegalArgumentException("SECRET_KEY must be at least 32 characters");
            return configured.getBytes(StandardCharsets.UTF_8);
        }
        Path file = dataDir.resolve(FILE);
        if (!Files.exists(file)) create(file);
        String text = Files.readString(file).strip();
        byte[] key = Base64.getDecoder().decode(text);
        if (key.length < 32) throw new IOException(file + " holds a key shorter than 256 bits; delete it to make a new one");
        return key;
    }

    private static void create(Path file) throws IOException {
        byte[] key = new byte[64];
        new SecureRandom().nextBytes(key);
        Files.createDirectories(file.getParent());
        try {
            if (file.getFileSystem().supportedFileAttributeViews().contains("posix")) {
                Files.createFile(file, PosixFilePermissions.asFileAttribute(OWNER_ONLY));
            } else {
                Files.createFile(file);
            }
        } catch (FileAlreadyExistsException raced) {
            return; // another process made it first; use theirs
        }
        Files.writeString(file, Base64.getEncoder().encodeToString(key), StandardOpenOption.TRUNCATE_EXISTING);
    }
}
