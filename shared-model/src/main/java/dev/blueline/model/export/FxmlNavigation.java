package dev.blueline.model.export;

import dev.blueline.model.catalog.content.Content;
import dev.blueline.model.catalog.content.Content.Items.Item;

import java.util.List;

/**
 * Navigation controls: bars of Hyperlinks, a column of menu labels, ToggleButtons for pages, a
 * row of step labels, a real TreeView. The current item gets {@code bl-current} (or is the
 * selected toggle), disabled items {@code disable="true"}.
 */
final class FxmlNavigation {
    private FxmlNavigation() {
    }

    static FxmlNode of(ExportElement e) {
        List<Item> items = FxmlContent.items(e.content());
        return switch (e.typeId()) {
            case "nav-bar" -> navBar(items);
            case "link-bar" -> row(items, (i, it) -> link(it));
            case "breadcrumbs" -> breadcrumbs(items);
            case "vertical-menu" -> menu(items);
            case "pagination" -> row(items, (i, it) -> FxmlNode.of("ToggleButton").attr("text", it.label())
                    .flag("selected", it.selected()).flag("disable", it.disabled()));
            case "stepper" -> stepper(items);
            case "tree" -> tree(FxmlContent.outline(e.content()));
            default -> throw new IllegalArgumentException(e.typeId());
        };
    }

    private interface ItemNode {
        FxmlNode of(int index, Item item);
    }

    private static FxmlNode row(List<Item> items, ItemNode node) {
        FxmlNode row = FxmlNode.of("HBox");
        for (int i = 0; i < items.size(); i++) row.child(node.of(i, items.get(i)));
        return row;
    }

    /** The first item is the product name (as the canvas draws it) unless it is the current page. */
    private static FxmlNode navBar(List<Item> items) {
        return row(items, (i, it) -> i == 0 && items.size() > 1 && !it.selected()
                ? FxmlNode.of("Label").attr("text", it.label()).styleClass("bl-brand")
                : link(it));
    }

    private static FxmlNode link(Item it) {
        FxmlNode n = FxmlNode.of("Hyperlink").attr("text", it.label()).flag("disable", it.disabled());
        return it.selected() ? n.styleClass("bl-current") : n;
    }

    /** Links up to the current crumb, which is plain text; a separator between. */
    private static FxmlNode breadcrumbs(List<Item> items) {
        FxmlNode row = FxmlNode.of("HBox");
        for (int i = 0; i < items.size(); i++) {
            Item it = items.get(i);
            if (i > 0) row.child(FxmlNode.of("Label").attr("text", "\u203A").styleClass("bl-crumb-separator"));
            row.child(it.selected() || i == items.size() - 1
                    ? FxmlNode.of("Label").attr("text", it.label()).styleClass("bl-current")
                    : link(it));
        }
        return row;
    }

    private static FxmlNode menu(List<Item> items) {
        FxmlNode column = FxmlNode.of("VBox");
        for (Item it : items) {
            FxmlNode entry = FxmlNode.of("Label").attr("text", it.label()).raw("maxWidth", "Infinity")
                    .styleClass("bl-menu-item").flag("disable", it.disabled());
            column.child(it.selected() ? entry.styleClass("bl-current") : entry);
        }
        return column;
    }

    /** Numbered steps; those before the current one are done. */
    private static FxmlNode stepper(List<Item> items) {
        int current = items.stream().filter(Item::selected).findFirst().map(items::indexOf).orElse(-1);
        return row(items, (i, it) -> {
            FxmlNode step = FxmlNode.of("Label").attr("text", (i + 1) + "  " + it.label()).styleClass("bl-step")
                    .flag("disable", it.disabled());
            if (i == current) return step.styleClass("bl-current");
            return i < current ? step.styleClass("bl-done") : step;
        });
    }

    /** A TreeView with a hidden root; collapsed lines keep their children, folded. */
    private static FxmlNode tree(List<Content.Outline.Node> roots) {
        FxmlNode root = FxmlNode.of("TreeItem").attr("expanded", "true");
        roots.forEach(n -> root.child(treeItem(n)));
        return FxmlNode.of("TreeView").attr("showRoot", "false").property("root", root);
    }

    private static FxmlNode treeItem(Content.Outline.Node node) {
        FxmlNode item = FxmlNode.of("TreeItem").attr("value", node.label());
        if (!node.children().isEmpty()) item.attr("expanded", Boolean.toString(node.expanded()));
        node.children().forEach(c -> item.child(treeItem(c)));
        return item;
    }
}
