package dev.blueline.desktop.shell.menus;

import dev.blueline.desktop.shell.actions.ActionSet;
import dev.blueline.desktop.shell.actions.Command;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;

/** Export: the same export actions as the File menu, named for this menu. */
final class ExportMenu {
    private ExportMenu() {
    }

    static Menu build(ActionSet a) {
        Menu m = EditorMenus.menu("Export", "menu-export");
        m.getItems().addAll(item(a, Command.EXPORT_PNG, "Screen as PNG…"), item(a, Command.EXPORT_SVG, "Screen as SVG…"),
                item(a, Command.EXPORT_PDF, "Screen as PDF…"), new SeparatorMenuItem(), item(a, Command.EXPORT_CODE, "Code…"),
                item(a, Command.EXPORT_PROJECT_CODE, "Project as code…"), new SeparatorMenuItem(),
                item(a, Command.EXPORT_PROJECT, "Project file…"));
        return m;
    }

    private static MenuItem item(ActionSet a, Command c, String label) {
        MenuItem item = a.get(c).menuItem();
        item.setText(label);
        item.setId(item.getId() + "-2");
        return item;
    }
}
