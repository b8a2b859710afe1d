package dev.blueline.desktop.shell.menus;

import dev.blueline.desktop.canvas.CanvasView;
import dev.blueline.desktop.editor.Editor;
import dev.blueline.desktop.shell.EditorWindow;
import dev.blueline.desktop.shell.actions.Action;
import dev.blueline.desktop.shell.actions.ActionSet;
import dev.blueline.desktop.shell.actions.Command;
import javafx.scene.control.Menu;
import javafx.scene.control.SeparatorMenuItem;
import org.kordamp.ikonli.feather.Feather;

/** View: zoom, fit, grid, snapping, the sketch skin and preview mode. */
final class ViewMenu {
    static final double ZOOM_STEP = 1.25;

    private ViewMenu() {
    }

    static Menu build(EditorWindow w, ActionSet a) {
        Editor e = w.editor();
        CanvasView c = w.canvas();
        a.add(Action.of(Command.ZOOM_IN, Feather.ZOOM_IN, () -> c.zoomBy(ZOOM_STEP)));
        a.add(Action.of(Command.ZOOM_OUT, Feather.ZOOM_OUT, () -> c.zoomBy(1 / ZOOM_STEP)));
        a.add(Action.of(Command.ACTUAL_SIZE, null, c::actualSize));
        a.add(Action.of(Command.FIT_SCREEN, Feather.MAXIMIZE, c::fitScreen));
        a.add(Action.of(Command.FIT_SELECTION, Feather.MINIMIZE_2, c::fitSelection));
        a.add(Action.toggle(Command.SHOW_GRID, Feather.GRID, e.showGridProperty()));
        a.add(Action.toggle(Command.SNAP, Feather.CROSSHAIR, e.snapProperty()));
        a.add(Action.toggle(Command.SKETCH, Feather.PEN_TOOL, e.sketchProperty()));
        a.add(Action.toggle(Command.PREVIEW, Feather.PLAY, e.previewProperty()));
        Menu m = EditorMenus.menu("View", "menu-view");
        m.getItems().addAll(a.get(Command.ZOOM_IN).menuItem(), a.get(Command.ZOOM_OUT).menuItem(), a.get(Command.ACTUAL_SIZE).menuItem(),
                a.get(Command.FIT_SCREEN).menuItem(), a.get(Command.FIT_SELECTION).menuItem(), new SeparatorMenuItem(),
                a.get(Command.SHOW_GRID).menuItem(), a.get(Command.SNAP).menuItem(), a.get(Command.SKETCH).menuItem(),
                new SeparatorMenuItem(), a.get(Command.PREVIEW).menuItem());
        return m;
    }
}
