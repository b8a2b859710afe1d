package dev.blueline.desktop.panels;

import atlantafx.base.theme.Styles;
import dev.blueline.desktop.editor.Editor;
import javafx.application.Platform;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ColorPicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The project's screens in order: click to show one, add from a device preset or a custom size,
 * rename in place (double-click or F2), drag to reorder, delete, and set the shown screen's
 * background. Node id {@code screens-panel}; the list is {@code screens-list}.
 */
public final class ScreensPanel extends VBox {
    private final ScreensViewModel vm;
    private final ListView<String> list;
    private final ColorPicker background = new ColorPicker(Color.WHITE);
    private final HBox customForm;
    private boolean syncing;
    private boolean mouseDown;

    public ScreensPanel(Editor editor) {
        this.vm = new ScreensViewModel(editor);
        setId("screens-panel");
        getStyleClass().add("screens-panel");
        setSpacing(6);
        setPadding(new Insets(8));

        ScreenCell.Gesture gesture = new ScreenCell.Gesture();
        list = new ListView<>(vm.screens());
        list.setId("screens-list");
        list.setEditable(false); // only while renaming, see ScreenCell.rename
        list.getSelectionModel().setSelectionMode(SelectionMode.SINGLE);
        list.setCellFactory(v -> new ScreenCell(vm, gesture));
        list.setPlaceholder(new Label("No screens yet"));
        list.setPrefHeight(180);
        VBox.setVgrow(list, Priority.ALWAYS);
        list.setOnKeyPressed(e -> {
            String id = list.getSelectionModel().getSelectedItem();
            if (id == null || list.getEditingIndex() >= 0) return;
            if (e.getCode() == KeyCode.F2) {
                ScreenCell.rename(list, list.getSelectionModel().getSelectedIndex());
                e.consume();
            } else if (e.getCode() == KeyCode.DELETE || e.getCode() == KeyCode.BACK_SPACE) {
                vm.delete(id);
                e.consume();
            }
        });

        customForm = customSizeForm();
        getChildren().addAll(header(), customForm, list, footer());

        // a mouse shows the screen it selected on release (rows it merely passed while dragging stay unshown);
        // the keyboard shows it at once
        list.addEventFilter(MouseEvent.MOUSE_PRESSED, e -> mouseDown = true);
        list.addEventFilter(MouseEvent.MOUSE_RELEASED, e -> {
            mouseDown = false;
            String now = list.getSelectionModel().getSelectedItem();
            if (now != null) Platform.runLater(() -> {
                if (!syncing && now.equals(list.getSelectionModel().getSelectedItem())) vm.show(now);
            });
        });
        list.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> {
            if (!syncing && !mouseDown && now != null) vm.show(now);
        });
        editor.screenProperty().addListener((o, was, now) -> selectCurrent());
        vm.screens().addListener((ListChangeListener<String>) c -> selectCurrent());
        vm.revisionProperty().addListener((o, was, now) -> {
            list.refresh();
            updateFooter();
        });
        selectCurrent();
    }

    /** What this panel does, for menus and shortcuts elsewhere in the window. */
    public ScreensViewModel viewModel() {
        return vm;
    }

    private HBox header() {
        Label title = new Label("Screens");
        title.getStyleClass().add(Styles.TITLE_4);
        MenuButton add = new MenuButton(null, new FontIcon(Feather.PLUS));
        add.setId("screens-add");
        add.setTooltip(new Tooltip("Add screen"));
        add.getStyleClass().addAll(Styles.FLAT, Styles.BUTTON_ICON);
        for (DevicePreset p : DevicePreset.values()) {
            MenuItem item = new MenuItem(p.describe());
            item.setId("screens-add-" + p.wireName());
            item.setOnAction(e -> vm.add(p));
            add.getItems().add(item);
        }
        MenuItem custom = new MenuItem("Custom size…");
        custom.setId("screens-add-custom");
        custom.setOnAction(e -> showCustomForm(true));
        add.getItems().add(custom);
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox h = new HBox(6, title, gap, add);
        h.setAlignment(Pos.CENTER_LEFT);
        return h;
    }

    private HBox customSizeForm() {
        TextField w = new TextField("1280");
        w.setId("screens-custom-w");
        TextField h = new TextField("800");
        h.setId("screens-custom-h");
        w.setPrefColumnCount(4);
        h.setPrefColumnCount(4);
        Button ok = new Button("Add");
        ok.setId("screens-custom-add");
        ok.setDefaultButton(false);
        Button cancel = new Button(null, new FontIcon(Feather.X));
        cancel.getStyleClass().addAll(Styles.FLAT, Styles.BUTTON_ICON);
        cancel.setTooltip(new Tooltip("Cancel"));
        Runnable addIt = () -> {
            if (vm.addCustom(w.getText(), h.getText()) != null) showCustomForm(false);
        };
        ok.setOnAction(e -> addIt.run());
        w.setOnAction(e -> addIt.run());
        h.setOnAction(e -> addIt.run());
        cancel.setOnAction(e -> showCustomForm(false));
        HBox form = new HBox(4, w, new Label("×"), h, ok, cancel);
        form.setId("screens-custom");
        form.setAlignment(Pos.CENTER_LEFT);
        form.setVisible(false);
        form.setManaged(false);
        return form;
    }

    private void showCustomForm(boolean show) {
        customForm.setVisible(show);
        customForm.setManaged(show);
        if (show) customForm.getChildren().getFirst().requestFocus();
    }

    private HBox footer() {
        background.setId("screens-background");
        background.getStyleClass().add(ColorPicker.STYLE_CLASS_BUTTON);
        background.setTooltip(new Tooltip("Background of the shown screen"));
        background.valueProperty().addListener((o, was, now) -> {
            String id = vm.current();
            if (!syncing && id != null && now != null) vm.setBackground(id, Colors.hex(now));
        });
        Button reset = new Button("Default");
        reset.setId("screens-background-default");
        reset.getStyleClass().add(Styles.FLAT);
        reset.setOnAction(e -> {
            if (vm.current() != null) vm.setBackground(vm.current(), null);
        });
        Button delete = new Button(null, new FontIcon(Feather.TRASH_2));
        delete.setId("screens-delete");
        delete.getStyleClass().addAll(Styles.FLAT, Styles.BUTTON_ICON);
        delete.setTooltip(new Tooltip("Delete the shown screen"));
        delete.setOnAction(e -> {
            if (vm.current() != null) vm.delete(vm.current());
        });
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox f = new HBox(4, new Label("Background"), background, reset, gap, delete);
        f.setAlignment(Pos.CENTER_LEFT);
        f.disableProperty().bind(list.getSelectionModel().selectedItemProperty().isNull());
        return f;
    }

    private void selectCurrent() {
        syncing = true;
        try {
            String current = vm.current();
            if (current == null || !vm.screens().contains(current)) list.getSelectionModel().clearSelection();
            else if (!current.equals(list.getSelectionModel().getSelectedItem())) {
                list.getSelectionModel().select(current);
                list.scrollTo(current);
            }
        } finally {
            syncing = false;
        }
        updateFooter();
    }

    private void updateFooter() {
        String id = vm.current();
        Color c = id == null ? null : Colors.parse(vm.background(id));
        boolean was = syncing;
        syncing = true;
        try {
            background.setValue(c == null ? Color.WHITE : c);
        } finally {
            syncing = was;
        }
    }
}
