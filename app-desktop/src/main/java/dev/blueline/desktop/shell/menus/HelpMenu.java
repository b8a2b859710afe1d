package dev.blueline.desktop.shell.menus;

import dev.blueline.desktop.shell.Dialogs;
import dev.blueline.desktop.shell.EditorWindow;
import dev.blueline.desktop.shell.actions.Action;
import dev.blueline.desktop.shell.actions.ActionSet;
import dev.blueline.desktop.shell.actions.Command;
import dev.blueline.desktop.shell.help.ShortcutsWindow;
import javafx.scene.control.Menu;
import org.kordamp.ikonli.feather.Feather;

/** Help: the keyboard shortcuts (from the one table that also sets the accelerators) and About. */
final class HelpMenu {
    private HelpMenu() {
    }

    static Menu build(EditorWindow w, ActionSet a) {
        a.add(Action.of(Command.SHORTCUTS, Feather.COMMAND, () -> ShortcutsWindow.show(w.stage())));
        a.add(Action.of(Command.ABOUT, Feather.INFO, () -> about(w)));
        Menu m = EditorMenus.menu("Help", "menu-help");
        m.getItems().addAll(a.get(Command.SHORTCUTS).menuItem(), a.get(Command.ABOUT).menuItem());
        return m;
    }

    private static void about(EditorWindow w) {
        String version = EditorWindow.class.getPackage().getImplementationVersion();
        Dialogs.info(w.stage(), "About Blueline", "Blueline " + (version == null ? "(development build)" : version),
                "A wireframe editor for design teams.\nYour projects are kept on this computer in " + w.shell().workspace().home()
                        + "\nJava " + Runtime.version() + ", JavaFX " + System.getProperty("javafx.runtime.version", "?"));
    }
}
