package dev.blueline.desktop.shell;

import dev.blueline.desktop.workspace.LanAddresses;
import dev.blueline.server.LanShare;
import dev.blueline.server.api.JoinLink;
import dev.blueline.server.tls.CertificateProbe;
import dev.blueline.server.tls.Fingerprints;
import dev.blueline.desktop.workspace.LanHosting;
import dev.blueline.server.lan.LanBrowser;
import dev.blueline.server.lan.SessionAdvert;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.application.Platform;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import javafx.util.Duration;

import java.io.IOException;
import java.net.InetAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;

/**
 * Session ▸ Join…: the sessions hosted on this network, a field for the invite link (or, with a
 * session picked or the host's address typed, just its code) and the name to appear under. Joining
 * by address shows the certificate the host presents for the user to check with the host before
 * anything is sent. Joining happens in {@link Shell#join}.
 */
public final class JoinDialog {
    private JoinDialog() {
    }

    /**
     * The link to join: {@code text} as a whole link, or, when a session found on the network is
     * picked, {@code text} as the invite code for it. Throws with what is wrong.
     */
    static JoinLink linkFrom(String text, SessionAdvert.Found picked) {
        return linkFrom(text, picked, null);
    }

    /**
     * As above, and with no session picked, {@code text} as the code for the host at {@code address}
     * ({@code host}, {@code host:port}; port {@value LanHosting#PORT} when left out). A link made from
     * a found session or an address has no fingerprint: the dialog reads the one the host presents
     * and asks the user to check it with the host.
     */
    static JoinLink linkFrom(String text, SessionAdvert.Found picked, String address) {
        String t = text == null ? "" : text.strip();
        String a = address == null ? "" : address.strip();
        if (picked != null && !t.isEmpty() && !t.contains("://")) {
            // not the advert's fingerprint: anyone on the network can announce a session, so the
            // certificate is checked with the user as for an address
            return JoinLink.parse("blueline://" + LanShare.authorityOf(picked.address(), picked.port()) + "/join/" + t);
        }
        if (!a.isEmpty() && !t.isEmpty() && !t.contains("://")) {
            return JoinLink.parse("blueline://" + withPort(a) + "/join/" + t);
        }
        return JoinLink.parse(t);
    }

    /** {@code host} or {@code host:port} (IPv6 bare or in brackets) as an authority with a port. */
    static String withPort(String address) {
        if (address.startsWith("[")) return address.contains("]:") ? address : address + ":" + LanHosting.PORT;
        long colons = address.chars().filter(c -> c == ':').count();
        if (colons == 1) return address;
        return LanShare.authorityOf(address, LanHosting.PORT);
    }

    /** Shows the dialog, looking for sessions on every network this computer is on. */
    public static void show(Shell shell, Window owner) {
        show(shell, owner, null);
    }

    /** As above, looking only on {@code networks} (null: every network this computer is on). */
    static void show(Shell shell, Window owner, List<InetAddress> networks) {
        Dialog<ButtonType> d = new Dialog<>();
        d.initOwner(owner);
        d.setTitle("Join a session");
        d.setHeaderText("Paste the invite link a teammate sent you");
        ButtonType join = new ButtonType("Join", ButtonBar.ButtonData.OK_DONE);
        d.getDialogPane().getButtonTypes().addAll(join, ButtonType.CANCEL);
        d.getDialogPane().setId("join-dialog");

        ListView<SessionAdvert.Found> found = new ListView<>();
        found.setId("join-found");
        found.setPrefHeight(120);
        found.setPlaceholder(new Label("Looking for sessions on this network…"));
        found.setCellFactory(v -> new javafx.scene.control.ListCell<>() {
            @Override
            protected void updateItem(SessionAdvert.Found f, boolean empty) {
                super.updateItem(f, empty);
                setText(empty || f == null ? null : f.name() + "  —  " + f.address() + ":" + f.port());
            }
        });
        TextField link = new TextField();
        link.setId("join-link");
        link.setPromptText("blueline://192.168.1.20:8000/join/… (or the code, with a session picked above)");
        TextField address = new TextField();
        address.setId("join-address");
        address.setPromptText("192.168.1.20:8000 — only when the session is not listed above");
        TextField name = new TextField(shell.workspace().me().name());
        name.setId("join-name");
        Label problem = new Label();
        problem.setId("join-problem");
        problem.setWrapText(true);
        problem.getStyleClass().add("text-danger");
        d.getDialogPane().setContent(new VBox(8, new Label("Sessions on this network"), found,
                new Label("Invite link (or code)"), link, new Label("Host's address, for a code when the session is not listed"), address,
                new Label("Your name in the session"), name, problem));

        List<LanBrowser> browsers = new ArrayList<>();
        Thread.ofPlatform().name("join-browse").daemon(true).start(() -> {
            List<InetAddress> where = networks != null ? networks : LanAddresses.candidates().stream().map(LanAddresses.Choice::address).toList();
            for (InetAddress network : where) {
                try {
                    LanBrowser b = LanBrowser.start(network);
                    synchronized (browsers) {
                        browsers.add(b);
                    }
                } catch (IOException e) {
                    // that network cannot be searched; a pasted link still works
                }
            }
        });
        Timeline refresh = new Timeline(new KeyFrame(Duration.seconds(1), e -> {
            List<SessionAdvert.Found> all = new ArrayList<>();
            synchronized (browsers) {
                browsers.forEach(b -> all.addAll(b.sessions()));
            }
            if (!all.equals(found.getItems())) found.getItems().setAll(all);
        }));
        refresh.setCycleCount(Timeline.INDEFINITE);
        refresh.play();
        d.setOnHidden(e -> {
            refresh.stop();
            Thread.ofPlatform().daemon(true).start(() -> {
                synchronized (browsers) {
                    browsers.forEach(b -> {
                        try {
                            b.close();
                        } catch (IOException ignored) {
                            // leaving anyway
                        }
                    });
                }
            });
        });

        d.getDialogPane().lookupButton(join).addEventFilter(javafx.event.ActionEvent.ACTION, e -> {
            e.consume(); // the dialog stays open until the join worked, showing why when it did not
            JoinLink target;
            try {
                target = linkFrom(link.getText(), found.getSelectionModel().getSelectedItem(), address.getText());
            } catch (IllegalArgumentException bad) {
                problem.setText(bad.getMessage());
                return;
            }
            String who = Objects.requireNonNullElse(name.getText(), "").strip();
            if (who.isEmpty()) {
                problem.setText("Say the name teammates will see");
                return;
            }
            java.util.function.Consumer<JoinLink> joining = checked -> {
                problem.setText("Joining…");
                shell.join(checked, who).whenComplete((w, failure) -> Platform.runLater(() -> {
                    if (failure != null) problem.setText("Could not join: " + failure.getMessage());
                    else d.close();
                }));
            };
            if (target.fingerprint() != null) {
                joining.accept(target);
                return;
            }
            // joined by address: the certificate is unknown, so the user checks it with the host first
            problem.setText("Reading the host's certificate…");
            CompletableFuture.supplyAsync(() -> probe(target), Thread::startVirtualThread).whenComplete((fp, failure) -> Platform.runLater(() -> {
                if (failure != null) {
                    problem.setText("Could not reach " + target.host() + ":" + target.port() + ": " + (failure.getCause() == null ? failure : failure.getCause()).getMessage());
                } else {
                    problem.setText("");
                    confirmFingerprint(d.getDialogPane().getScene().getWindow(), target, fp, checked -> {
                        if (checked == null) problem.setText("Not joined: the certificate was not confirmed");
                        else joining.accept(checked);
                    });
                }
            }));
        });
        d.show();
    }

    private static String probe(JoinLink target) {
        try {
            return CertificateProbe.fingerprintOf(target.host(), target.port());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /**
     * Shows the fingerprint of the certificate the host presented and asks the user to compare it
     * with the one the host's app shows (Session ▸ Connection…). Passes on the link with that
     * fingerprint pinned, or null when the user did not confirm. Dialog id {@code fingerprint-dialog}.
     */
    static void confirmFingerprint(Window owner, JoinLink target, String fingerprint, java.util.function.Consumer<JoinLink> then) {
        Alert a = new Alert(Alert.AlertType.CONFIRMATION);
        a.initOwner(owner);
        a.setTitle("Check the host's certificate");
        a.setHeaderText("Is this the certificate of " + target.host() + "?");
        Label fp = new Label(Fingerprints.readable(fingerprint));
        fp.setId("fingerprint-shown");
        fp.setWrapText(true);
        fp.setStyle("-fx-font-family: monospace; -fx-font-size: 14px;");
        Label how = new Label("Ask the person hosting to open Session ▸ Connection… and read out their certificate fingerprint. "
                + "Join only if every group matches: otherwise another computer on this network may be pretending to be the host. "
                + "(An invite link carries the fingerprint, so joining with a link skips this check.)");
        how.setWrapText(true);
        how.setPrefWidth(440);
        a.getDialogPane().setContent(new VBox(10, fp, how));
        a.getDialogPane().setId("fingerprint-dialog");
        ButtonType match = new ButtonType("They match: join", ButtonBar.ButtonData.OK_DONE);
        a.getButtonTypes().setAll(match, ButtonType.CANCEL);
        a.setOnHidden(e -> then.accept(a.getResult() == match ? new JoinLink(target.host(), target.port(), target.code(), fingerprint) : null));
        a.show();
    }
}
