package dev.blueline.desktop.panels;

import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;

import java.util.List;

/**
 * Dragging rows of the layers tree: onto the middle of a container row puts them into it; onto the
 * top or bottom edge of a row puts them in front of or behind it; below the last row sends them to
 * the back of the screen. A press-drag-release gesture inside the window, shared by all rows
 * (tree cells get re-used for other rows while the pointer moves).
 */
final class LayerDrag {
    private final LayersViewModel vm;
    private List<String> pressed = List.of();
    private List<String> dragged = List.of();

    LayerDrag(LayersViewModel vm) {
        this.vm = vm;
    }

    void install(LayerCell cell) {
        // what a drag carries is decided on press: the selection when the row is in it, else the row
        cell.addEventFilter(MouseEvent.MOUSE_PRESSED, e -> pressed = cell.isEmpty() || cell.renamingNow() ? List.of() : cell.dragIds());
        cell.addEventFilter(MouseEvent.MOUSE_DRAGGED, e -> {
            if (!dragged.isEmpty()) e.consume(); // no selecting rows on the way
        });
        cell.setOnDragDetected(e -> {
            if (pressed.isEmpty() || e.getButton() != MouseButton.PRIMARY) return;
            dragged = pressed;
            cell.startFullDrag();
            e.consume();
        });
        cell.setOnMouseDragOver(e -> {
            if (dragged.isEmpty()) return;
            DropPosition.mark(cell, position(cell, e.getY()));
        });
        cell.setOnMouseDragExited(e -> DropPosition.clear(cell));
        cell.setOnMouseDragReleased(e -> {
            List<String> ids = dragged;
            dragged = List.of();
            DropPosition.clear(cell);
            if (ids.isEmpty()) return;
            e.consume();
            String target = cell.isEmpty() ? null : cell.getItem();
            if (target == null || !ids.contains(target)) {
                DropPosition p = target == null ? DropPosition.AFTER : position(cell, e.getY());
                vm.move(ids, target, p);
            }
            vm.editor().select(ids); // what was dragged stays selected and shows where it went
        });
    }

    private DropPosition position(LayerCell cell, double y) {
        if (cell.isEmpty()) return null;
        String id = cell.getItem();
        return DropPosition.at(y, cell.getHeight(), vm.isContainer(id) && !dragged.contains(id));
    }
}
