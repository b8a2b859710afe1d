package dev.blueline.desktop.shell;

import dev.blueline.desktop.editor.Editor;
import javafx.scene.Node;
import javafx.scene.control.SplitPane;

import java.util.ArrayList;
import java.util.List;

/**
 * Preview mode: the side panels and rulers go away, editing is off (the menus disable their
 * editing commands, the canvas stops selecting) and clicking a linked control shows its target
 * screen, the way a prototype is clicked through.
 */
final class PreviewMode {
    private final Editor editor;
    private final SplitPane main;
    private final List<Node> panels;
    private final RulerFrame rulers;
    private final Runnable refit;
    private List<Node> editingLayout;
    private double[] dividers;

    /** {@code refit} fits the screen into the canvas again once the layout changed. */
    PreviewMode(Editor editor, SplitPane main, List<Node> panels, RulerFrame rulers, Runnable refit) {
        this.editor = editor;
        this.main = main;
        this.panels = panels;
        this.rulers = rulers;
        this.refit = refit;
        editor.previewProperty().addListener((o, was, now) -> apply(now));
    }

    private void apply(boolean on) {
        if (on) {
            editingLayout = new ArrayList<>(main.getItems());
            dividers = main.getDividerPositions();
            editor.selection().clear();
            main.getItems().removeAll(panels);
            rulers.showRulers(false);
        } else if (editingLayout != null) {
            main.getItems().setAll(editingLayout);
            main.setDividerPositions(dividers);
            rulers.showRulers(true);
        } else {
            return;
        }
        main.applyCss();
        main.layout();
        refit.run();
    }
}
