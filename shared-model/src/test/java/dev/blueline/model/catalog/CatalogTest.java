package dev.blueline.model.catalog;

import dev.blueline.model.catalog.content.Content;
import dev.blueline.model.catalog.content.Content.Amount;
import dev.blueline.model.catalog.content.Content.Check;
import dev.blueline.model.catalog.content.Content.CheckState;
import dev.blueline.model.catalog.content.Content.DateValue;
import dev.blueline.model.catalog.content.Content.Empty;
import dev.blueline.model.catalog.content.Content.Grid;
import dev.blueline.model.catalog.content.Content.IconName;
import dev.blueline.model.catalog.content.Content.Items;
import dev.blueline.model.catalog.content.Content.Numbered;
import dev.blueline.model.catalog.content.Content.Outline;
import dev.blueline.model.catalog.content.Content.Plain;
import dev.blueline.model.catalog.content.Content.Series;
import dev.blueline.model.document.Ids;
import dev.blueline.model.document.Props;
import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static java.util.Map.entry;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CatalogTest {

    /** What each renderer expects its control's default text to parse into. */
    static final Map<String, Class<? extends Content>> EXPECTED = Map.ofEntries(
            entry("browser-window", Plain.class), entry("phone", Empty.class), entry("tablet", Empty.class),
            entry("panel", Plain.class), entry("modal", Plain.class), entry("tabs", Items.class), entry("accordion", Items.class),
            entry("group", Empty.class), entry("component", Empty.class),
            entry("nav-bar", Items.class), entry("link-bar", Items.class), entry("breadcrumbs", Items.class),
            entry("vertical-menu", Items.class), entry("pagination", Items.class), entry("tree", Outline.class),
            entry("stepper", Items.class),
            entry("button", Plain.class), entry("link", Plain.class), entry("text-input", Plain.class),
            entry("password", Plain.class), entry("text-area", Plain.class), entry("search", Plain.class),
            entry("checkbox", Check.class), entry("radio", Check.class), entry("toggle", Check.class),
            entry("dropdown", Items.class), entry("slider", Amount.class), entry("date-picker", DateValue.class),
            entry("number-stepper", Amount.class), entry("file-upload", Plain.class),
            entry("heading", Plain.class), entry("paragraph", Plain.class), entry("label", Plain.class),
            entry("image", Plain.class), entry("icon", IconName.class), entry("avatar", Plain.class),
            entry("badge", Plain.class), entry("progress-bar", Amount.class), entry("spinner", Empty.class),
            entry("alert", Plain.class), entry("tooltip", Plain.class), entry("divider", Empty.class),
            entry("data-grid", Grid.class), entry("list", Outline.class), entry("bar-chart", Series.class),
            entry("line-chart", Series.class), entry("pie-chart", Series.class), entry("map", Empty.class),
            entry("video", Empty.class), entry("rating", Amount.class), entry("calendar", DateValue.class),
            entry("sticky-note", Plain.class), entry("callout", Numbered.class), entry("arrow", Empty.class),
            entry("line", Empty.class), entry("rectangle", Plain.class), entry("ellipse", Plain.class));

    static final Set<String> CONTAINERS = Set.of("browser-window", "phone", "tablet", "panel", "modal", "tabs", "group", "accordion");

    @Test
    void hasEveryRequiredControlAndNothingUnexpected() {
        assertThat(Catalog.all()).hasSizeGreaterThanOrEqualTo(45);
        assertThat(Catalog.all()).extracting(ControlType::id).containsExactlyInAnyOrderElementsOf(EXPECTED.keySet());
    }

    @Test
    void idsAreUniqueKebabCaseAndValidObjectIds() {
        List<String> ids = Catalog.all().stream().map(ControlType::id).toList();
        assertThat(new HashSet<>(ids)).hasSameSizeAs(ids);
        assertThat(ids).allSatisfy(id -> {
            assertThat(id).matches("[a-z][a-z0-9]*(-[a-z0-9]+)*").hasSizeLessThanOrEqualTo(64);
            assertThat(Ids.isValid(id)).isTrue();
        });
    }

    @Test
    void everyDefaultTextParsesIntoWhatItsRendererExpects() {
        for (ControlType c : Catalog.all()) {
            assertThat(c.parse(c.defaultText())).as(c.id()).isInstanceOf(EXPECTED.get(c.id()));
            assertThat(c.parse("")).as(c.id() + " empty").isInstanceOf(EXPECTED.get(c.id()));
        }
    }

    @Test
    void defaultTextsTeachTheConventionWithRealContent() {
        Grid grid = (Grid) Catalog.get("data-grid").parse(Catalog.get("data-grid").defaultText());
        assertThat(grid.header()).containsExactly("Name", "Role", "Status");
        assertThat(grid.rows()).hasSize(2);
        Items tabs = (Items) parseDefault("tabs");
        assertThat(tabs.selectedIndex()).hasValue(0);
        assertThat(tabs.items()).anyMatch(Items.Item::disabled);
        assertThat(((Items) parseDefault("link-bar")).items()).hasSize(4);
        assertThat(((Items) parseDefault("breadcrumbs")).items()).hasSize(3);
        assertThat(((Items) parseDefault("vertical-menu")).items().get(1).selected()).isTrue();
        assertThat(((Outline) parseDefault("tree")).roots()).hasSize(2);
        assertThat(((Outline) parseDefault("list")).roots().get(1).check()).contains(CheckState.CHECKED);
        assertThat(((Check) parseDefault("checkbox")).state()).isEqualTo(CheckState.CHECKED);
        assertThat(((Check) parseDefault("toggle")).label()).isEqualTo("Wi-Fi");
        assertThat(((Amount) parseDefault("progress-bar")).value()).isEqualTo(60);
        assertThat(((Amount) parseDefault("rating")).max()).isEqualTo(5);
        assertThat(((Series) parseDefault("bar-chart")).points()).hasSize(4);
        assertThat(((DateValue) parseDefault("calendar")).dayMarked()).isTrue();
        assertThat(((IconName) parseDefault("icon")).name()).isEqualTo("search");
        assertThat(((Plain) parseDefault("paragraph")).spans()).anyMatch(Plain.Span::bold).anyMatch(Plain.Span::italic);
    }

    private static Content parseDefault(String id) {
        ControlType c = Catalog.get(id);
        return c.parse(c.defaultText());
    }

    @Test
    void controlsWithoutTextSayNotUsed() {
        Set<String> noText = Catalog.all().stream().filter(c -> !c.usesText()).map(ControlType::id).collect(Collectors.toSet());
        assertThat(noText).containsExactlyInAnyOrder("phone", "tablet", "group", "component", "spinner", "divider", "map", "video", "arrow", "line");
        assertThat(Catalog.all()).filteredOn(c -> !c.usesText()).allSatisfy(c -> assertThat(c.defaultText()).isEmpty());
    }

    @Test
    void containersAreExactlyTheExpectedSet() {
        assertThat(Catalog.all()).filteredOn(ControlType::container).extracting(ControlType::id)
                .containsExactlyInAnyOrderElementsOf(CONTAINERS);
        assertThat(Catalog.byCategory(Category.CONTAINERS)).allMatch(ControlType::container);
    }

    @Test
    void sizesArePositiveAndFitADesktopScreenExceptDeviceFrames() {
        assertThat(Catalog.all()).allSatisfy(c -> {
            assertThat(c.defaultWidth()).as(c.id()).isPositive();
            assertThat(c.defaultHeight()).as(c.id()).isPositive();
        });
        assertThat(Catalog.all()).filteredOn(c -> !Set.of("phone", "tablet").contains(c.id()))
                .allSatisfy(c -> assertThat(c.defaultWidth() <= 1440 && c.defaultHeight() <= 900).as(c.id()).isTrue());
        ControlType button = Catalog.get("button");
        assertThat(new double[] {button.defaultWidth(), button.defaultHeight()}).containsExactly(120, 40);
        assertThat(Catalog.get("phone").defaultWidth()).isEqualTo(390);
        assertThat(Catalog.get("phone").defaultHeight()).isEqualTo(844);
    }

    @Test
    void stylePropsAreStyleProperties() {
        assertThat(Catalog.all()).allSatisfy(c -> assertThat(Props.STYLE).as(c.id()).containsAll(c.styleProps()));
        assertThat(Catalog.get("button").styleProps()).contains(Props.FILL, Props.BOLD, Props.STATE);
        assertThat(Catalog.get("divider").styleProps()).containsExactlyInAnyOrder(Props.STROKE, Props.OPACITY);
    }

    @Test
    void everyCategoryHasControlsAndOrderIsByCategory() {
        for (Category c : Category.values()) assertThat(Catalog.byCategory(c)).as(c.name()).isNotEmpty();
        List<Category> order = Catalog.all().stream().map(ControlType::category).toList();
        assertThat(order).isSorted();
        assertThat(Catalog.byCategory(Category.INPUTS).getFirst().id()).isEqualTo("button");
    }

    @Test
    void allIsImmutable() {
        assertThatThrownBy(() -> Catalog.all().add(Catalog.get("button"))).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void lookups() {
        assertThat(Catalog.find("data-grid")).map(ControlType::displayName).contains("Data grid");
        assertThat(Catalog.find("nope")).isEmpty();
        assertThat(Catalog.find(null)).isEmpty();
        assertThatThrownBy(() -> Catalog.get("nope")).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("\"nope\"");
        assertThatThrownBy(() -> Catalog.get(null)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void searchMatchesIdNameCategoryAndAliasesIgnoringCase() {
        assertThat(Catalog.search("grid")).extracting(ControlType::id).contains("data-grid");
        assertThat(Catalog.search("GRID")).extracting(ControlType::id).contains("data-grid");
        assertThat(Catalog.search("text input")).extracting(ControlType::id).containsExactly("text-input");
        assertThat(Catalog.search("Date_picker")).extracting(ControlType::id).containsExactly("date-picker");
        assertThat(Catalog.search("annotations")).containsExactlyElementsOf(Catalog.byCategory(Category.ANNOTATIONS));
        assertThat(Catalog.search("table")).extracting(ControlType::id).contains("data-grid");
        assertThat(Catalog.search("switch")).extracting(ControlType::id).containsExactly("toggle");
        assertThat(Catalog.search("chart")).extracting(ControlType::id).containsExactly("bar-chart", "line-chart", "pie-chart");
        assertThat(Catalog.search("zzz")).isEmpty();
    }

    @Test
    void blankSearchReturnsEverything() {
        assertThat(Catalog.search("")).isEqualTo(Catalog.all());
        assertThat(Catalog.search("   ")).isEqualTo(Catalog.all());
        assertThat(Catalog.search(null)).isEqualTo(Catalog.all());
    }

    @Test
    void categoryDisplayNames() {
        assertThat(Category.CONTAINERS.displayName()).isEqualTo("Containers");
        assertThat(Category.ANNOTATIONS.displayName()).isEqualTo("Annotations");
    }
}
