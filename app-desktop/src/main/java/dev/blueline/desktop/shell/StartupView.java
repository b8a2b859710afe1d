package dev.blueline.desktop.shell;

import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;

/** The small window shown at once while the workspace (database and local host) opens. */
public final class StartupView {
    private StartupView() {
    }

    public static void show(Stage stage) {
        Label title = new Label("Blueline");
        title.getStyleClass().add("startup-title");
        ProgressIndicator spinner = new ProgressIndicator();
        spinner.setPrefSize(36, 36);
        Label what = new Label("Starting…");
        what.setId("startup-message");
        VBox box = new VBox(title, spinner, what);
        box.getStyleClass().add("startup");
        box.setId("startup");
        stage.setTitle("Blueline");
        stage.setScene(Theme.style(new Scene(box, 320, 180)));
        stage.show();
    }
}
