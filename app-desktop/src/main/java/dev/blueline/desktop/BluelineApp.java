package dev.blueline.desktop;

import dev.blueline.model.catalog.Catalog;
import dev.blueline.model.catalog.ControlType;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.collections.FXCollections;
import javafx.collections.transformation.FilteredList;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;

/** The desktop app. For now: the controls catalog, searchable. */
public final class BluelineApp extends Application {

    @Override
    public void start(Stage stage) {
        FilteredList<ControlType> controls = new FilteredList<>(FXCollections.observableArrayList(Catalog.all()));
        TextField search = new TextField();
        search.setId("palette-search");
        search.setPromptText("Search controls");
        search.textProperty().addListener((o, was, now) -> {
            var found = Catalog.search(now);
            controls.setPredicate(found::contains);
        });
        ListView<ControlType> list = new ListView<>(controls);
        list.setId("palette");
        list.setCellFactory(v -> new javafx.scene.control.ListCell<>() {
            @Override
            protected void updateItem(ControlType c, boolean empty) {
                super.updateItem(c, empty);
                setText(empty || c == null ? null : c.displayName() + "  ·  " + c.category().displayName());
            }
        });
        VBox top = new VBox(6, new Label("Blueline — controls catalog (" + Catalog.all().size() + ")"), search);
        top.setStyle("-fx-padding: 10");
        BorderPane root = new BorderPane(list, top, null, null, null);
        stage.setTitle("Blueline");
        stage.setScene(new Scene(root, 420, 640));
        if (Boolean.getBoolean("blueline.exitAfterShow")) stage.setOnShown(e -> Platform.runLater(Platform::exit));
        stage.show();
    }
}
