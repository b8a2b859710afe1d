package dev.blueline.desktop.shell.browser;

import dev.blueline.desktop.shell.JoinDialog;
import dev.blueline.desktop.shell.Shell;
import dev.blueline.desktop.shell.Theme;
import dev.blueline.desktop.shell.templates.Template;
import dev.blueline.desktop.shell.templates.Templates;
import javafx.beans.binding.BooleanBinding;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The first window: the user's local projects and the ones joined on teammates' hosts, most
 * recent first (double-click or Enter opens one), and the ways to start a new one: blank, from a
 * template, or from a file.
 */
public final class ProjectBrowser extends VBox {
    private final Shell shell;
    private final ListView<Listed> list = new ListView<>();
    private final Label status = new Label();

    public ProjectBrowser(Shell shell) {
        this.shell = shell;
        setId("project-browser");
        getStyleClass().add("project-browser");

        Label title = new Label("Blueline");
        title.getStyleClass().add("browser-title");
        Label subtitle = new Label("Wireframes for teams. Pick a project, or start a new one.");
        subtitle.getStyleClass().add("browser-subtitle");

        list.setId("project-list");
        list.setCellFactory(v -> new ProjectCell());
        list.setPlaceholder(new Label("No projects yet. Start with a blank project or a template."));
        list.setOnMouseClicked(e -> {
            if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2) openSelected();
        });
        list.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) openSelected();
            if (e.getCode() == KeyCode.DELETE) deleteSelected();
        });
        VBox.setVgrow(list, Priority.ALWAYS);

        BooleanBinding none = list.getSelectionModel().selectedItemProperty().isNull();
        Button open = button("open-project", "Open", Feather.FOLDER, this::openSelected);
        open.disableProperty().bind(none);
        Button delete = button("delete-project", "Delete…", Feather.TRASH_2, this::deleteSelected);
        delete.disableProperty().bind(none);
        // a joined project is not deleted, only removed from this app: the button says which
        delete.textProperty().bind(list.getSelectionModel().selectedItemProperty().map(i -> i instanceof Listed.Joined ? "Remove…" : "Delete…")
                .orElse("Delete…"));
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox actions = new HBox(8, button("new-project", "New blank project", Feather.FILE_PLUS, () -> shell.askNewProject(window())),
                templates(), button("import-project", "Import…", Feather.DOWNLOAD, () -> shell.chooseAndImport(window())),
                button("join-session", "Join…", Feather.LOG_IN, () -> JoinDialog.show(shell, window())),
                gap, open, delete);
        status.setId("browser-status");
        getChildren().addAll(new VBox(4, title, subtitle), actions, list, status);
    }

    /** Puts the browser into its stage. */
    public void show(Stage stage) {
        refresh();
        Scene scene = new Scene(this, 880, 560);
        Theme.style(scene);
        stage.setScene(scene);
        stage.setTitle("Blueline — Projects");
        stage.setMinWidth(560);
        stage.setMinHeight(360);
    }

    public ListView<Listed> list() {
        return list;
    }

    /** Reads the project list again (keeping the selection when it is still there). */
    public void refresh() {
        Listed selected = list.getSelectionModel().getSelectedItem();
        List<Listed> items = new ArrayList<>();
        shell.workspace().projects().forEach(p -> items.add(new Listed.Own(p)));
        shell.workspace().joined().all().forEach(j -> items.add(new Listed.Joined(j)));
        items.sort(Comparator.comparing(Listed::when).reversed());
        list.getItems().setAll(items);
        if (selected != null) {
            list.getItems().stream().filter(i -> sameEntry(i, selected)).findFirst().ifPresent(i -> list.getSelectionModel().select(i));
        }
        if (list.getSelectionModel().isEmpty() && !list.getItems().isEmpty()) list.getSelectionModel().selectFirst();
    }

    /** A line under the list: what the app is doing (importing, creating). */
    public void setStatus(String text) {
        status.setText(text);
    }

    private MenuButton templates() {
        MenuButton b = new MenuButton("New from template", new FontIcon(Feather.GRID));
        b.setId("new-from-template");
        b.setMinWidth(Region.USE_PREF_SIZE);
        for (Template t : Templates.all()) {
            MenuItem item = new MenuItem(t.name() + "  —  " + t.description());
            item.setMnemonicParsing(false);
            item.setId("template-" + t.name().toLowerCase().replace(' ', '-'));
            item.setOnAction(e -> shell.askNewFromTemplate(window(), t));
            b.getItems().add(item);
        }
        return b;
    }

    private static boolean sameEntry(Listed a, Listed b) {
        return switch (a) {
            case Listed.Own o -> b instanceof Listed.Own other && o.project().id().equals(other.project().id());
            case Listed.Joined j -> b instanceof Listed.Joined other && j.joined().id().equals(other.joined().id());
        };
    }

    /** Opens an entry of the list: an own project, or a joined one (from its copy, rejoining its host). */
    public void open(Listed item) {
        switch (item) {
            case Listed.Own o -> shell.open(o.project());
            case Listed.Joined j -> shell.open(j.joined());
        }
    }

    private void openSelected() {
        Listed item = list.getSelectionModel().getSelectedItem();
        if (item != null) open(item);
    }

    private void deleteSelected() {
        switch (list.getSelectionModel().getSelectedItem()) {
            case Listed.Own o -> shell.askDelete(window(), o.project());
            case Listed.Joined j -> shell.askForget(window(), j.joined());
            case null -> {
            }
        }
    }

    private javafx.stage.Window window() {
        return getScene() == null ? null : getScene().getWindow();
    }

    private static Button button(String id, String text, Feather icon, Runnable run) {
        Button b = new Button(text, new FontIcon(icon));
        b.setId(id);
        b.setMnemonicParsing(false);
        b.setMinWidth(Region.USE_PREF_SIZE);
        b.setOnAction(e -> run.run());
        return b;
    }
}
