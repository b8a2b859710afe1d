package dev.blueline.desktop.shell.menus;

import dev.blueline.desktop.shell.actions.ActionSet;
import dev.blueline.desktop.shell.actions.Command;
import javafx.scene.Node;
import javafx.scene.control.Separator;
import javafx.scene.control.ToolBar;

import java.util.ArrayList;
import java.util.List;

/** The most used actions as icon buttons, grouped; built from the same actions as the menus. */
public final class EditorToolBar {
    private static final List<List<Command>> GROUPS = List.of(
            List.of(Command.OPEN_BROWSER, Command.EXPORT_PNG),
            List.of(Command.UNDO, Command.REDO),
            List.of(Command.CUT, Command.COPY, Command.PASTE, Command.DELETE),
            List.of(Command.ZOOM_OUT, Command.ZOOM_IN, Command.FIT_SCREEN, Command.FIT_SELECTION),
            List.of(Command.ALIGN_LEFT, Command.ALIGN_CENTER, Command.ALIGN_RIGHT, Command.BRING_TO_FRONT, Command.SEND_TO_BACK,
                    Command.GROUP, Command.LOCK, Command.HIDE),
            List.of(Command.SHOW_GRID, Command.SNAP, Command.SKETCH),
            List.of(Command.PREVIEW));

    private EditorToolBar() {
    }

    public static ToolBar build(ActionSet actions) {
        List<Node> items = new ArrayList<>();
        for (List<Command> group : GROUPS) {
            if (!items.isEmpty()) items.add(new Separator());
            for (Command c : group) items.add(actions.get(c).button());
        }
        ToolBar bar = new ToolBar(items.toArray(Node[]::new));
        bar.setId("editor-toolbar");
        bar.getStyleClass().add("editor-toolbar");
        return bar;
    }
}
