package dev.blueline.desktop.shell.menus;

import dev.blueline.desktop.editor.Clipboard;
import dev.blueline.desktop.editor.Editor;
import dev.blueline.desktop.editor.commands.Edits;
import dev.blueline.desktop.shell.EditorWindow;
import dev.blueline.desktop.shell.actions.Action;
import dev.blueline.desktop.shell.actions.ActionSet;
import dev.blueline.desktop.shell.actions.Command;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanExpression;
import javafx.scene.control.Menu;
import javafx.scene.control.SeparatorMenuItem;
import org.kordamp.ikonli.feather.Feather;

import java.util.List;

/** Edit: undo and redo, the clipboard, delete, select all. Editing commands are off in preview mode. */
final class EditMenu {
    private EditMenu() {
    }

    static Menu build(EditorWindow w, ActionSet a) {
        Editor e = w.editor();
        BooleanExpression preview = e.previewProperty();
        BooleanExpression none = Bindings.isEmpty(e.selection());
        a.add(Action.of(Command.UNDO, Feather.CORNER_UP_LEFT, e::undo)).disabledWhen(preview);
        a.add(Action.of(Command.REDO, Feather.CORNER_UP_RIGHT, e::redo)).disabledWhen(preview);
        a.add(Action.of(Command.CUT, Feather.SCISSORS, () -> Clipboard.cut(e))).disabledWhen(preview.or(none));
        a.add(Action.of(Command.COPY, Feather.COPY, () -> Clipboard.copy(e))).disabledWhen(none);
        a.add(Action.of(Command.PASTE, Feather.CLIPBOARD, () -> Clipboard.paste(e))).disabledWhen(preview);
        a.add(Action.of(Command.DUPLICATE, null, () -> Clipboard.duplicate(e))).disabledWhen(preview.or(none));
        a.add(Action.of(Command.DELETE, Feather.TRASH_2, () -> e.submit(Edits.delete(e.doc(), List.copyOf(e.selection())))))
                .disabledWhen(preview.or(none));
        a.add(Action.of(Command.SELECT_ALL, null, () -> selectAll(e))).disabledWhen(preview);
        Menu m = EditorMenus.menu("Edit", "menu-edit");
        m.getItems().addAll(a.get(Command.UNDO).menuItem(), a.get(Command.REDO).menuItem(), new SeparatorMenuItem(),
                a.get(Command.CUT).menuItem(), a.get(Command.COPY).menuItem(), a.get(Command.PASTE).menuItem(),
                a.get(Command.DUPLICATE).menuItem(), a.get(Command.DELETE).menuItem(), new SeparatorMenuItem(),
                a.get(Command.SELECT_ALL).menuItem());
        return m;
    }

    /** Everything at the top level of the current screen (what is inside goes along with its container). */
    private static void selectAll(Editor e) {
        if (e.screen() != null) e.select(e.doc().children(e.screen(), null));
    }
}
