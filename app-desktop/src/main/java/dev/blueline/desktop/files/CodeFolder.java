package dev.blueline.desktop.files;

import dev.blueline.model.export.ExportFile;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;

/**
 * The files of a code export written under a folder the user chose. No dialogs here: the window
 * asks for the folder and whether to replace what is there.
 */
public final class CodeFolder {
    private CodeFolder() {
    }

    /** The export's files that are already in {@code folder} (writing would replace them), in export order. */
    public static List<Path> existing(Path folder, List<ExportFile> files) throws IOException {
        List<Path> out = new ArrayList<>();
        for (ExportFile f : files) {
            Path p = target(folder, f);
            if (Files.exists(p)) out.add(p);
        }
        return out;
    }

    /**
     * Writes every file, making subfolders as needed. Each file goes through a temporary sibling
     * so a failed write never leaves half a file behind.
     */
    public static void write(Path folder, List<ExportFile> files) throws IOException {
        for (ExportFile f : files) {
            Path p = target(folder, f);
            Files.createDirectories(p.getParent());
            Path tmp = Files.createTempFile(p.getParent(), ".blueline-", ".tmp");
            try {
                Files.write(tmp, f.bytes());
                Files.move(tmp, p, StandardCopyOption.REPLACE_EXISTING);
            } finally {
                Files.deleteIfExists(tmp);
            }
        }
    }

    /** Where a file goes; {@link ExportFile} already refuses {@code ..}, this checks again because it writes. */
    static Path target(Path folder, ExportFile f) throws IOException {
        Path root = folder.toAbsolutePath().normalize();
        Path p = root.resolve(f.path()).normalize();
        if (!p.startsWith(root) || p.equals(root)) throw new IOException("\"" + f.path() + "\" is outside the folder");
        return p;
    }
}
