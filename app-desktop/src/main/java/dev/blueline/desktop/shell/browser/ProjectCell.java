package dev.blueline.desktop.shell.browser;

import dev.blueline.server.store.Project;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

import java.time.Instant;

/** A project in the browser's list: its name and when it last changed. */
final class ProjectCell extends ListCell<Project> {
    private final Label name = new Label();
    private final Label changed = new Label();
    private final VBox box = new VBox(2, name, changed);

    ProjectCell() {
        getStyleClass().add("project-cell");
        name.getStyleClass().add("project-name");
        changed.getStyleClass().add("project-changed");
        name.setGraphic(new FontIcon(Feather.LAYOUT));
    }

    @Override
    protected void updateItem(Project p, boolean empty) {
        super.updateItem(p, empty);
        if (empty || p == null) {
            setGraphic(null);
            return;
        }
        name.setText(p.name());
        changed.setText("Changed " + TimeAgo.of(p.updatedAt(), Instant.now()));
        setGraphic(box);
    }
}
