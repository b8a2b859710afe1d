package dev.blueline.desktop.shell.menus;

import dev.blueline.desktop.shell.Dialogs;
import dev.blueline.desktop.shell.EditorWindow;
import dev.blueline.desktop.shell.actions.Action;
import dev.blueline.desktop.shell.actions.ActionSet;
import dev.blueline.desktop.shell.actions.Command;
import dev.blueline.model.room.Role;
import dev.blueline.server.store.Invite;
import javafx.scene.control.Menu;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import org.kordamp.ikonli.feather.Feather;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Session: how this window is connected, and invite codes for the project. */
final class SessionMenu {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm", Locale.ENGLISH);

    private SessionMenu() {
    }

    static Menu build(EditorWindow w, ActionSet a) {
        a.add(Action.of(Command.CONNECTION_STATUS, Feather.WIFI, () -> showStatus(w)));
        a.add(Action.of(Command.INVITE_EDITOR, Feather.USER_PLUS, () -> copyInvite(w, Role.EDITOR)));
        a.add(Action.of(Command.INVITE_VIEWER, null, () -> copyInvite(w, Role.VIEWER)));
        Menu m = EditorMenus.menu("Session", "menu-session");
        m.getItems().addAll(a.get(Command.CONNECTION_STATUS).menuItem(), new SeparatorMenuItem(),
                a.get(Command.INVITE_EDITOR).menuItem(), a.get(Command.INVITE_VIEWER).menuItem());
        return m;
    }

    private static void showStatus(EditorWindow w) {
        var ws = w.shell().workspace();
        var sync = w.session().sync();
        String text = "Connection: " + w.session().state().label()
                + "\nHost: this computer (" + ws.host().url() + ")"
                + "\nChanges waiting for the host: " + sync.pending().size()
                + "\nLast change seen: #" + sync.confirmedSeq()
                + "\nYou are: " + ws.me().name();
        Dialogs.info(w.stage(), "Connection", "“" + w.project().name() + "”", text);
    }

    /** Makes an invite for this project and puts its code on the clipboard. */
    private static void copyInvite(EditorWindow w, Role role) {
        var ws = w.shell().workspace();
        Invite invite = ws.host().invite(w.project().id(), role, ws.me().id());
        ClipboardContent content = new ClipboardContent();
        content.putString(invite.code());
        Clipboard.getSystemClipboard().setContent(content);
        w.editor().tell("Invite code for " + (role == Role.EDITOR ? "an editor" : "a viewer") + " copied; valid until "
                + WHEN.format(invite.expiresAt().atZone(ZoneId.systemDefault())));
    }
}
