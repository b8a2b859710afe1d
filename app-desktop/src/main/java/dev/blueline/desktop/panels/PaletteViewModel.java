package dev.blueline.desktop.panels;

import dev.blueline.model.catalog.Catalog;
import dev.blueline.model.catalog.Category;
import dev.blueline.model.catalog.ControlType;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** What the palette lists for a search, and what a drag out of it carries. */
public final class PaletteViewModel {
    /**
     * The dragboard text of a control dragged from the palette. Must equal the canvas's
     * {@code PaletteDrop.PREFIX} (a test checks it); use that constant directly once it is public.
     */
    public static final String DRAG_PREFIX = "blueline-control:";

    private PaletteViewModel() {
    }

    /** The controls of a category the palette offers: all but the component instance, which comes from the project's components. */
    public static List<ControlType> placeable(Category category) {
        return Catalog.byCategory(category).stream().filter(PaletteViewModel::isPlaceable).toList();
    }

    private static boolean isPlaceable(ControlType c) {
        return !c.id().equals(Catalog.COMPONENT);
    }

    /** The controls {@link Catalog#search} finds, grouped by category in palette order; empty groups left out. */
    public static Map<Category, List<ControlType>> groups(String query) {
        Map<Category, List<ControlType>> out = new LinkedHashMap<>();
        for (ControlType c : Catalog.search(query)) {
            if (isPlaceable(c)) out.computeIfAbsent(c.category(), k -> new ArrayList<>()).add(c);
        }
        return out;
    }

    /** What a drag of this control puts on the dragboard (as a string). */
    public static String dragText(ControlType type) {
        return DRAG_PREFIX + type.id();
    }
}
