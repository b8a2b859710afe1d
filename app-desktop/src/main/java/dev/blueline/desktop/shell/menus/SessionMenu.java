package dev.blueline.desktop.shell.menus;

import dev.blueline.desktop.shell.Dialogs;
import dev.blueline.desktop.shell.EditorWindow;
import dev.blueline.desktop.shell.JoinDialog;
import dev.blueline.desktop.shell.actions.Action;
import dev.blueline.desktop.shell.actions.ActionSet;
import dev.blueline.desktop.shell.actions.Command;
import dev.blueline.model.room.Role;
import dev.blueline.server.store.Invite;
import dev.blueline.server.tls.Fingerprints;
import dev.blueline.desktop.workspace.LanAddresses;
import dev.blueline.server.LanShare;
import javafx.scene.control.ChoiceDialog;
import javafx.scene.control.Menu;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import org.kordamp.ikonli.feather.Feather;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.concurrent.CompletableFuture;
import javafx.application.Platform;
import java.net.InetAddress;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/** Session: how this window is connected, hosting on the LAN, and invites for the project. */
public final class SessionMenu {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm", Locale.ENGLISH);

    private SessionMenu() {
    }

    static Menu build(EditorWindow w, ActionSet a) {
        a.add(Action.of(Command.CONNECTION_STATUS, Feather.WIFI, () -> showStatus(w)));
        a.add(Action.of(Command.INVITE_EDITOR, Feather.USER_PLUS, () -> copyInvite(w, Role.EDITOR)));
        a.add(Action.of(Command.INVITE_VIEWER, null, () -> copyInvite(w, Role.VIEWER)));
        a.add(Action.of(Command.HOST_ON_LAN, Feather.RADIO, () -> chooseAndHost(w)));
        a.add(Action.of(Command.STOP_HOSTING, null, () -> stopHosting(w)));
        a.add(Action.of(Command.JOIN, Feather.LOG_IN, () -> JoinDialog.show(w.shell(), w.stage())));
        Menu m = EditorMenus.menu("Session", "menu-session");
        m.getItems().addAll(a.get(Command.CONNECTION_STATUS).menuItem(), new SeparatorMenuItem(),
                a.get(Command.HOST_ON_LAN).menuItem(), a.get(Command.STOP_HOSTING).menuItem(), a.get(Command.JOIN).menuItem(),
                new SeparatorMenuItem(),
                a.get(Command.INVITE_EDITOR).menuItem(), a.get(Command.INVITE_VIEWER).menuItem());
        return m;
    }

    /** Asks which network to host on (when there is more than one), then opens the session there. */
    private static void chooseAndHost(EditorWindow w) {
        List<LanAddresses.Choice> choices = LanAddresses.candidates();
        if (choices.isEmpty()) {
            Dialogs.info(w.stage(), "Host on LAN", "No network to host on", "This computer is not connected to a network teammates could reach.");
            return;
        }
        if (choices.size() == 1) {
            host(w, choices.getFirst().address());
            return;
        }
        ChoiceDialog<LanAddresses.Choice> ask = new ChoiceDialog<>(choices.getFirst(), choices);
        ask.initOwner(w.stage());
        ask.setTitle("Host on LAN");
        ask.setHeaderText("Which network are your teammates on?");
        ask.showAndWait().ifPresent(c -> host(w, c.address()));
    }

    /**
     * Opens this app's host to the LAN on {@code address} and says where. Invites copied from now on
     * are links (address, code and the certificate's fingerprint) teammates join with. The listening
     * and announcing happen off the FX thread (starting multicast DNS takes a moment); completes on
     * the FX thread with where the session is, or null when it could not start (the user was told).
     */
    public static CompletableFuture<LanShare> host(EditorWindow w, InetAddress address) {
        var ws = w.shell().workspace();
        String name = ws.me().name() + "’s session — " + w.project().name();
        w.editor().tell("Starting to host on " + address.getHostAddress() + "…");
        return CompletableFuture.supplyAsync(() -> {
            try {
                return ws.lan().open(address, name);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }, Thread::startVirtualThread).handleAsync((share, failure) -> {
            if (failure != null) {
                w.editor().tell("Not hosting");
                Dialogs.error(w.stage(), "Hosting on the LAN did not start", (failure.getCause() == null ? failure : failure.getCause()).getMessage());
                return null;
            }
            String announced = ws.lan().announceProblem() == null ? "Teammates on this network see it under Session ▸ Join."
                    : "It could not be announced on this network (" + ws.lan().announceProblem() + "); invite links still work.";
            w.editor().tell("Hosting on " + share.authority() + ". " + announced + " Copy an invite from the Session menu.");
            return share;
        }, Platform::runLater);
    }

    /** Stop hosting, off the FX thread: teammates are told and given a moment to answer. Completes on the FX thread. */
    static CompletableFuture<Void> stopHosting(EditorWindow w) {
        var lan = w.shell().workspace().lan();
        if (lan.share() == null) {
            w.editor().tell("Not hosting on the LAN");
            return CompletableFuture.completedFuture(null);
        }
        w.editor().tell("Stopping hosting…");
        return CompletableFuture.runAsync(lan::stop, Thread::startVirtualThread).handleAsync((x, failure) -> {
            // a notice, kept in the chat: teammates' "left" notices arrive around the same time
            w.together().notice(failure == null ? "Stopped hosting on the LAN; teammates have been told and keep their copies"
                    : "Stopping hosting failed: " + (failure.getCause() == null ? failure : failure.getCause()).getMessage());
            return null;
        }, Platform::runLater);
    }

    private static void showStatus(EditorWindow w) {
        var ws = w.shell().workspace();
        var sync = w.session().sync();
        String host = w.joined() == null ? "this computer (" + ws.host().url() + ")"
                : w.joined().link().host() + ":" + w.joined().link().port() + ", as " + w.joined().role();
        String text = "Connection: " + w.session().state().label()
                + "\nHost: " + host
                + "\nChanges waiting for the host: " + sync.pending().size()
                + "\nLast change seen: #" + sync.confirmedSeq()
                + "\nYou are: " + ws.me().name();
        var share = ws.lan().share();
        if (share != null) text += "\nHosting on the LAN at " + share.authority() + "\nCertificate fingerprint: " + Fingerprints.readable(share.fingerprint());
        Dialogs.info(w.stage(), "Connection", "“" + w.project().name() + "”", text);
    }

    /**
     * Makes an invite for this project and puts it on the clipboard: while hosting on the LAN, the
     * link teammates join with; otherwise the code.
     */
    private static void copyInvite(EditorWindow w, Role role) {
        if (w.joined() != null) {
            w.editor().tell("Only the host of this session can invite (ask them for a link)");
            return;
        }
        var ws = w.shell().workspace();
        Invite invite = ws.host().invite(w.project().id(), role, ws.me().id());
        LanShare share = ws.lan().share();
        ClipboardContent content = new ClipboardContent();
        content.putString(share == null ? invite.code() : share.inviteLink(invite.code()));
        Clipboard.getSystemClipboard().setContent(content);
        w.editor().tell((share == null ? "Invite code" : "Invite link") + " for " + (role == Role.EDITOR ? "an editor" : "a viewer")
                + " copied; valid until " + WHEN.format(invite.expiresAt().atZone(ZoneId.systemDefault())));
    }
}
