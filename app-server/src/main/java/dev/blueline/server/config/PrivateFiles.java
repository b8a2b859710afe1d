package dev.blueline.server.config;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/** Secrets the host keeps in its data directory (the signing key, the TLS key store). */
public final class PrivateFiles {
    private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");

    private PrivateFiles() {
    }

    /**
     * Writes {@code content} to {@code file} unless it exists: to a temporary file that is
     * owner-only from birth, then linked into place in one step. A crash never leaves an empty or
     * partial file behind, and when two processes race the first file stays; read the file back to
     * use whichever won.
     */
    public static void createOnce(Path file, byte[] content) throws IOException {
        Path dir = file.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        boolean posix = file.getFileSystem().supportedFileAttributeViews().contains("posix");
        Path tmp = posix ? Files.createTempFile(dir, ".new", ".tmp", PosixFilePermissions.asFileAttribute(OWNER_ONLY))
                : Files.createTempFile(dir, ".new", ".tmp");
        try {
            Files.write(tmp, content);
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
