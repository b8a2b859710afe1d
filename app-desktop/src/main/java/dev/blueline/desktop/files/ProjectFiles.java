package dev.blueline.desktop.files;

import dev.blueline.model.document.Document;
import dev.blueline.model.files.ProjectFile;
import dev.blueline.model.files.ProjectFileException;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;

/**
 * {@code .blueline} project files on disk. Export writes the project's live objects; import reads
 * and checks a file completely before anything is created, so a damaged or hostile file changes
 * nothing. No dialogs here: the window asks for the path.
 */
public final class ProjectFiles {
    public static final String EXTENSION = ".blueline";
    /** Larger than this can never be a valid file (at most 4 bytes per character), so it is not even read. */
    static final long MAX_BYTES = 4L * ProjectFile.MAX_FILE_CHARS;

    private ProjectFiles() {
    }

    /** Writes the project file (via a temporary file, so a failed write never leaves half a file). */
    public static void export(Path file, String projectName, Document doc) throws IOException {
        String text = ProjectFile.write(projectName, doc, Instant.now());
        Path parent = file.toAbsolutePath().getParent();
        Path tmp = Files.createTempFile(parent, ".blueline-", ".tmp");
        try {
            Files.writeString(tmp, text, StandardCharsets.UTF_8);
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    /** Reads and validates a file. The exception's message is meant for the designer. */
    public static ProjectFile.Contents read(Path file) throws ProjectFileException {
        long size;
        try {
            size = Files.size(file);
        } catch (NoSuchFileException e) {
            throw new ProjectFileException("the file does not exist");
        } catch (IOException e) {
            throw new ProjectFileException("the file cannot be read: " + e.getMessage());
        }
        if (size > MAX_BYTES) throw new ProjectFileException("the file is larger than " + (ProjectFile.MAX_FILE_CHARS >> 20) + " MB");
        String text = readText(file, size);
        if (!text.isEmpty() && text.charAt(0) == '\uFEFF') text = text.substring(1);
        return ProjectFile.read(text);
    }

    /** The file as text, strictly UTF-8, never more than the format allows (so a huge file cannot exhaust memory). */
    private static String readText(Path file, long size) throws ProjectFileException {
        CharsetDecoder utf8 = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try (Reader r = new InputStreamReader(Files.newInputStream(file), utf8)) {
            StringBuilder text = new StringBuilder((int) Math.min(size, ProjectFile.MAX_FILE_CHARS));
            char[] buf = new char[1 << 16];
            for (int n; (n = r.read(buf)) > 0; ) {
                if (text.length() + n > ProjectFile.MAX_FILE_CHARS) {
                    throw new ProjectFileException("the file is larger than " + (ProjectFile.MAX_FILE_CHARS >> 20) + " MB");
                }
                text.append(buf, 0, n);
            }
            return text.toString();
        } catch (CharacterCodingException e) {
            throw new ProjectFileException("this is not a Blueline file (it is not text)");
        } catch (IOException e) {
            throw new ProjectFileException("the file cannot be read: " + e.getMessage());
        }
    }

    /** {@code name} made safe as a file name (for suggested export names). */
    public static String fileName(String name, String fallback) {
        String n = name == null ? "" : name.replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]", "_").strip();
        return n.isEmpty() ? fallback : n.length() > 80 ? n.substring(0, 80) : n;
    }
}
