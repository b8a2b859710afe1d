package dev.blueline.desktop.shell;

import dev.blueline.desktop.workspace.LanAddresses;
import dev.blueline.server.LanShare;
import dev.blueline.server.api.JoinLink;
import dev.blueline.server.lan.LanBrowser;
import dev.blueline.server.lan.SessionAdvert;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.application.Platform;
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

/**
 * Session ▸ Join…: the sessions hosted on this network, a field for the invite link (or, with a
 * session picked, just its code) and the name to appear under. Joining happens in {@link Shell#join}.
 */
public final class JoinDialog {
    private JoinDialog() {
    }

    /**
     * The link to join: {@code text} as a whole link, or, when a session found on the network is
     * picked, {@code text} as the invite code for it. Throws with what is wrong.
     */
    static JoinLink linkFrom(String text, SessionAdvert.Found picked) {
        String t = text == null ? "" : text.strip();
        if (picked != null && !t.isEmpty() && !t.contains("://")) {
            return JoinLink.parse("blueline://" + LanShare.authorityOf(picked.address(), picked.port()) + "/join/" + t
                    + (picked.fingerprint() == null ? "" : "?fp=" + picked.fingerprint()));
        }
        return JoinLink.parse(t);
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
        TextField name = new TextField(shell.workspace().me().name());
        name.setId("join-name");
        Label problem = new Label();
        problem.setId("join-problem");
        problem.setWrapText(true);
        problem.getStyleClass().add("text-danger");
        d.getDialogPane().setContent(new VBox(8, new Label("Sessions on this network"), found,
                new Label("Invite link"), link, new Label("Your name in the session"), name, problem));

        List<LanBrowser> browsers = new ArrayList<>();
        Thread.ofPlatform().name("join-browse").daemon(true).start(() -> {
            List<InetAddress> where = networks != null ? networks : LanAddresses.candidates().stream().map(LanAddresses.Choice::address).toList();
            for (InetAddress address : where) {
                try {
                    LanBrowser b = LanBrowser.start(address);
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
                target = linkFrom(link.getText(), found.getSelectionModel().getSelectedItem());
            } catch (IllegalArgumentException bad) {
                problem.setText(bad.getMessage());
                return;
            }
            String who = Objects.requireNonNullElse(name.getText(), "").strip();
            if (who.isEmpty()) {
                problem.setText("Say the name teammates will see");
                return;
            }
            problem.setText("Joining…");
            shell.join(target, who).whenComplete((w, failure) -> Platform.runLater(() -> {
                if (failure != null) problem.setText("Could not join: " + failure.getMessage());
                else d.close();
            }));
        });
        d.show();
    }
}
