package dev.blueline.model.export;

import dev.blueline.model.catalog.Catalog;
import dev.blueline.model.document.Document;
import dev.blueline.model.document.Props;
import dev.blueline.model.document.Value;
import dev.blueline.model.export.checks.NuChecker;
import dev.blueline.model.ops.Ops;
import dev.blueline.model.testing.Fixtures;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

class HtmlWriterTest {

    @Test
    void aScreenIsOnePageAndTheSharedStylesheet() {
        Document doc = ExportFixtures.project();
        List<ExportFile> files = CodeExporter.screen(doc, ExportFixtures.LOGIN, CodeFormat.HTML);
        assertThat(files).extracting(ExportFile::path).containsExactly("log-in.html", "blueline.css");
        String page = files.getFirst().content();
        assertThat(page).contains("data-id=\"login\"", "data-id=\"l-submit\"", "href=\"dashboard.html\"");
        // the label drawn above a field names it
        assertThat(page).containsPattern("<input type=\"text\" aria-label=\"Email\"[^>]*data-id=\"l-email\"");
    }

    @Test
    void theSameDocumentGivesTheSameBytes() {
        assertThat(CodeExporter.project(ExportFixtures.project(), CodeFormat.HTML))
                .isEqualTo(CodeExporter.project(ExportFixtures.project(), CodeFormat.HTML));
    }

    @Test
    void aLinkedNavigationBarLeadsThereFromEveryItem() {
        Document doc = ExportFixtures.project();
        Ops.apply(doc, Fixtures.element("nav", "nav-bar", ExportFixtures.LOGIN, 0, 0));
        doc.set("nav", Props.TEXT, Value.of("Home | *Shop* | -Old-"));
        doc.set("nav", Props.LINK, Value.of(ExportFixtures.DASHBOARD));
        String page = CodeExporter.screen(doc, ExportFixtures.LOGIN, CodeFormat.HTML).getFirst().content();
        assertThat(page).contains("<a href=\"dashboard.html\">Home</a>", "<a href=\"dashboard.html\" aria-current=\"page\"",
                "<a aria-disabled=\"true\">Old</a>");
    }

    /** Tab panels and radio groups inside a master placed twice must not share ids or names. */
    @Test
    void copiesOfAMasterKeepPageWideNamesApart() {
        Document doc = new Document();
        Ops.apply(doc, Fixtures.screen("page", "Page"));
        Ops.apply(doc, Fixtures.screen("m", "Plan picker"));
        doc.set("m", Props.COMPONENT, Value.of(true));
        doc.set("m", Props.ORDER, Value.of("b0"));
        Ops.apply(doc, Fixtures.element("m-tabs", "tabs", "m", 0, 0));
        doc.set("m-tabs", Props.TEXT, Value.of("*Monthly*, Yearly"));
        Ops.apply(doc, Fixtures.element("m-radio", "radio", "m", 0, 50));
        for (String id : List.of("one", "two")) {
            Ops.apply(doc, Fixtures.element(id, Catalog.COMPONENT, "page", id.equals("one") ? 0 : 400, 0));
            doc.set(id, Props.MASTER, Value.of("m"));
            doc.set(id, Props.ORDER, Value.of(id));
        }
        String page = CodeExporter.screen(doc, "page", CodeFormat.HTML).getFirst().content();
        assertThat(NuChecker.check(page).errors()).isEmpty();
        assertThat(all(page, " id=\"([^\"]+)\"")).doesNotHaveDuplicates().hasSize(4);
        assertThat(all(page, " name=\"(choice-[^\"]+)\"")).doesNotHaveDuplicates().hasSize(2);
    }

    private static List<String> all(String page, String regex) {
        Matcher m = Pattern.compile(regex).matcher(page);
        List<String> out = new java.util.ArrayList<>();
        while (m.find()) out.add(m.group(1));
        return out;
    }
}
