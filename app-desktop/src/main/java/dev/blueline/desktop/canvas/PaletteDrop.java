package dev.blueline.desktop.canvas;

import dev.blueline.desktop.editor.Editor;
import dev.blueline.desktop.editor.commands.Components;
import dev.blueline.desktop.editor.commands.Placement;
import dev.blueline.model.catalog.Catalog;
import dev.blueline.model.catalog.ControlType;
import dev.blueline.model.document.Props;
import javafx.scene.input.DragEvent;
import javafx.scene.input.TransferMode;

import java.util.List;

/**
 * Controls and components dragged from the palette land where they are dropped (controls inside the
 * container under them; components on top of the screen).
 */
final class PaletteDrop {
    /** What the palette puts on the dragboard for a control: this prefix and the control id. */
    public static final String PREFIX = "blueline-control:";
    /** … and for one of the project's components: this prefix and the master's id. */
    public static final String COMPONENT_PREFIX = "blueline-component:";

    PaletteDrop(CanvasView view) {
        Editor editor = view.editor();
        view.setOnDragOver(e -> {
            if (editor.screen() != null && (controlOf(e) != null || masterOf(editor, e) != null)) e.acceptTransferModes(TransferMode.COPY);
            e.consume();
        });
        view.setOnDragDropped(e -> {
            boolean done = false;
            if (editor.screen() != null) {
                double cx = editor.viewport().toScreenX(e.getX()), cy = editor.viewport().toScreenY(e.getY());
                String id = Placement.newId();
                ControlType type = controlOf(e);
                String master = masterOf(editor, e);
                if (type != null) {
                    done = editor.submit(Placement.place(editor.doc(), editor.screen(), type,
                            Math.round(cx - type.defaultWidth() / 2), Math.round(cy - type.defaultHeight() / 2), id));
                } else if (master != null) {
                    double w = editor.doc().number(master, Props.W), h = editor.doc().number(master, Props.H);
                    done = editor.submit(Components.place(editor.doc(), editor.screen(), master, Math.round(cx - w / 2), Math.round(cy - h / 2), id));
                }
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

    /** The dragged component's master, if it is one of this project's live components. */
    private static String masterOf(Editor editor, DragEvent e) {
        String s = e.getDragboard().getString();
        if (s == null || !s.startsWith(COMPONENT_PREFIX)) return null;
        String master = s.substring(COMPONENT_PREFIX.length());
        return Components.masters(editor.doc()).contains(master) ? master : null;
    }
}
