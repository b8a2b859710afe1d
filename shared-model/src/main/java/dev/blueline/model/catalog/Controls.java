package dev.blueline.model.catalog;

import dev.blueline.model.catalog.content.Content;
import dev.blueline.model.catalog.markup.AmountParser;
import dev.blueline.model.catalog.markup.CheckParser;
import dev.blueline.model.catalog.markup.DateParser;
import dev.blueline.model.catalog.markup.GridParser;
import dev.blueline.model.catalog.markup.IconParser;
import dev.blueline.model.catalog.markup.ItemsParser;
import dev.blueline.model.catalog.markup.NumberParser;
import dev.blueline.model.catalog.markup.OutlineParser;
import dev.blueline.model.catalog.markup.PlainParser;
import dev.blueline.model.catalog.markup.RatingParser;
import dev.blueline.model.catalog.markup.SeriesParser;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static dev.blueline.model.catalog.Category.ANNOTATIONS;
import static dev.blueline.model.catalog.Category.CONTAINERS;
import static dev.blueline.model.catalog.Category.DISPLAY;
import static dev.blueline.model.catalog.Category.INPUTS;
import static dev.blueline.model.catalog.Category.NAVIGATION;
import static dev.blueline.model.catalog.markup.ItemsParser.WhenNoneMarked.SELECT_FIRST;
import static dev.blueline.model.catalog.markup.ItemsParser.WhenNoneMarked.SELECT_NONE;
import static dev.blueline.model.document.Props.ALIGN;
import static dev.blueline.model.document.Props.BOLD;
import static dev.blueline.model.document.Props.FILL;
import static dev.blueline.model.document.Props.FONT_SIZE;
import static dev.blueline.model.document.Props.ITALIC;
import static dev.blueline.model.document.Props.OPACITY;
import static dev.blueline.model.document.Props.STATE;
import static dev.blueline.model.document.Props.STROKE;
import static dev.blueline.model.document.Props.TEXT_COLOR;
import static dev.blueline.model.document.Props.UNDERLINE;

/**
 * The catalog's entries. Sizes are what a designer expects on a 1440×900 desktop screen; default
 * texts teach the markup by example. Ids are the wire format: add entries, never rename one.
 */
final class Controls {
    private static final Set<String> BOX = Set.of(FILL, STROKE, OPACITY);
    private static final Set<String> FONT = Set.of(TEXT_COLOR, FONT_SIZE, BOLD, ITALIC, UNDERLINE);
    private static final Set<String> TEXT = union(FONT, Set.of(ALIGN, OPACITY));
    private static final Set<String> TITLED = union(BOX, FONT);
    private static final Set<String> CONTROL = union(BOX, FONT, Set.of(STATE));
    private static final Set<String> FIELD = union(CONTROL, Set.of(ALIGN));
    private static final Set<String> NOTE = union(BOX, FONT, Set.of(ALIGN));
    private static final Set<String> CHART = union(BOX, Set.of(TEXT_COLOR, FONT_SIZE));
    private static final Set<String> LINE = Set.of(STROKE, OPACITY);

    private static final ContentParser NONE = text -> new Content.Empty();
    private static final ContentParser LITERAL = PlainParser.literal();
    private static final ContentParser RICH = PlainParser.withEmphasis();

    private Controls() {
    }

    static List<ControlType> define() {
        List<ControlType> all = new ArrayList<>();
        // Containers. A rectangle is deliberately not one: designers draw rectangles over other
        // controls to highlight or mask them, and dropping into one would silently reparent.
        // Panel is the box to group things in.
        all.add(container("browser-window", "Browser window", 1024, 700, TITLED, "https://example.com", LITERAL));
        all.add(container("phone", "Phone", 390, 844, BOX, "", NONE));
        all.add(container("tablet", "Tablet", 768, 1024, BOX, "", NONE));
        all.add(container("panel", "Panel", 320, 200, TITLED, "Card title", RICH));
        all.add(container("modal", "Modal dialog", 480, 280, TITLED, "Delete project?", RICH));
        all.add(container("tabs", "Tabs", 480, 300, CONTROL, "*Profile*, Security, Billing, -Team-", ItemsParser.commaList(SELECT_FIRST)));
        // a group is the invisible container "Group" (ctrl+G) makes; it draws nothing itself
        all.add(container("group", "Group", 200, 120, Set.of(OPACITY), "", NONE));
        // an instance of one of the project's own components: it shows its master screen's elements
        all.add(control(Catalog.COMPONENT, "Component", DISPLAY, 320, 200, Set.of(OPACITY), "", NONE));
        all.add(container("accordion", "Accordion", 320, 240, CONTROL, "*Shipping*, Payment, Review", ItemsParser.sections()));

        all.add(control("nav-bar", "Navigation bar", NAVIGATION, 1024, 56, CONTROL, "Blueline | *Home* | Projects | Settings", ItemsParser.bar()));
        all.add(control("link-bar", "Link bar", NAVIGATION, 360, 32, CONTROL, "*Home* | Products | Pricing | Contact", ItemsParser.bar()));
        all.add(control("breadcrumbs", "Breadcrumbs", NAVIGATION, 320, 24, union(TEXT, Set.of(STATE)), "Home > Projects > Website", ItemsParser.breadcrumbs()));
        all.add(control("vertical-menu", "Vertical menu", NAVIGATION, 200, 240, CONTROL, "Dashboard\n*Projects*\nTeam\n-Reports-\nSettings", ItemsParser.commaList(SELECT_NONE)));
        all.add(control("pagination", "Pagination", NAVIGATION, 280, 36, CONTROL, "1, *2*, 3, 4, 5", ItemsParser.commaList(SELECT_FIRST)));
        all.add(control("tree", "Tree", NAVIGATION, 240, 240, CONTROL, "- Projects\n  - Website\n    Home\n    About\n  + Archive\nShared with me", OutlineParser.tree()));
        all.add(control("stepper", "Stepper", NAVIGATION, 480, 48, CONTROL, "Cart, *Shipping*, Payment, Done", ItemsParser.commaList(SELECT_FIRST)));

        all.add(control("button", "Button", INPUTS, 120, 40, FIELD, "Save", LITERAL));
        all.add(control("link", "Link", INPUTS, 96, 24, union(TEXT, Set.of(STATE)), "Learn more", LITERAL));
        all.add(control("text-input", "Text input", INPUTS, 240, 40, FIELD, "Email address", LITERAL));
        all.add(control("password", "Password", INPUTS, 240, 40, FIELD, "\u2022\u2022\u2022\u2022\u2022\u2022\u2022\u2022", LITERAL));
        all.add(control("text-area", "Text area", INPUTS, 320, 120, FIELD, "Write a message\u2026", LITERAL));
        all.add(control("search", "Search", INPUTS, 240, 40, FIELD, "Search", LITERAL));
        all.add(control("checkbox", "Checkbox", INPUTS, 160, 24, CONTROL, "[x] Remember me", CheckParser.checkbox()));
        all.add(control("radio", "Radio button", INPUTS, 160, 24, CONTROL, "(o) Monthly", CheckParser.twoState()));
        all.add(control("toggle", "Toggle", INPUTS, 160, 28, CONTROL, "[on] Wi-Fi", CheckParser.twoState()));
        all.add(control("dropdown", "Dropdown", INPUTS, 200, 40, FIELD, "*Germany*, France, Italy, Spain", ItemsParser.commaList(SELECT_FIRST)));
        all.add(control("slider", "Slider", INPUTS, 240, 24, CONTROL, "60, Volume", AmountParser.percent()));
        all.add(control("date-picker", "Date picker", INPUTS, 200, 40, FIELD, "2026-11-28", new DateParser()));
        all.add(control("number-stepper", "Number stepper", INPUTS, 120, 40, FIELD, "3", AmountParser.unbounded()));
        all.add(control("file-upload", "File upload", INPUTS, 320, 120, FIELD, "Drop files here or *browse*", RICH));

        all.add(control("heading", "Heading", DISPLAY, 320, 48, TEXT, "Page title", RICH));
        all.add(control("paragraph", "Paragraph", DISPLAY, 400, 96, TEXT,
                "Sketch the idea first. Use *stars* for bold and _underscores_ for italic.", RICH));
        all.add(control("label", "Label", DISPLAY, 120, 24, TEXT, "Label", RICH));
        all.add(control("image", "Image", DISPLAY, 240, 160, BOX, "Product photo", LITERAL));
        all.add(control("icon", "Icon", DISPLAY, 24, 24, Set.of(TEXT_COLOR, OPACITY), "search", new IconParser()));
        all.add(control("avatar", "Avatar", DISPLAY, 48, 48, CHART, "Ada Lovelace", LITERAL));
        all.add(control("badge", "Badge", DISPLAY, 64, 24, TITLED, "New", LITERAL));
        all.add(control("progress-bar", "Progress bar", DISPLAY, 240, 16, union(CHART, Set.of(STATE)), "60%, Uploading", AmountParser.percent()));
        all.add(control("spinner", "Spinner", DISPLAY, 32, 32, LINE, "", NONE));
        all.add(control("alert", "Alert", DISPLAY, 400, 56, FIELD, "*Saved.* Your changes are live.", RICH));
        all.add(control("tooltip", "Tooltip", DISPLAY, 160, 36, NOTE, "Copy link", RICH));
        all.add(control("divider", "Divider", DISPLAY, 400, 16, LINE, "", NONE));
        all.add(control("data-grid", "Data grid", DISPLAY, 480, 200, CONTROL, "Name, Role, Status\nAda, Engineer, Active\nLin, Designer, Away", new GridParser()));
        all.add(control("list", "List", DISPLAY, 240, 160, TEXT, "- Write brief\n- [x] Review sketches\n- Launch\n  - Press kit\n  - Blog post", OutlineParser.list()));
        all.add(control("bar-chart", "Bar chart", DISPLAY, 400, 240, CHART, "Jan: 12, Feb: 19, Mar: 8, Apr: 15", SeriesParser.anyValues()));
        all.add(control("line-chart", "Line chart", DISPLAY, 400, 240, CHART, "Mon: 5, Tue: 9, Wed: 7, Thu: 12, Fri: 10", SeriesParser.anyValues()));
        all.add(control("pie-chart", "Pie chart", DISPLAY, 240, 240, CHART, "Direct: 45, Search: 35, Social: 20", SeriesParser.positiveValues()));
        all.add(control("map", "Map", DISPLAY, 400, 300, BOX, "", NONE));
        all.add(control("video", "Video", DISPLAY, 480, 270, BOX, "", NONE));
        all.add(control("rating", "Rating", DISPLAY, 120, 24, CHART, "4/5", new RatingParser()));
        all.add(control("calendar", "Calendar", DISPLAY, 280, 280, CONTROL, "2026-11-28", new DateParser()));

        all.add(control("sticky-note", "Sticky note", ANNOTATIONS, 200, 160, NOTE, "Ask Lin about the *empty state*", RICH));
        all.add(control("callout", "Callout", ANNOTATIONS, 28, 28, CHART, "1", new NumberParser()));
        all.add(control("arrow", "Arrow", ANNOTATIONS, 160, 24, LINE, "", NONE));
        all.add(control("line", "Line", ANNOTATIONS, 160, 16, LINE, "", NONE));
        all.add(control("rectangle", "Rectangle", ANNOTATIONS, 200, 120, NOTE, "", RICH));
        all.add(control("ellipse", "Ellipse", ANNOTATIONS, 160, 120, NOTE, "", RICH));
        return all;
    }

    private static ControlType container(String id, String name, double w, double h, Set<String> style, String text, ContentParser p) {
        return new ControlType(id, name, CONTAINERS, w, h, true, style, text, p);
    }

    private static ControlType control(String id, String name, Category c, double w, double h, Set<String> style, String text, ContentParser p) {
        return new ControlType(id, name, c, w, h, false, style, text, p);
    }

    @SafeVarargs
    private static Set<String> union(Set<String>... sets) {
        Set<String> all = new HashSet<>();
        for (Set<String> s : sets) all.addAll(s);
        return all;
    }
}
