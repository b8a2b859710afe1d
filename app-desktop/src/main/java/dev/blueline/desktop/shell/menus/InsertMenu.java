package dev.blueline.desktop.shell.menus;

import dev.blueline.desktop.shell.EditorWindow;
import dev.blueline.model.catalog.Catalog;
import dev.blueline.model.catalog.Category;
import dev.blueline.model.catalog.ControlType;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;

/** Insert: every catalog control, by category; the control lands in the middle of the view, selected. */
final class InsertMenu {
    private InsertMenu() {
    }

    static Menu build(EditorWindow w) {
        Menu m = EditorMenus.menu("Insert", "menu-insert");
        for (Category category : Category.values()) {
            Menu sub = EditorMenus.menu(category.displayName(), "menu-insert-" + category.name().toLowerCase());
            for (ControlType type : dev.blueline.desktop.panels.PaletteViewModel.placeable(category)) {
                MenuItem item = new MenuItem(type.displayName());
                item.setMnemonicParsing(false);
                item.setId("insert-" + type.id());
                item.setOnAction(e -> w.placeAtCentre(type));
                sub.getItems().add(item);
            }
            sub.disableProperty().bind(w.editor().previewProperty());
            m.getItems().add(sub);
        }
        return m;
    }
}
