package dev.blueline.desktop.panels;

import atlantafx.base.theme.Styles;
import javafx.geometry.Pos;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TextField;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.shape.Rectangle;

import java.util.ArrayList;
import java.util.List;

/** One screen in the list: swatch, name, size; renamed in place; dragged to reorder. */
final class ScreenCell extends ListCell<String> {
    private final ScreensViewModel vm;
    private final Gesture gesture;
    private final Rectangle swatch = new Rectangle(12, 12);
    private final Label name = new Label();
    private final Label size = new Label();
    private final HBox row;
    private TextField field;
    private String renaming;

    ScreenCell(ScreensViewModel vm, Gesture gesture) {
        this.vm = vm;
        this.gesture = gesture;
        swatch.setArcWidth(4);
        swatch.setArcHeight(4);
        swatch.setStroke(Color.web("#94a3b8"));
        size.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        row = new HBox(8, swatch, name, gap, size);
        row.setAlignment(Pos.CENTER_LEFT);
        getStyleClass().add("screen-row");
        setOnMouseClicked(e -> {
            if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2 && !isEmpty()) rename(getListView(), getIndex());
        });
        MenuItem rename = new MenuItem("Rename");
        rename.setOnAction(e -> rename(getListView(), getIndex()));
        MenuItem delete = new MenuItem("Delete");
        delete.setOnAction(e -> vm.delete(getItem()));
        ContextMenu menu = new ContextMenu(rename, delete);
        emptyProperty().addListener((o, was, empty) -> setContextMenu(empty ? null : menu));
        installDrag();
    }

    /**
     * Starts renaming row {@code index} in place. The list is editable only while renaming, so a
     * click on the selected row (or the start of a drag) never opens the name field by itself.
     */
    static void rename(javafx.scene.control.ListView<String> list, int index) {
        if (index < 0 || index >= list.getItems().size()) return;
        list.setEditable(true);
        list.edit(index);
    }

    @Override
    protected void updateItem(String id, boolean empty) {
        super.updateItem(id, empty);
        setText(null);
        if (empty || id == null) {
            setGraphic(null);
            return;
        }
        if (isEditing()) return;
        name.setText(vm.name(id));
        size.setText(vm.size(id));
        Color bg = Colors.parse(vm.background(id));
        swatch.setFill(bg == null ? Color.WHITE : bg);
        setGraphic(row);
    }

    @Override
    public void startEdit() {
        if (isEmpty()) return;
        super.startEdit();
        if (!isEditing()) return;
        renaming = getItem();
        TextField f = RenameField.of("screens-rename", vm.name(renaming), this::commitEdit, this::cancelEdit, t -> isEditing() && field == t);
        field = f;
        RenameField.show(this, f);
    }

    @Override
    public void cancelEdit() {
        super.cancelEdit();
        done();
        updateItem(getItem(), isEmpty());
        getListView().requestFocus();
    }

    @Override
    public void commitEdit(String newName) {
        if (!isEditing()) return;
        String id = renaming;
        // the list's own commit would replace the id with the name: rename through the view model instead
        super.cancelEdit();
        done();
        if (id != null) vm.rename(id, newName);
        updateItem(getItem(), isEmpty());
        getListView().requestFocus();
    }

    private void done() {
        field = null;
        renaming = null;
        if (getListView() != null) getListView().setEditable(false);
    }

    private void installDrag() {
        // list cells get re-used for other rows while the pointer moves, so the gesture is shared by all rows
        addEventFilter(MouseEvent.MOUSE_PRESSED, e -> gesture.pressed = isEmpty() || isEditing() ? null : getItem());
        addEventFilter(MouseEvent.MOUSE_DRAGGED, e -> {
            if (gesture.dragged != null) e.consume(); // no selecting rows on the way
        });
        setOnDragDetected(e -> {
            if (gesture.pressed == null || e.getButton() != MouseButton.PRIMARY) return;
            gesture.dragged = gesture.pressed;
            startFullDrag();
            e.consume();
        });
        setOnMouseDragOver(e -> {
            if (gesture.dragged == null) return;
            DropPosition.mark(this, isEmpty() ? null : DropPosition.at(e.getY(), getHeight(), false));
        });
        setOnMouseDragExited(e -> DropPosition.clear(this));
        setOnMouseDragReleased(e -> {
            String source = gesture.dragged;
            gesture.dragged = null;
            DropPosition.clear(this);
            if (source == null) return;
            e.consume();
            if (!source.equals(getItem())) {
                List<String> others = new ArrayList<>(getListView().getItems());
                others.remove(source);
                int index = isEmpty() ? others.size()
                        : others.indexOf(getItem()) + (DropPosition.at(e.getY(), getHeight(), false) == DropPosition.AFTER ? 1 : 0);
                vm.move(source, index);
            }
            getListView().getSelectionModel().select(source);
            vm.show(source);
        });
    }

    /** One press-drag-release on the list. */
    static final class Gesture {
        String pressed;
        String dragged;
    }
}
