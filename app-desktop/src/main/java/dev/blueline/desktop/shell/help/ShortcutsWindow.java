package dev.blueline.desktop.shell.help;

import dev.blueline.desktop.shell.Theme;
import dev.blueline.desktop.shell.actions.Command;
import dev.blueline.desktop.shell.actions.Gesture;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** Help ▸ Keyboard shortcuts: every {@link Command} with keys and every canvas {@link Gesture}, searchable. */
public final class ShortcutsWindow {
    /** One line of the list. */
    public record Row(String area, String what, String keys) {
    }

    private static Stage open;

    private ShortcutsWindow() {
    }

    /** The list, in menu order, then the canvas gestures. */
    public static List<Row> rows() {
        List<Row> rows = new ArrayList<>();
        for (Command c : Command.values()) {
            if (c.keys().isEmpty()) continue;
            rows.add(new Row(c.menu(), c.label(), c.keys().stream().map(KeyCombination::getDisplayText).collect(Collectors.joining("  or  "))));
        }
        for (Gesture g : Gesture.values()) rows.add(new Row("Canvas", g.what(), g.keys()));
        return rows;
    }

    public static Stage show(Window owner) {
        if (open != null && open.isShowing()) {
            open.toFront();
            return open;
        }
        TableView<Row> table = new TableView<>();
        table.setId("shortcuts-table");
        table.getColumns().add(column("Where", 90, Row::area));
        table.getColumns().add(column("Command", 280, Row::what));
        table.getColumns().add(column("Keys", 260, Row::keys));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        List<Row> all = rows();
        table.getItems().setAll(all);
        TextField search = new TextField();
        search.setId("shortcuts-search");
        search.setPromptText("Search shortcuts");
        search.textProperty().addListener((o, was, now) -> {
            String q = now.strip().toLowerCase(Locale.ROOT);
            table.getItems().setAll(all.stream().filter(r -> q.isEmpty() || (r.area() + " " + r.what() + " " + r.keys())
                    .toLowerCase(Locale.ROOT).contains(q)).toList());
        });
        VBox.setVgrow(table, Priority.ALWAYS);
        VBox root = new VBox(search, table, new Label("On macOS, Ctrl is \u2318."));
        root.getStyleClass().add("shortcuts-window");
        Stage stage = new Stage();
        stage.initOwner(owner);
        stage.setTitle("Keyboard shortcuts — Blueline");
        stage.setScene(Theme.style(new Scene(root, 680, 620)));
        stage.show();
        open = stage;
        return stage;
    }

    private static TableColumn<Row, String> column(String title, double width, java.util.function.Function<Row, String> value) {
        TableColumn<Row, String> c = new TableColumn<>(title);
        c.setPrefWidth(width);
        c.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        c.setSortable(false);
        return c;
    }
}
