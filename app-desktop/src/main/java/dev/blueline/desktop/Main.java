package dev.blueline.desktop;

import javafx.application.Application;

/** Starts the desktop app. Not an {@code Application} itself, so JavaFX can run from the class path. */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        Application.launch(BluelineApp.class, args);
    }
}
