package dev.blueline.model.export;

import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * One file of an export.
 *
 * @param path relative, forward slashes, no {@code ..}: where the file goes inside the export folder
 */
public record ExportFile(String path, String content) {
    public ExportFile {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(content, "content");
        if (path.isEmpty() || path.startsWith("/") || path.contains("\\") || path.contains("..")) {
            throw new IllegalArgumentException("export paths are relative and stay inside the folder: \"" + path + "\"");
        }
    }

    public byte[] bytes() {
        return content.getBytes(StandardCharsets.UTF_8);
    }
}
