package dev.blueline.model.export.checks;

import dev.blueline.model.export.checks.NuChecker.Message;
import dev.blueline.model.export.checks.NuChecker.Report;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The in-process Nu HTML Checker: silent on valid pages, specific about broken ones. */
class NuCheckerTest {

    @Test
    void theHtmlSampleIsValidWithoutWarnings() {
        Report report = NuChecker.check(SampleExports.dir("html-sample").resolve("index.html"));

        assertThat(report.errors()).as(report.describe()).isEmpty();
        assertThat(report.warnings()).as(report.describe()).isEmpty();
        assertThat(report.valid()).isTrue();
    }

    @Test
    void theReactSamplesViteStylePageIsValid() {
        Report report = NuChecker.check(SampleExports.dir("react-sample").resolve("index.html"));

        assertThat(report.errors()).as(report.describe()).isEmpty();
    }

    @Test
    void reportsEveryErrorWithItsLineNotJustTheFirst() {
        Report report = NuChecker.check("""
                <!DOCTYPE html>
                <html lang="en">
                <head><meta charset="utf-8"></head>
                <body>
                <table><div>cell?</div></table>
                <p id="twice">a</p>
                <p id="twice">b</p>
                </body>
                </html>
                """);

        assertThat(report.valid()).isFalse();
        assertThat(report.errors()).extracting(Message::text).anySatisfy(text ->
                assertThat(text).contains("missing a required instance of child element", "title"));
        assertThat(report.errors()).filteredOn(m -> m.text().contains("Start tag “div” seen in “table”"))
                .singleElement().extracting(Message::line).isEqualTo(5);
        assertThat(report.errors()).filteredOn(m -> m.text().contains("Duplicate ID “twice”"))
                .singleElement().satisfies(m -> {
                    assertThat(m.line()).isEqualTo(7);
                    assertThat(m.column()).isPositive();
                    assertThat(m.extract()).contains("id=\"twice\"");
                });
        assertThat(report.describe()).contains("error 5:");
    }

    @Test
    void keepsWarningsApartFromErrors() {
        Report report = NuChecker.check("""
                <!DOCTYPE html>
                <html><head><meta charset="utf-8"><title>No language</title></head><body><p>Hi</p></body></html>
                """);

        assertThat(report.errors()).as(report.describe()).isEmpty();
        assertThat(report.warnings()).extracting(Message::text).anySatisfy(text -> assertThat(text).contains("“lang” attribute"));
    }

    @Test
    void aBrokenCheckIsNotMistakenForAVerdict() {
        assertThatThrownBy(() -> NuChecker.parse("""
                {"messages":[{"type":"non-document-error","subType":"io","message":"schema unreachable"}]}"""))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("could not check")
                .hasMessageContaining("schema unreachable");
    }
}
