package dev.blueline.desktop.panels;

import java.util.Map;
import java.util.Set;

/** One line per control saying how its text is written, and which controls take several lines of it. */
public final class MarkupHints {
    private static final String ITEMS = "Comma list or one per line · *Selected* · -Disabled-";
    private static final String BAR = "Items split by | · *Current*";
    private static final String RICH = "*bold* · _italic_";
    private static final String CHART = "label: value, by comma or line · Jan: 12, Feb: 19";
    private static final String DATE = "A date YYYY-MM-DD, or a month YYYY-MM";
    private static final String AMOUNT = "A number 0–100, optional % and a label · 60%, Uploading";

    private static final Map<String, String> HINTS = Map.ofEntries(
            Map.entry("browser-window", "The address shown in the bar"),
            Map.entry("tabs", ITEMS), Map.entry("accordion", ITEMS), Map.entry("vertical-menu", ITEMS),
            Map.entry("pagination", ITEMS), Map.entry("stepper", ITEMS), Map.entry("dropdown", ITEMS),
            Map.entry("nav-bar", BAR), Map.entry("link-bar", BAR),
            Map.entry("breadcrumbs", "Split by > · the last one is current"),
            Map.entry("tree", "One item per line, indent to nest · + collapsed · - expanded"),
            Map.entry("list", "One item per line, indent to nest · - bullets · [x] / [ ] checklist"),
            Map.entry("data-grid", "Comma-separated rows, the first is the header · \"a, b\" keeps a comma"),
            Map.entry("checkbox", "[x] checked · [ ] unchecked · [-] mixed, then the label"),
            Map.entry("radio", "(o) selected · ( ) not, then the label"),
            Map.entry("toggle", "[on] or [off], then the label"),
            Map.entry("slider", AMOUNT), Map.entry("progress-bar", AMOUNT),
            Map.entry("number-stepper", "A number"),
            Map.entry("date-picker", DATE), Map.entry("calendar", DATE),
            Map.entry("rating", "3/5, 3 or ★★★☆☆, then an optional label"),
            Map.entry("bar-chart", CHART), Map.entry("line-chart", CHART), Map.entry("pie-chart", CHART),
            Map.entry("icon", "An icon name · search, user, arrow-left"),
            Map.entry("callout", "Its number"),
            Map.entry("avatar", "The person's name (initials are shown)"),
            Map.entry("image", "What the picture shows"));

    private static final Set<String> MULTILINE = Set.of("data-grid", "list", "tree", "paragraph", "text-area", "sticky-note",
            "vertical-menu", "accordion", "bar-chart", "line-chart", "pie-chart", "tabs");

    private MarkupHints() {
    }

    /** How this control's text is written, e.g. "Items split by | · *Current*". */
    public static String hint(String controlId) {
        return HINTS.getOrDefault(controlId, controlId != null && plain(controlId) ? "Plain text" : RICH);
    }

    /** Whether this control's text is usually several lines (a text area edits it, not a one-line field). */
    public static boolean multiline(String controlId, String text) {
        return MULTILINE.contains(controlId) || (text != null && text.contains("\n"));
    }

    private static boolean plain(String id) {
        return Set.of("button", "link", "text-input", "password", "text-area", "search", "badge").contains(id);
    }
}
