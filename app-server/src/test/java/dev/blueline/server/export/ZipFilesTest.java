package dev.blueline.server.export;

import dev.blueline.model.export.ExportFile;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ZipFilesTest {
    static final List<ExportFile> FILES = List.of(
            new ExportFile("src/screens/SignIn.tsx", "export function SignIn() {}\n"),
            new ExportFile("blueline.css", "body { margin: 0 }\n"),
            new ExportFile("ünïcode.html", "<p>é</p>\n"));

    @Test
    void entriesKeepTheirOrderPathsAndContent() throws Exception {
        List<String> names = new ArrayList<>();
        List<String> contents = new ArrayList<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(ZipFiles.zip(FILES)))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                names.add(e.getName());
                contents.add(new String(in.readAllBytes(), StandardCharsets.UTF_8));
                assertThat(e.getTimeLocal()).isEqualTo(ZipFiles.TIMESTAMP);
            }
        }
        assertThat(names).containsExactly("src/screens/SignIn.tsx", "blueline.css", "ünïcode.html");
        assertThat(contents).containsExactly(FILES.stream().map(ExportFile::content).toArray(String[]::new));
    }

    @Test
    void theSameFilesGiveTheSameBytes() throws Exception {
        byte[] first = ZipFiles.zip(FILES);
        Thread.sleep(2_100); // zip times have two-second resolution: a clock-based stamp would now differ
        assertThat(ZipFiles.zip(FILES)).isEqualTo(first);
    }

    @Test
    void twoFilesWithOnePathAreAnError() {
        assertThatThrownBy(() -> ZipFiles.zip(List.of(new ExportFile("a.html", "1"), new ExportFile("a.html", "2"))))
                .isInstanceOf(ZipException.class).hasMessageContaining("a.html");
    }
}
