package dev.blueline.model.catalog.markup;

import dev.blueline.model.catalog.ContentParser;
import dev.blueline.model.catalog.content.Content;
import dev.blueline.model.catalog.content.Content.Items;
import dev.blueline.model.catalog.content.Content.Items.Item;

import java.util.ArrayList;
import java.util.List;

/**
 * A row or column of named entries: tabs, menus, link bar, breadcrumbs, pagination, stepper,
 * dropdown options, accordion sections.
 * <ul>
 *   <li><b>Splitting.</b> When the text has two or more non-blank lines, each line is one item
 *       (so an item may contain a comma). Otherwise the text is split on the first separator of
 *       the control's list that occurs in it: {@code ,} for comma lists; {@code |} then {@code ,}
 *       for link and nav bars; {@code >}, {@code ›}, {@code »}, {@code |} then {@code /} for
 *       breadcrumbs.</li>
 *   <li><b>Markers.</b> {@code *Profile*} is the selected / current item; {@code -Team-} is a
 *       disabled one; both may be combined ({@code *-Team-*}). Labels are trimmed; items that
 *       end up empty ({@code |||}, {@code ,,,}, {@code **}) are skipped.</li>
 *   <li><b>Nothing marked.</b> Tabs, stepper, accordion, pagination and dropdown select their
 *       first enabled item, breadcrumbs their last; menus and bars select none.</li>
 *   <li><b>Several marked.</b> Controls that show one current item keep only the first mark;
 *       an accordion may have several sections open.</li>
 * </ul>
 * At most {@link Limits#MAX_ITEMS} items are kept.
 */
public final class ItemsParser implements ContentParser {

    /** Which item is selected when the designer marked none. */
    public enum WhenNoneMarked { SELECT_NONE, SELECT_FIRST, SELECT_LAST }

    private final List<String> separators;
    private final WhenNoneMarked whenNoneMarked;
    private final boolean singleSelection;

    private ItemsParser(List<String> separators, WhenNoneMarked whenNoneMarked, boolean singleSelection) {
        this.separators = List.copyOf(separators);
        this.whenNoneMarked = whenNoneMarked;
        this.singleSelection = singleSelection;
    }

    /** Comma list (or one per line) with at most one selected item. */
    public static ItemsParser commaList(WhenNoneMarked whenNoneMarked) {
        return new ItemsParser(List.of(","), whenNoneMarked, true);
    }

    /** Accordion: first section open by default, several may be marked open. */
    public static ItemsParser sections() {
        return new ItemsParser(List.of(","), WhenNoneMarked.SELECT_FIRST, false);
    }

    /** Link bar and nav bar: {@code Home | About | Contact}. */
    public static ItemsParser bar() {
        return new ItemsParser(List.of("|", ","), WhenNoneMarked.SELECT_NONE, true);
    }

    /** Breadcrumbs: {@code Home > Projects > Website}; the last crumb is the current page. */
    public static ItemsParser breadcrumbs() {
        return new ItemsParser(List.of(">", "\u203A", "\u00BB", "|", "/"), WhenNoneMarked.SELECT_LAST, true);
    }

    @Override
    public Content parse(String text) {
        List<Item> items = new ArrayList<>();
        for (String raw : split(MarkupText.normalize(text))) {
            Item item = item(raw);
            if (item != null) items.add(item);
            if (items.size() == Limits.MAX_ITEMS) break;
        }
        return new Items(applySelectionRules(items));
    }

    private List<String> split(String text) {
        List<String> lines = MarkupText.nonBlankLines(text);
        if (lines.size() != 1) return lines;
        String line = lines.getFirst();
        for (String sep : separators) {
            if (line.contains(sep)) return splitOn(line, sep);
        }
        return lines;
    }

    // Not String.split: stops early so "|||..." of any length stays cheap.
    private static List<String> splitOn(String line, String sep) {
        List<String> parts = new ArrayList<>();
        int start = 0;
        while (true) {
            int at = line.indexOf(sep, start);
            String part = at < 0 ? line.substring(start) : line.substring(start, at);
            if (!part.isBlank()) {
                parts.add(part);
                if (parts.size() == Limits.MAX_ITEMS) break;
            }
            if (at < 0) break;
            start = at + sep.length();
        }
        return parts;
    }

    /** One item with its markers read, or null when nothing is left of it. */
    static Item item(String raw) {
        String label = raw.strip();
        boolean selected = false;
        boolean disabled = false;
        for (int round = 0; round < 2; round++) {
            if (!selected && wrapped(label, '*')) {
                selected = true;
                label = label.substring(1, label.length() - 1).strip();
            } else if (!disabled && wrapped(label, '-')) {
                disabled = true;
                label = label.substring(1, label.length() - 1).strip();
            }
        }
        return label.isEmpty() ? null : new Item(label, selected, disabled);
    }

    private static boolean wrapped(String s, char c) {
        return s.length() >= 2 && s.charAt(0) == c && s.charAt(s.length() - 1) == c;
    }

    private List<Item> applySelectionRules(List<Item> items) {
        List<Item> out = new ArrayList<>(items.size());
        boolean seen = false;
        for (Item it : items) {
            if (it.selected() && seen && singleSelection) it = new Item(it.label(), false, it.disabled());
            seen |= it.selected();
            out.add(it);
        }
        if (seen || out.isEmpty()) return out;
        int pick = switch (whenNoneMarked) {
            case SELECT_NONE -> -1;
            case SELECT_FIRST -> firstEnabled(out, 0, 1);
            case SELECT_LAST -> firstEnabled(out, out.size() - 1, -1);
        };
        if (pick >= 0) out.set(pick, new Item(out.get(pick).label(), true, false));
        return out;
    }

    private static int firstEnabled(List<Item> items, int from, int step) {
        for (int i = from; i >= 0 && i < items.size(); i += step) {
            if (!items.get(i).disabled()) return i;
        }
        return -1;
    }
}
