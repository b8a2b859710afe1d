package dev.blueline.desktop.panels;

import atlantafx.base.theme.Styles;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.control.TreeCell;
import javafx.scene.control.TreeView;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

import java.util.List;

/** One layer: its name (or the control's), and lock and visibility toggles; renamed in place, dragged to move. */
final class LayerCell extends TreeCell<String> {
    private final LayersViewModel vm;
    private final LayerDrag drag;
    private final Label label = new Label();
    private final Button visibility = new Button();
    private final Button lock = new Button();
    private final HBox row;
    private TextField field;
    private String renaming;

    LayerCell(LayersViewModel vm, LayerDrag drag) {
        this.vm = vm;
        this.drag = drag;
        visibility.getStyleClass().addAll("layer-visibility", Styles.FLAT, Styles.BUTTON_ICON, Styles.SMALL);
        lock.getStyleClass().addAll("layer-lock", Styles.FLAT, Styles.BUTTON_ICON, Styles.SMALL);
        visibility.setFocusTraversable(false);
        lock.setFocusTraversable(false);
        visibility.setOnAction(e -> {
            if (getItem() != null) vm.toggleHidden(getItem());
        });
        lock.setOnAction(e -> {
            if (getItem() != null) vm.toggleLocked(getItem());
        });
        // a long label ends in "…" instead of pushing the eye and lock out of the panel
        label.setMinWidth(20);
        label.setPrefWidth(60);
        label.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(label, Priority.ALWAYS);
        row = new HBox(2, label, visibility, lock);
        row.setAlignment(Pos.CENTER_LEFT);
        getStyleClass().add("layer-row");
        setOnMouseClicked(e -> {
            if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2 && !isEmpty()
                    && !(e.getTarget() instanceof javafx.scene.Node n && (isInside(n, visibility) || isInside(n, lock)))) {
                rename(getTreeView(), getTreeItem());
            }
        });
        drag.install(this);
    }

    /** Starts renaming a row in place; the tree is editable only meanwhile (a click never starts it). */
    static void rename(TreeView<String> tree, javafx.scene.control.TreeItem<String> item) {
        if (item == null || item == tree.getRoot()) return;
        tree.setEditable(true);
        tree.edit(item);
    }

    private static boolean isInside(javafx.scene.Node n, javafx.scene.Node parent) {
        for (javafx.scene.Node p = n; p != null; p = p.getParent()) {
            if (p == parent) return true;
        }
        return false;
    }

    @Override
    protected void updateItem(String id, boolean empty) {
        super.updateItem(id, empty);
        setText(null);
        if (empty || id == null) {
            setGraphic(null);
            setTooltip(null);
            return;
        }
        if (isEditing()) return;
        boolean hidden = vm.hidden(id), locked = vm.locked(id);
        label.setText(vm.label(id));
        label.setOpacity(hidden ? 0.45 : 1);
        setTooltip(new Tooltip(vm.typeName(id)));
        visibility.setGraphic(new FontIcon(hidden ? Feather.EYE_OFF : Feather.EYE));
        visibility.setTooltip(new Tooltip(hidden ? "Show" : "Hide"));
        visibility.setOpacity(hidden ? 1 : 0.55);
        lock.setGraphic(new FontIcon(locked ? Feather.LOCK : Feather.UNLOCK));
        lock.setTooltip(new Tooltip(locked ? "Unlock" : "Lock"));
        lock.setOpacity(locked ? 1 : 0.55);
        pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("hidden-layer"), hidden);
        pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("locked-layer"), locked);
        setGraphic(row);
    }

    @Override
    public void startEdit() {
        if (isEmpty()) return;
        super.startEdit();
        if (!isEditing()) return;
        renaming = getItem();
        String name = vm.editor().doc().text(renaming, dev.blueline.model.document.Props.NAME);
        TextField f = RenameField.of("layers-rename", name == null ? "" : name, this::commitEdit, this::cancelEdit, t -> isEditing() && field == t);
        f.setPromptText(vm.typeName(renaming));
        field = f;
        RenameField.show(this, f);
    }

    @Override
    public void cancelEdit() {
        super.cancelEdit();
        done();
        updateItem(getItem(), isEmpty());
    }

    @Override
    public void commitEdit(String newName) {
        if (!isEditing()) return;
        String id = renaming;
        super.cancelEdit(); // the tree's own commit would put the name where the id belongs
        done();
        if (id != null) vm.rename(id, newName);
        updateItem(getItem(), isEmpty());
        if (getTreeView() != null) getTreeView().requestFocus();
    }

    private void done() {
        field = null;
        renaming = null;
        if (getTreeView() != null) getTreeView().setEditable(false);
    }

    /** The ids a drag starting on this row carries: the selection when the row is in it, else just this row. */
    List<String> dragIds() {
        List<String> selected = getTreeView().getSelectionModel().getSelectedItems().stream()
                .filter(i -> i != null && i.getValue() != null).map(javafx.scene.control.TreeItem::getValue).toList();
        return selected.contains(getItem()) ? selected : List.of(getItem());
    }

    boolean renamingNow() {
        return isEditing();
    }
}
