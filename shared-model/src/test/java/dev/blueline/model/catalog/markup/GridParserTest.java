package dev.blueline.model.catalog.markup;

import dev.blueline.model.catalog.content.Content.Grid;
import dev.blueline.model.catalog.content.Content.Grid.Align;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class GridParserTest {
    private static Grid parse(String text) {
        return (Grid) new GridParser().parse(text);
    }

    @Test
    void firstLineIsHeaderAndCellsAreTrimmed() {
        Grid g = parse("Name, Role, Status\nAda ,  Engineer, Active\nLin, Designer, Away");
        assertThat(g.header()).containsExactly("Name", "Role", "Status");
        assertThat(g.rows()).containsExactly(List.of("Ada", "Engineer", "Active"), List.of("Lin", "Designer", "Away"));
        assertThat(g.align()).containsExactly(Align.LEFT, Align.LEFT, Align.LEFT);
    }

    @Test
    void quotedCellsKeepCommasSpacesAndDoubledQuotes() {
        Grid g = parse("Name, Note\n\"Lovelace, Ada\", \"  she said \"\"hi\"\" \"");
        assertThat(g.rows()).containsExactly(List.of("Lovelace, Ada", "  she said \"hi\" "));
    }

    @Test
    void unclosedQuoteEndsAtTheLineAndDoesNotSwallowLaterRows() {
        Grid g = parse("A, B\n\"open, still open\nx, y");
        assertThat(g.rows()).containsExactly(List.of("open, still open", ""), List.of("x", "y"));
    }

    @Test
    void textAfterClosingQuoteIsKept() {
        assertThat(parse("A\n\"a\"b").rows()).containsExactly(List.of("ab"));
    }

    @Test
    void raggedRowsArePaddedOrCut() {
        Grid g = parse("A, B, C\n1\n1, 2, 3, 4, 5\n1,");
        assertThat(g.rows()).containsExactly(List.of("1", "", ""), List.of("1", "2", "3"), List.of("1", "", ""));
    }

    @Test
    void blankLinesAndCrlfAreIgnored() {
        Grid g = parse("\r\n  \r\nA, B\r\n\r\n1, 2\r\n");
        assertThat(g.header()).containsExactly("A", "B");
        assertThat(g.rows()).containsExactly(List.of("1", "2"));
    }

    @Test
    void alignmentRowSetsColumnAlignment() {
        Grid g = parse("Item, Qty, Price\n:---, :---:, ---:\nTea, 2, 3.50");
        assertThat(g.align()).containsExactly(Align.LEFT, Align.CENTER, Align.RIGHT);
        assertThat(g.rows()).containsExactly(List.of("Tea", "2", "3.50"));
    }

    @Test
    void shortAlignmentRowLeavesRestLeftAndDashDataIsNotAlignment() {
        assertThat(parse("A, B\n---:").align()).containsExactly(Align.RIGHT, Align.LEFT);
        Grid data = parse("A, B\n-, -");
        assertThat(data.rows()).containsExactly(List.of("-", "-"));
        assertThat(data.align()).containsExactly(Align.LEFT, Align.LEFT);
    }

    @Test
    void tabSeparatedPasteFromSpreadsheet() {
        Grid g = parse("Name\tCity\nAda\tLondon, UK");
        assertThat(g.header()).containsExactly("Name", "City");
        assertThat(g.rows()).containsExactly(List.of("Ada", "London, UK"));
    }

    @Test
    void emptyTextGivesEmptyGrid() {
        for (String t : new String[] {"", null, "  \n\t\n"}) {
            Grid g = parse(t);
            assertThat(g.header()).isEmpty();
            assertThat(g.rows()).isEmpty();
        }
    }

    @Test
    void onlyCommasGiveEmptyHeaderCells() {
        Grid g = parse(",,,");
        assertThat(g.header()).containsExactly("", "", "", "");
        assertThat(g.rows()).isEmpty();
    }

    @Test
    void columnsAndRowsAreCapped() {
        Grid wide = parse("h,".repeat(5_000) + "\n" + "c,".repeat(5_000));
        assertThat(wide.columns()).isEqualTo(Limits.MAX_COLUMNS);
        assertThat(wide.rows().getFirst()).hasSize(Limits.MAX_COLUMNS);
        Grid tall = parse("H\n" + "r\n".repeat(5_000));
        assertThat(tall.rows()).hasSize(Limits.MAX_ROWS);
    }

    @Test
    void longLineIsOneCell() {
        String cell = "x".repeat(20_000);
        assertThat(parse(cell).header()).containsExactly(cell);
    }

    @Test
    void unicodeCells() {
        assertThat(parse("名前, Ärger\n😀, ✓").rows()).containsExactly(List.of("😀", "✓"));
    }
}
