package dev.blueline.server.export;

import dev.blueline.model.export.ExportFile;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDateTime;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Export files as one zip, entries in the given order. Every entry carries the same timestamp
 * (the earliest a zip can hold, with no time-zone extra field), so the same files always give
 * the same bytes.
 */
public final class ZipFiles {
    static final LocalDateTime TIMESTAMP = LocalDateTime.of(1980, 1, 1, 0, 0);

    private ZipFiles() {
    }

    /** @throws java.util.zip.ZipException when two files have the same path */
    public static byte[] zip(List<ExportFile> files) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(16 * 1024);
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (ExportFile f : files) {
                ZipEntry e = new ZipEntry(f.path());
                e.setTimeLocal(TIMESTAMP);
                zip.putNextEntry(e);
                zip.write(f.bytes());
                zip.closeEntry();
            }
        }
        return bytes.toByteArray();
    }
}
