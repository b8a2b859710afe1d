package dev.blueline.desktop.canvas;

import dev.blueline.desktop.editor.Editor;
import dev.blueline.desktop.editor.commands.Placement;
import dev.blueline.model.catalog.Catalog;
import dev.blueline.model.catalog.ControlType;
import javafx.scene.input.DragEvent;
import javafx.scene.input.TransferMode;

import java.util.List;

/** Controls dragged from the palette land where they are dropped (inside the container under them). */
final class PaletteDrop {
    /** What the palette puts on the dragboard: this prefix and the control id. */
    public static final String PREFIX = "blueline-control:";

    PaletteDrop(CanvasView view) {
        Editor editor = view.editor();
        view.setOnDragOver(e -> {
            if (controlOf(e) != null && editor.screen() != null) e.acceptTransferModes(TransferMode.COPY);
            e.consume();
        });
        view.setOnDragDropped(e -> {
            ControlType type = controlOf(e);
            boolean done = false;
            if (type != null && editor.screen() != null) {
                double x = editor.viewport().toScreenX(e.getX()) - type.defaultWidth() / 2;
                double y = editor.viewport().toScreenY(e.getY()) - type.defaultHeight() / 2;
                String id = Placement.newId();
                done = editor.submit(Placement.place(editor.doc(), editor.screen(), type, Math.round(x), Math.round(y), id));
                if (done) editor.select(List.of(id));
                view.requestFocus();
            }
            e.setDropCompleted(done);
            e.consume();
        });
    }

    private static ControlType controlOf(DragEvent e) {
        String s = e.getDragboard().getString();
        if (s == null || !s.startsWith(PREFIX)) return null;
        return Catalog.find(s.substring(PREFIX.length())).orElse(null);
    }
}
