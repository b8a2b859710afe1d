package dev.blueline.model.catalog;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Every control type Blueline knows, defined once for the canvas, the exporters, validation and
 * the AI. Lists are immutable and in palette order: by category, then as defined.
 */
public final class Catalog {
    private static final List<ControlType> ALL = Controls.define().stream()
            .sorted(Comparator.comparing(ControlType::category)) // stable: keeps definition order within a category
            .toList();
    private static final Map<String, ControlType> BY_ID = index(ALL);

    /** Other words designers use for a control, so the palette search finds it by those too. */
    private static final Map<String, String> ALIASES = Map.ofEntries(
            Map.entry("panel", "card box container group"),
            Map.entry("modal", "dialog popup overlay"),
            Map.entry("browser-window", "web page desktop"),
            Map.entry("nav-bar", "navbar header app bar top bar"),
            Map.entry("vertical-menu", "sidebar side nav"),
            Map.entry("dropdown", "select combo box picker"),
            Map.entry("toggle", "switch"),
            Map.entry("text-input", "text field textbox"),
            Map.entry("data-grid", "table spreadsheet"),
            Map.entry("spinner", "loader loading busy"),
            Map.entry("sticky-note", "comment note post-it"),
            Map.entry("image", "picture photo placeholder"),
            Map.entry("callout", "marker annotation number"),
            Map.entry("alert", "banner message notification"),
            Map.entry("divider", "separator rule hr"));

    private Catalog() {
    }

    /** The type of a component instance; placed from the project's component library, not from the catalog. */
    public static final String COMPONENT = "component";

    public static List<ControlType> all() {
        return ALL;
    }

    public static Optional<ControlType> find(String id) {
        return Optional.ofNullable(id == null ? null : BY_ID.get(id));
    }

    /** @throws IllegalArgumentException naming the id when it is not in the catalog */
    public static ControlType get(String id) {
        return find(id).orElseThrow(() -> new IllegalArgumentException(
                "Unknown control type \"" + id + "\"; expected one of the " + ALL.size() + " catalog ids such as button, text-input, data-grid"));
    }

    public static List<ControlType> byCategory(Category category) {
        return ALL.stream().filter(c -> c.category() == category).toList();
    }

    /**
     * Controls whose id, display name, category or common alias contains the query, ignoring
     * case and treating spaces, dashes and underscores alike ({@code "text input"} finds
     * {@code text-input}). A blank or null query returns everything.
     */
    public static List<ControlType> search(String query) {
        String q = words(query == null ? "" : query);
        if (q.isEmpty()) return ALL;
        return ALL.stream().filter(c -> haystack(c).contains(q)).toList();
    }

    private static String haystack(ControlType c) {
        return words(c.id()) + " | " + words(c.displayName()) + " | " + words(c.category().displayName())
                + " | " + words(ALIASES.getOrDefault(c.id(), ""));
    }

    private static String words(String s) {
        return s.toLowerCase(Locale.ROOT).replaceAll("[\\s_-]+", " ").strip();
    }

    private static Map<String, ControlType> index(List<ControlType> all) {
        Map<String, ControlType> map = new LinkedHashMap<>();
        for (ControlType c : all) {
            if (map.put(c.id(), c) != null) throw new IllegalStateException("duplicate control id " + c.id());
        }
        return Map.copyOf(map);
    }
}
