package dev.blueline.desktop;

import dev.blueline.desktop.workspace.Workspace;
import javafx.application.Application;

import java.util.concurrent.CompletableFuture;

/** Starts the desktop app. Not an {@code Application} itself, so JavaFX can run from the class path. */
public final class Main {
    private Main() {
    }

    private static volatile CompletableFuture<Workspace> early;

    public static void main(String[] args) {
        // the database and the in-process host start while JavaFX starts: launch time is their overlap
        early = BluelineApp.open(Workspace.defaultHome());
        Application.launch(BluelineApp.class, args);
    }

    /** The workspace being opened since launch, or null when the app was not started through main. */
    static CompletableFuture<Workspace> earlyWorkspace() {
        return early;
    }
}
