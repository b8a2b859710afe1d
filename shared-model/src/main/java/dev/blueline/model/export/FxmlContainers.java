package dev.blueline.model.export;

import dev.blueline.model.catalog.content.Content.Items.Item;
import dev.blueline.model.geometry.Rect;

import java.util.List;

/**
 * Containers as a {@code Pane} at the element's size: its decoration (title bar, tab strip,
 * section headers) first, then (added by the writer) the children's layout over it at the top
 * left, since the children's positions are relative to the container's corner, as on the canvas.
 * Real TabPane and Accordion would move their content below their headers, so tabs are a strip
 * of ToggleButtons and accordion sections are TitledPanes (several may be open, as on the canvas).
 */
final class FxmlContainers {
    private FxmlContainers() {
    }

    static FxmlNode of(ExportElement e) {
        Rect b = e.bounds();
        FxmlNode pane = FxmlNode.of("Pane");
        switch (e.typeId()) {
            case "browser-window" -> pane.child(bar("HBox", "bl-browser-bar", b.w(), Math.min(36, b.h() / 3))
                    .child(FxmlNode.of("Label").attr("text", FxmlContent.text(e.content())).styleClass("bl-browser-url")));
            case "panel" -> {
                String title = FxmlContent.text(e.content());
                if (!title.isBlank() && b.h() > 20) pane.child(title(title, "bl-panel-title", b.w(), Math.min(40, b.h() / 2)));
            }
            case "modal" -> pane.child(title(FxmlContent.text(e.content()), "bl-modal-title", b.w(), Math.min(48, b.h() / 2)));
            case "tabs" -> tabs(pane, FxmlContent.items(e.content()), b);
            case "accordion" -> pane.child(sections(FxmlContent.items(e.content()), b));
            default -> {
                // phone, tablet: the frame is the pane's own border; group: nothing at all
            }
        }
        return pane;
    }

    private static FxmlNode bar(String tag, String cls, double w, double h) {
        return FxmlNode.of(tag).styleClass(cls).size(w, h);
    }

    private static FxmlNode title(String text, String cls, double w, double h) {
        return bar("Label", cls, w, h).attr("text", text);
    }

    private static void tabs(FxmlNode pane, List<Item> items, Rect b) {
        double strip = Math.min(36, b.h());
        FxmlNode row = bar("HBox", "bl-tab-strip", b.w(), strip);
        for (Item it : items) {
            row.child(FxmlNode.of("ToggleButton").attr("text", it.label()).styleClass("bl-tab")
                    .flag("selected", it.selected()).flag("disable", it.disabled())
                    .attr("prefHeight", strip).attr("maxHeight", strip));
        }
        pane.child(row);
        if (b.h() > strip) pane.child(bar("Region", "bl-tab-body", b.w(), b.h() - strip).at(0, strip));
    }

    /** Each section a TitledPane; the open ones share what height the headers leave. */
    private static FxmlNode sections(List<Item> items, Rect b) {
        FxmlNode column = bar("VBox", "bl-sections", b.w(), b.h());
        long open = items.stream().filter(Item::selected).count();
        double header = 36;
        double body = open == 0 ? 0 : Math.max(0, (b.h() - items.size() * header) / open);
        for (Item it : items) {
            FxmlNode section = FxmlNode.of("TitledPane").attr("text", it.label()).flag("animated", false)
                    .attr("expanded", Boolean.toString(it.selected())).flag("disable", it.disabled());
            if (it.selected()) section.property("content", FxmlNode.of("Pane").attr("prefHeight", body));
            column.child(section);
        }
        return column;
    }
}
