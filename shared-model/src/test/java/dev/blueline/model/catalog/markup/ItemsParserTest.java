package dev.blueline.model.catalog.markup;

import dev.blueline.model.catalog.content.Content.Items;
import dev.blueline.model.catalog.content.Content.Items.Item;
import org.junit.jupiter.api.Test;

import static dev.blueline.model.catalog.markup.ItemsParser.WhenNoneMarked.SELECT_FIRST;
import static dev.blueline.model.catalog.markup.ItemsParser.WhenNoneMarked.SELECT_NONE;
import static org.assertj.core.api.Assertions.assertThat;

class ItemsParserTest {
    private static final ItemsParser TABS = ItemsParser.commaList(SELECT_FIRST);
    private static final ItemsParser MENU = ItemsParser.commaList(SELECT_NONE);

    private static Items parse(ItemsParser p, String text) {
        return (Items) p.parse(text);
    }

    private static Item on(String label) {
        return new Item(label, true, false);
    }

    private static Item off(String label) {
        return new Item(label, false, false);
    }

    @Test
    void commaListWithMarkedSelectionAndDisabledItem() {
        assertThat(parse(TABS, "Home, *Profile*, -Team-").items())
                .containsExactly(off("Home"), on("Profile"), new Item("Team", false, true));
    }

    @Test
    void onePerLineKeepsCommasInsideItems() {
        assertThat(parse(MENU, "Berlin, Germany\r\n*Paris, France*\n\nRome").items())
                .containsExactly(off("Berlin, Germany"), on("Paris, France"), off("Rome"));
    }

    @Test
    void tabsSelectFirstEnabledWhenNoneMarked() {
        assertThat(parse(TABS, "A, B").selectedIndex()).hasValue(0);
        assertThat(parse(TABS, "-A-, B, C").items()).containsExactly(new Item("A", false, true), on("B"), off("C"));
    }

    @Test
    void menusSelectNothingWhenNoneMarked() {
        assertThat(parse(MENU, "A, B").selectedIndex()).isEmpty();
    }

    @Test
    void onlyFirstMarkKeptForSingleSelectionButAccordionKeepsAll() {
        assertThat(parse(TABS, "*A*, *B*").items()).containsExactly(on("A"), off("B"));
        assertThat(parse(ItemsParser.sections(), "*A*, *B*, C").items()).containsExactly(on("A"), on("B"), off("C"));
        assertThat(parse(ItemsParser.sections(), "A, B").items()).containsExactly(on("A"), off("B"));
    }

    @Test
    void markersCombineInEitherOrder() {
        assertThat(parse(MENU, "*-X-*").items()).containsExactly(new Item("X", true, true));
        assertThat(parse(MENU, "-*Y*-").items()).containsExactly(new Item("Y", true, true));
    }

    @Test
    void barSplitsOnPipeAndAcceptsCommas() {
        assertThat(parse(ItemsParser.bar(), "*Home* | About | Contact").items())
                .containsExactly(on("Home"), off("About"), off("Contact"));
        assertThat(parse(ItemsParser.bar(), "Home, About").items()).containsExactly(off("Home"), off("About"));
        // pipe wins: a comma inside a pipe-separated bar is part of the label
        assertThat(parse(ItemsParser.bar(), "Home | Terms, Privacy").items()).containsExactly(off("Home"), off("Terms, Privacy"));
    }

    @Test
    void breadcrumbsAcceptSeveralSeparatorsAndLastIsCurrent() {
        ItemsParser crumbs = ItemsParser.breadcrumbs();
        assertThat(parse(crumbs, "Home > Projects > A/B tests").items())
                .containsExactly(off("Home"), off("Projects"), on("A/B tests"));
        assertThat(parse(crumbs, "Home | Docs").items()).containsExactly(off("Home"), on("Docs"));
        assertThat(parse(crumbs, "Home / Docs / API").items()).extracting(Item::label).containsExactly("Home", "Docs", "API");
        assertThat(parse(crumbs, "Home › Docs").items()).extracting(Item::label).containsExactly("Home", "Docs");
        assertThat(parse(crumbs, "*Home* > Docs").selectedIndex()).hasValue(0);
    }

    @Test
    void onlySeparatorsOrBlankGiveNoItems() {
        assertThat(parse(ItemsParser.bar(), "|||").items()).isEmpty();
        assertThat(parse(TABS, ",,,").items()).isEmpty();
        assertThat(parse(TABS, "   \n\t\n").items()).isEmpty();
        assertThat(parse(TABS, "").items()).isEmpty();
        assertThat(parse(TABS, null).items()).isEmpty();
        assertThat(parse(TABS, "**, --").items()).isEmpty();
    }

    @Test
    void unbalancedMarkersStayInTheLabel() {
        assertThat(parse(MENU, "*Home, Sign-in, -Team, *").items())
                .containsExactly(off("*Home"), off("Sign-in"), off("-Team"), off("*"));
    }

    @Test
    void itemCountIsCapped() {
        Items many = parse(TABS, "x,".repeat(10_000));
        assertThat(many.items()).hasSize(Limits.MAX_ITEMS);
        Items lines = parse(MENU, "x\n".repeat(10_000));
        assertThat(lines.items()).hasSize(Limits.MAX_ITEMS);
    }

    @Test
    void longLineIsOneItem() {
        String label = "a".repeat(20_000);
        assertThat(parse(TABS, label).items()).containsExactly(on(label));
    }

    @Test
    void unicodeLabelsAreKept() {
        assertThat(parse(MENU, "Übersicht, *設定*, 🎉").items()).containsExactly(off("Übersicht"), on("設定"), off("🎉"));
    }
}
