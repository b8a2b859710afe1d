package dev.blueline.desktop.panels;

import dev.blueline.desktop.editor.Editor;
import dev.blueline.desktop.editor.commands.Placement;
import dev.blueline.desktop.editor.commands.Screens;
import dev.blueline.model.document.Kind;
import dev.blueline.model.document.Props;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.util.List;
import java.util.OptionalDouble;
import java.util.Set;

/**
 * What the screens panel shows and does: the live screens in order, and the edits on them, each
 * one change (one undo step). Usable without a window, e.g. by a menu's "Add screen".
 */
public final class ScreensViewModel {
    private final Editor editor;
    private final ObservableList<String> screens = FXCollections.observableArrayList();
    private final ReadOnlyIntegerWrapper revision = new ReadOnlyIntegerWrapper();

    public ScreensViewModel(Editor editor) {
        this.editor = editor;
        editor.addListener(this::changed);
        refresh();
    }

    /** Ids of the live screens, in order. */
    public ObservableList<String> screens() {
        return screens;
    }

    /** Goes up whenever how any screen looks (name, size, background) may have changed. */
    public ReadOnlyIntegerProperty revisionProperty() {
        return revision.getReadOnlyProperty();
    }

    public String name(String id) {
        String n = editor.doc().text(id, Props.NAME);
        return n == null || n.isBlank() ? "Untitled" : n;
    }

    /** "1440 × 900". */
    public String size(String id) {
        String size = DevicePreset.size(editor.doc().number(id, Props.W), editor.doc().number(id, Props.H));
        // components live among the screens (a master is a screen); say which ones they are
        return editor.doc().flag(id, Props.COMPONENT) ? "Component · " + size : size;
    }

    /** The background colour text, or null for the default (white). */
    public String background(String id) {
        return editor.doc().text(id, Props.BACKGROUND);
    }

    public String current() {
        return editor.screen();
    }

    public void show(String id) {
        if (id != null && editor.doc().is(id, Kind.SCREEN)) editor.showScreen(id);
    }

    /** Adds a screen of a preset size after the others and shows it. Returns its id, or null when refused. */
    public String add(DevicePreset preset) {
        return add(preset.width(), preset.height(), preset.wireName());
    }

    /** Adds a screen of a custom size; null (and a status message) when the size is not valid. */
    public String addCustom(String width, String height) {
        OptionalDouble w = Numbers.parse(width), h = Numbers.parse(height);
        String problem = sizeProblem(w, h);
        if (problem != null) {
            editor.tell(problem);
            return null;
        }
        String device = DevicePreset.ofSize(w.getAsDouble(), h.getAsDouble()).map(DevicePreset::wireName).orElse(DevicePreset.CUSTOM);
        return add(w.getAsDouble(), h.getAsDouble(), device);
    }

    /** What is wrong with a typed screen size, or null when it is fine. */
    static String sizeProblem(OptionalDouble w, OptionalDouble h) {
        if (w.isEmpty() || h.isEmpty()) return "Type a width and a height, e.g. 1280 and 800";
        double max = Props.MAX_SCREEN_SIZE;
        if (w.getAsDouble() < 1 || h.getAsDouble() < 1 || w.getAsDouble() > max || h.getAsDouble() > max) {
            return "A screen is 1 to " + Numbers.format(max) + " points wide and high";
        }
        return null;
    }

    private String add(double w, double h, String device) {
        String id = Placement.newId();
        if (!editor.submit(Screens.add(editor.doc(), id, Screens.nextName(editor.doc()), w, h, device))) return null;
        refresh();
        editor.showScreen(id);
        return id;
    }

    public boolean rename(String id, String name) {
        return editor.submit(Screens.rename(editor.doc(), id, name));
    }

    /** Deletes a screen (the others keep their order); when it was shown, its neighbour is shown instead. */
    public boolean delete(String id) {
        int i = screens.indexOf(id);
        String neighbour = i < 0 ? null : i + 1 < screens.size() ? screens.get(i + 1) : i > 0 ? screens.get(i - 1) : null;
        boolean wasShown = id.equals(editor.screen());
        if (!editor.submit(Screens.delete(editor.doc(), id))) return false;
        if (wasShown && neighbour != null) editor.showScreen(neighbour);
        editor.tell("Deleted screen — Undo brings it back");
        return true;
    }

    /** Moves a screen to this position in the list of the other screens. */
    public boolean move(String id, int index) {
        return editor.submit(Screens.move(editor.doc(), id, index));
    }

    /** Sets the background (a colour like {@code #f8fafc}), or back to the default with null. */
    public boolean setBackground(String id, String color) {
        return editor.submit(Screens.background(editor.doc(), id, color));
    }

    private void changed(Set<String> ids) {
        if (ids == null) {
            refresh();
            return;
        }
        for (String id : ids) {
            if (editor.doc().is(id, Kind.SCREEN)) {
                refresh();
                return;
            }
        }
    }

    private void refresh() {
        List<String> now = editor.doc().screens();
        if (!now.equals(screens)) screens.setAll(now);
        revision.set(revision.get() + 1);
    }
}
