package dev.blueline.desktop.shell.browser;

import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

import java.time.Instant;

/**
 * A project in the browser's list: its name and when it last changed, or, for one joined on a
 * teammate's host, where that host is and the name used there.
 */
final class ProjectCell extends ListCell<Listed> {
    private final Label name = new Label();
    private final Label changed = new Label();
    private final VBox box = new VBox(2, name, changed);

    ProjectCell() {
        getStyleClass().add("project-cell");
        name.getStyleClass().add("project-name");
        changed.getStyleClass().add("project-changed");
    }

    @Override
    protected void updateItem(Listed item, boolean empty) {
        super.updateItem(item, empty);
        if (empty || item == null) {
            setGraphic(null);
            return;
        }
        name.setText(item.name());
        switch (item) {
            case Listed.Own own -> {
                name.setGraphic(new FontIcon(Feather.LAYOUT));
                changed.setText("Changed " + TimeAgo.of(own.project().updatedAt(), Instant.now()));
            }
            case Listed.Joined j -> {
                name.setGraphic(new FontIcon(Feather.USERS));
                changed.setText("On " + j.joined().linkHost() + ", a teammate's host · you are " + j.joined().displayName()
                        + " · opened " + TimeAgo.of(j.joined().openedAt(), Instant.now()));
            }
        }
        setGraphic(box);
    }
}
