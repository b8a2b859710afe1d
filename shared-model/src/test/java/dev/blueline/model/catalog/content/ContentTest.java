package dev.blueline.model.catalog.content;

import dev.blueline.model.catalog.content.Content.Amount;
import dev.blueline.model.catalog.content.Content.Grid;
import dev.blueline.model.catalog.content.Content.Grid.Align;
import dev.blueline.model.catalog.content.Content.Items;
import dev.blueline.model.catalog.content.Content.Items.Item;
import dev.blueline.model.catalog.content.Content.Plain;
import dev.blueline.model.catalog.content.Content.Plain.Span;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ContentTest {

    @Test
    void gridFitsEveryRowAndAlignmentToTheHeaderWidth() {
        Grid g = new Grid(List.of("A", "B"), List.of(List.of("1"), List.of("1", "2", "3")), List.of(Align.RIGHT));
        assertThat(g.rows()).containsExactly(List.of("1", ""), List.of("1", "2"));
        assertThat(g.align()).containsExactly(Align.RIGHT, Align.LEFT);
        assertThat(g.columns()).isEqualTo(2);
    }

    @Test
    void listsAreCopiedAndUnmodifiable() {
        List<Item> source = new ArrayList<>(List.of(new Item("a", false, false)));
        Items items = new Items(source);
        source.add(new Item("b", false, false));
        assertThat(items.items()).hasSize(1);
        assertThatThrownBy(() -> items.items().add(new Item("c", false, false))).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void plainSpansMustSpellTheText() {
        assertThat(new Plain("hi").spans()).containsExactly(new Span("hi", false, false));
        assertThatThrownBy(() -> new Plain("hi", List.of(new Span("ho", true, false))))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void amountRefusesValuesOffItsScale() {
        assertThatThrownBy(() -> new Amount(11, 0, 10, "")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Amount(Double.NaN, 0, 10, "")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Amount(1, 5, 0, "")).isInstanceOf(IllegalArgumentException.class);
        assertThat(new Amount(5, 5, 5, "").fraction()).isZero();
    }

    @Test
    void selectedIndexIsTheFirstSelected() {
        Items items = new Items(List.of(new Item("a", false, false), new Item("b", true, false), new Item("c", true, false)));
        assertThat(items.selectedIndex()).hasValue(1);
    }
}
