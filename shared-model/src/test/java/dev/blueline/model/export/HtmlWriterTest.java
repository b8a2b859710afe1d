package dev.blueline.model.export;

import dev.blueline.model.document.Document;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class HtmlWriterTest {

    @Test
    void aScreenIsOnePageAndTheSharedStylesheet() {
        Document doc = ExportFixtures.project();
        List<ExportFile> files = CodeExporter.screen(doc, ExportFixtures.LOGIN, CodeFormat.HTML);
        assertThat(files).extracting(ExportFile::path).containsExactly("log-in.html", "blueline.css");
        String page = files.getFirst().content();
        System.out.println(page);
        assertThat(page).contains("data-id=\"login\"", "data-id=\"l-submit\"", "href=\"dashboard.html\"");
    }
}
