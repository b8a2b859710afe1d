package dev.blueline.desktop.shell;

import dev.blueline.desktop.editor.Editor;
import dev.blueline.desktop.editor.commands.Arrange;
import dev.blueline.desktop.session.ConnectionState;
import dev.blueline.model.geometry.Rect;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

import java.util.List;

/** The bottom line: zoom, connection to the host, who is here, the selection's size, and the editor's last message. */
public final class StatusBar extends HBox {
    private final Editor editor;
    private final Label zoom = label("status-zoom");
    private final Label connection = label("status-connection");
    private final Label people = label("status-people");
    private final Label selection = label("status-selection");
    private final Label message = label("status-message");
    private final Label preview = label("status-preview");
    private final Label viewOnly = label("status-view-only");

    public StatusBar(Editor editor, String myName) {
        this.editor = editor;
        getStyleClass().add("status-bar");
        setId("status-bar");
        message.getStyleClass().add("status-message");
        preview.getStyleClass().add("preview-badge");
        preview.setText("Preview: click links to follow them, Esc to leave");
        preview.visibleProperty().bind(editor.previewProperty());
        preview.managedProperty().bind(editor.previewProperty());
        viewOnly.getStyleClass().add("preview-badge");
        viewOnly.setText("Viewer: look, follow and chat");
        viewOnly.visibleProperty().bind(editor.viewOnlyProperty());
        viewOnly.managedProperty().bind(editor.viewOnlyProperty());
        connection.setGraphic(new FontIcon(Feather.WIFI));
        people.setGraphic(new FontIcon(Feather.USERS));
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        getChildren().addAll(zoom, connection, people, selection, preview, viewOnly, gap, message);

        zoom.textProperty().bind(editor.viewport().zoomProperty().map(z -> Math.round(z.doubleValue() * 100) + "%"));
        message.textProperty().bind(editor.statusProperty());
        editor.selection().addListener((javafx.collections.ListChangeListener<String>) c -> showSelection());
        editor.addListener(ids -> showSelection());
        setConnection(ConnectionState.CONNECTING);
        setPeople(List.of(myName));
        showSelection();
    }

    public void setConnection(ConnectionState state) {
        connection.setText(state.label());
        connection.getStyleClass().removeAll("connection-online", "connection-offline");
        if (state == ConnectionState.ONLINE) connection.getStyleClass().add("connection-online");
        if (state == ConnectionState.OFFLINE || state == ConnectionState.ENDED) connection.getStyleClass().add("connection-offline");
    }

    /** Who is in the project now; the first name is this user. */
    public void setPeople(List<String> names) {
        if (names.size() <= 1) {
            people.setText("Just you" + (names.isEmpty() ? "" : " (" + names.getFirst() + ")"));
        } else {
            people.setText(String.join(", ", names));
        }
    }

    private void showSelection() {
        List<String> ids = List.copyOf(editor.selection());
        if (ids.isEmpty()) {
            selection.setText("No selection");
            return;
        }
        Rect box = Arrange.bounds(editor.doc(), ids);
        String size = box == null ? "" : "  " + Math.round(box.w()) + " \u00d7 " + Math.round(box.h());
        selection.setText((ids.size() == 1 ? "1 element" : ids.size() + " elements") + size);
    }

    private static Label label(String id) {
        Label l = new Label();
        l.setId(id);
        return l;
    }
}
