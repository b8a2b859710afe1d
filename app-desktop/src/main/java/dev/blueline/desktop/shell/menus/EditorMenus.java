package dev.blueline.desktop.shell.menus;

import dev.blueline.desktop.shell.EditorWindow;
import dev.blueline.desktop.shell.actions.ActionSet;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;

/** The editor window's menu bar, one small class per menu. */
public final class EditorMenus {
    private EditorMenus() {
    }

    public static MenuBar build(EditorWindow w, ActionSet actions) {
        MenuBar bar = new MenuBar(
                FileMenu.build(w, actions),
                EditMenu.build(w, actions),
                ViewMenu.build(w, actions),
                InsertMenu.build(w),
                ArrangeMenu.build(w, actions),
                SessionMenu.build(w, actions),
                AiMenu.build(w, actions),
                ExportMenu.build(actions),
                HelpMenu.build(w, actions));
        bar.setId("menu-bar");
        bar.setUseSystemMenuBar(true);
        for (Menu m : bar.getMenus()) m.setMnemonicParsing(false);
        return bar;
    }

    static Menu menu(String name, String id) {
        Menu m = new Menu(name);
        m.setId(id);
        m.setMnemonicParsing(false);
        return m;
    }
}
