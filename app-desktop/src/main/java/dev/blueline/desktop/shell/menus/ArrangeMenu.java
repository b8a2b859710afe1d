package dev.blueline.desktop.shell.menus;

import dev.blueline.desktop.editor.Editor;
import dev.blueline.desktop.editor.commands.Arrange;
import dev.blueline.desktop.editor.commands.Components;
import dev.blueline.desktop.editor.commands.Edits;
import dev.blueline.desktop.editor.commands.Placement;
import dev.blueline.desktop.shell.EditorWindow;
import dev.blueline.desktop.shell.actions.Action;
import dev.blueline.desktop.shell.actions.ActionSet;
import dev.blueline.desktop.shell.actions.Command;
import dev.blueline.model.document.Props;
import dev.blueline.model.document.Value;
import dev.blueline.model.ops.Put;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanExpression;
import javafx.scene.control.Menu;
import javafx.scene.control.SeparatorMenuItem;
import org.kordamp.ikonli.feather.Feather;

import java.util.ArrayList;
import java.util.List;

/** Arrange: align, distribute, stacking order, group, lock and hide the selection. */
final class ArrangeMenu {
    private ArrangeMenu() {
    }

    static Menu build(EditorWindow w, ActionSet a) {
        Editor e = w.editor();
        BooleanExpression preview = e.previewProperty();
        BooleanExpression none = preview.or(Bindings.isEmpty(e.selection()));
        BooleanExpression underThree = preview.or(Bindings.size(e.selection()).lessThan(3));
        align(a, e, Command.ALIGN_LEFT, Arrange.Edge.LEFT, Feather.ALIGN_LEFT, none);
        align(a, e, Command.ALIGN_CENTER, Arrange.Edge.CENTER, Feather.ALIGN_CENTER, none);
        align(a, e, Command.ALIGN_RIGHT, Arrange.Edge.RIGHT, Feather.ALIGN_RIGHT, none);
        align(a, e, Command.ALIGN_TOP, Arrange.Edge.TOP, null, none);
        align(a, e, Command.ALIGN_MIDDLE, Arrange.Edge.MIDDLE, null, none);
        align(a, e, Command.ALIGN_BOTTOM, Arrange.Edge.BOTTOM, null, none);
        a.add(Action.of(Command.DISTRIBUTE_H, null, () -> e.submit(Arrange.distribute(e.doc(), sel(e), Arrange.Axis.HORIZONTAL))))
                .disabledWhen(underThree);
        a.add(Action.of(Command.DISTRIBUTE_V, null, () -> e.submit(Arrange.distribute(e.doc(), sel(e), Arrange.Axis.VERTICAL))))
                .disabledWhen(underThree);
        stack(a, e, Command.BRING_TO_FRONT, Arrange.Stack.FRONT, Feather.CHEVRONS_UP, none);
        stack(a, e, Command.BRING_FORWARD, Arrange.Stack.FORWARD, null, none);
        stack(a, e, Command.SEND_BACKWARD, Arrange.Stack.BACKWARD, null, none);
        stack(a, e, Command.SEND_TO_BACK, Arrange.Stack.BACK, Feather.CHEVRONS_DOWN, none);
        a.add(Action.of(Command.GROUP, Feather.BOX, () -> group(e))).disabledWhen(none);
        a.add(Action.of(Command.UNGROUP, null, () -> ungroup(e))).disabledWhen(none);
        a.add(Action.of(Command.MAKE_COMPONENT, Feather.PACKAGE, () -> makeComponent(e))).disabledWhen(none);
        a.add(Action.of(Command.EDIT_COMPONENT, null, () -> editComponent(e))).disabledWhen(none);
        a.add(Action.of(Command.LOCK, Feather.LOCK, () -> flip(e, Props.LOCKED, "Locked", "Unlocked"))).disabledWhen(none);
        a.add(Action.of(Command.HIDE, Feather.EYE_OFF, () -> flip(e, Props.HIDDEN, "Hidden", "Shown"))).disabledWhen(none);

        Menu m = EditorMenus.menu("Arrange", "menu-arrange");
        for (Command c : Command.values()) {
            if (!c.menu().equals("Arrange")) continue;
            if (c == Command.DISTRIBUTE_H || c == Command.BRING_TO_FRONT || c == Command.GROUP || c == Command.LOCK) {
                m.getItems().add(new SeparatorMenuItem());
            }
            m.getItems().add(a.get(c).menuItem());
        }
        return m;
    }

    private static void align(ActionSet a, Editor e, Command c, Arrange.Edge edge, Feather icon, BooleanExpression off) {
        a.add(Action.of(c, icon, () -> e.submit(Arrange.align(e.doc(), sel(e), edge)))).disabledWhen(off);
    }

    private static void stack(ActionSet a, Editor e, Command c, Arrange.Stack where, Feather icon, BooleanExpression off) {
        a.add(Action.of(c, icon, () -> e.submit(Arrange.stack(e.doc(), sel(e), where)))).disabledWhen(off);
    }

    private static void group(Editor e) {
        String id = Placement.newId();
        List<Put> ops = Arrange.group(e.doc(), sel(e), id);
        if (ops.isEmpty()) {
            e.tell("Only elements in the same container can be grouped");
            return;
        }
        if (e.submit(ops)) e.select(List.of(id));
    }

    private static void makeComponent(Editor e) {
        String master = Placement.newId(), instance = Placement.newId();
        String name = Components.nextName(e.doc());
        List<Put> ops = Components.create(e.doc(), sel(e), name, master, instance, Placement::newId);
        if (ops.isEmpty()) return;
        if (e.submit(ops)) {
            e.select(List.of(instance));
            e.tell("Made \u201c" + name + "\u201d: edit it under Components, every copy follows");
        }
    }

    /** Opens the master of the selected instance, where editing changes every copy. */
    private static void editComponent(Editor e) {
        String master = sel(e).stream().filter(id -> Components.isInstance(e.doc(), id))
                .map(id -> e.doc().text(id, Props.MASTER)).filter(m -> m != null && e.doc().isLive(m)).findFirst().orElse(null);
        if (master == null) {
            e.tell("Select a component to edit its master");
            return;
        }
        e.showScreen(master);
    }

    private static void ungroup(Editor e) {
        List<Put> ops = new ArrayList<>();
        List<String> children = new ArrayList<>();
        for (String id : sel(e)) {
            List<Put> undo = Arrange.ungroup(e.doc(), id);
            if (undo.isEmpty()) continue;
            children.addAll(e.doc().children(e.doc().text(id, Props.SCREEN), id));
            ops.addAll(undo);
        }
        if (ops.isEmpty()) {
            e.tell("Select a group to ungroup");
            return;
        }
        if (e.submit(ops)) e.select(children);
    }

    /** Sets the flag on all selected elements, or clears it when all of them have it already. */
    private static void flip(Editor e, String prop, String on, String off) {
        List<String> ids = sel(e);
        boolean all = ids.stream().allMatch(id -> e.doc().flag(id, prop));
        if (e.submit(Edits.set(e.doc(), ids, prop, Value.of(!all)))) e.tell((all ? off : on) + " " + ids.size() + (ids.size() == 1 ? " element" : " elements"));
    }

    private static List<String> sel(Editor e) {
        return List.copyOf(e.selection());
    }
}
