package dev.blueline.desktop.panels;

import atlantafx.base.theme.Styles;
import dev.blueline.desktop.editor.Editor;
import dev.blueline.desktop.editor.commands.Layers;
import javafx.application.Platform;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The current screen's elements by containment, front-most first. Selecting rows selects on the
 * canvas and the other way round; drag rows to re-stack or re-parent them; double-click or F2 to
 * name a layer; per-row lock and visibility toggles. Node id {@code layers-panel}; the tree is
 * {@code layers-tree}.
 */
public final class LayersPanel extends VBox {
    private final LayersViewModel vm;
    private final Editor editor;
    private final TreeView<String> tree = new TreeView<>();
    private final TreeItem<String> root = new TreeItem<>();
    private final Map<String, TreeItem<String>> items = new HashMap<>();
    private boolean syncing;

    public LayersPanel(Editor editor) {
        this.editor = editor;
        this.vm = new LayersViewModel(editor);
        setId("layers-panel");
        getStyleClass().add("layers-panel");
        setSpacing(6);
        setPadding(new Insets(8));
        Label title = new Label("Layers");
        title.getStyleClass().add(Styles.TITLE_4);

        tree.setId("layers-tree");
        tree.setRoot(root);
        tree.setShowRoot(false);
        tree.setEditable(false); // only while renaming, see LayerCell.rename
        tree.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        LayerDrag drag = new LayerDrag(vm);
        tree.setCellFactory(t -> new LayerCell(vm, drag));
        tree.setPrefHeight(260);
        VBox.setVgrow(tree, Priority.ALWAYS);
        tree.setOnKeyPressed(e -> {
            TreeItem<String> focused = tree.getSelectionModel().getSelectedItem();
            if (tree.getEditingItem() != null || focused == null) return;
            if (e.getCode() == KeyCode.F2) {
                LayerCell.rename(tree, focused);
                e.consume();
            } else if (e.getCode() == KeyCode.DELETE || e.getCode() == KeyCode.BACK_SPACE) {
                vm.delete(List.copyOf(editor.selection()));
                e.consume();
            }
        });
        getChildren().addAll(title, tree);

        tree.getSelectionModel().getSelectedItems().addListener((ListChangeListener<TreeItem<String>>) c -> {
            if (syncing) return;
            List<String> ids = new ArrayList<>();
            for (TreeItem<String> i : List.copyOf(tree.getSelectionModel().getSelectedItems())) {
                if (i != null && i.getValue() != null) ids.add(i.getValue());
            }
            syncing = true;
            try {
                editor.select(ids);
            } finally {
                syncing = false;
            }
        });
        editor.selection().addListener((ListChangeListener<String>) c -> showSelection());
        // after a drag the rows the pointer passed may look selected: line the tree up with the editor again
        tree.addEventFilter(MouseEvent.MOUSE_RELEASED, e -> Platform.runLater(this::showSelection));
        vm.onLook(tree::refresh);
        vm.onShape(this::rebuild);
    }

    /** What this panel does, for menus elsewhere in the window. */
    public LayersViewModel viewModel() {
        return vm;
    }

    /** Brings the tree in line with the document, reusing rows so expanded containers stay expanded. */
    private void rebuild(List<Layers.Layer> layers) {
        Map<TreeItem<String>, List<TreeItem<String>>> want = new LinkedHashMap<>();
        Set<String> seen = new HashSet<>();
        collect(root, layers, want, seen);
        syncing = true;
        try {
            // rows leave their old container before joining a new one, so no row is ever in two places
            for (var e : want.entrySet()) {
                Set<TreeItem<String>> keep = new HashSet<>(e.getValue());
                e.getKey().getChildren().removeIf(c -> !keep.contains(c));
            }
            for (var e : want.entrySet()) {
                if (!e.getKey().getChildren().equals(e.getValue())) e.getKey().getChildren().setAll(e.getValue());
            }
            items.keySet().retainAll(seen);
        } finally {
            syncing = false;
        }
        tree.refresh();
        showSelection();
    }

    private void collect(TreeItem<String> parent, List<Layers.Layer> layers, Map<TreeItem<String>, List<TreeItem<String>>> want, Set<String> seen) {
        List<TreeItem<String>> children = new ArrayList<>(layers.size());
        for (Layers.Layer l : layers) {
            TreeItem<String> item = items.computeIfAbsent(l.id(), id -> {
                TreeItem<String> t = new TreeItem<>(id);
                t.setExpanded(true);
                return t;
            });
            seen.add(l.id());
            children.add(item);
        }
        want.put(parent, children);
        for (int i = 0; i < layers.size(); i++) collect(children.get(i), layers.get(i).children(), want, seen);
    }

    /** Selects the editor's selection in the tree, opening the containers it is in. */
    private void showSelection() {
        if (syncing) return;
        syncing = true;
        try {
            var model = tree.getSelectionModel();
            List<TreeItem<String>> want = new ArrayList<>();
            for (String id : editor.selection()) {
                TreeItem<String> item = items.get(id);
                if (item == null) continue;
                for (TreeItem<String> p = item.getParent(); p != null; p = p.getParent()) p.setExpanded(true);
                want.add(item);
            }
            if (!new HashSet<>(model.getSelectedItems()).equals(new HashSet<>(want))) {
                model.clearSelection();
                for (TreeItem<String> item : want) model.select(item);
            }
            if (!want.isEmpty()) {
                int row = tree.getRow(want.getFirst());
                if (row >= 0) tree.scrollTo(Math.max(0, row - 2));
            }
        } finally {
            syncing = false;
        }
    }
}
