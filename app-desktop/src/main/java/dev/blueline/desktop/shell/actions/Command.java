package dev.blueline.desktop.shell.actions;

import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;

import java.util.List;

import static javafx.scene.input.KeyCombination.ALT_DOWN;
import static javafx.scene.input.KeyCombination.SHIFT_DOWN;
import static javafx.scene.input.KeyCombination.SHORTCUT_DOWN;

/**
 * Every command of the editor window's menus, with its keyboard shortcuts. This enum is the one
 * table: menu items take their accelerator from it (the first key), extra keys become window
 * accelerators, and Help ▸ Keyboard shortcuts lists it. ("Shortcut" is Ctrl, or ⌘ on macOS.)
 */
public enum Command {
    // File
    NEW_PROJECT("File", "New project…", keys(KeyCode.N, SHORTCUT_DOWN)),
    OPEN_BROWSER("File", "Open project browser", keys(KeyCode.O, SHORTCUT_DOWN)),
    IMPORT_PROJECT("File", "Import project…", keys(KeyCode.O, SHORTCUT_DOWN, SHIFT_DOWN)),
    SAVE_A_COPY("File", "Save a copy…", List.of()),
    EXPORT_PROJECT("File", "Export project…", keys(KeyCode.S, SHORTCUT_DOWN, SHIFT_DOWN)),
    EXPORT_PNG("File", "Export screen as PNG…", keys(KeyCode.E, SHORTCUT_DOWN)),
    EXPORT_SVG("File", "Export screen as SVG…", List.of()),
    EXPORT_PDF("File", "Export screen as PDF…", List.of()),
    EXPORT_CODE("File", "Export screen as code…", keys(KeyCode.E, SHORTCUT_DOWN, ALT_DOWN)),
    EXPORT_PROJECT_CODE("File", "Export project as code…", List.of()),
    CLOSE("File", "Close", keys(KeyCode.W, SHORTCUT_DOWN)),
    QUIT("File", "Quit Blueline", keys(KeyCode.Q, SHORTCUT_DOWN)),

    // Edit
    UNDO("Edit", "Undo", keys(KeyCode.Z, SHORTCUT_DOWN)),
    REDO("Edit", "Redo", List.of(combo(KeyCode.Z, SHORTCUT_DOWN, SHIFT_DOWN), combo(KeyCode.Y, SHORTCUT_DOWN))),
    CUT("Edit", "Cut", keys(KeyCode.X, SHORTCUT_DOWN)),
    COPY("Edit", "Copy", keys(KeyCode.C, SHORTCUT_DOWN)),
    PASTE("Edit", "Paste", keys(KeyCode.V, SHORTCUT_DOWN)),
    DUPLICATE("Edit", "Duplicate", keys(KeyCode.D, SHORTCUT_DOWN)),
    DELETE("Edit", "Delete", List.of(combo(KeyCode.DELETE), combo(KeyCode.BACK_SPACE))),
    SELECT_ALL("Edit", "Select all", keys(KeyCode.A, SHORTCUT_DOWN)),

    // View
    ZOOM_IN("View", "Zoom in", List.of(combo(KeyCode.EQUALS, SHORTCUT_DOWN), combo(KeyCode.ADD, SHORTCUT_DOWN))),
    ZOOM_OUT("View", "Zoom out", List.of(combo(KeyCode.MINUS, SHORTCUT_DOWN), combo(KeyCode.SUBTRACT, SHORTCUT_DOWN))),
    ACTUAL_SIZE("View", "Actual size", keys(KeyCode.DIGIT0, SHORTCUT_DOWN)),
    FIT_SCREEN("View", "Fit screen", keys(KeyCode.DIGIT1, SHORTCUT_DOWN)),
    FIT_SELECTION("View", "Fit selection", keys(KeyCode.DIGIT2, SHORTCUT_DOWN)),
    SHOW_GRID("View", "Show grid", keys(KeyCode.QUOTE, SHORTCUT_DOWN)),
    SNAP("View", "Snap to grid and elements", keys(KeyCode.SEMICOLON, SHORTCUT_DOWN, SHIFT_DOWN)),
    SKETCH("View", "Sketch skin", keys(KeyCode.K, SHORTCUT_DOWN, SHIFT_DOWN)),
    PREVIEW("View", "Preview mode", keys(KeyCode.P, SHORTCUT_DOWN)),

    // Arrange
    ALIGN_LEFT("Arrange", "Align left", keys(KeyCode.A, ALT_DOWN)),
    ALIGN_CENTER("Arrange", "Align centre", keys(KeyCode.H, ALT_DOWN)),
    ALIGN_RIGHT("Arrange", "Align right", keys(KeyCode.D, ALT_DOWN)),
    ALIGN_TOP("Arrange", "Align top", keys(KeyCode.W, ALT_DOWN)),
    ALIGN_MIDDLE("Arrange", "Align middle", keys(KeyCode.V, ALT_DOWN)),
    ALIGN_BOTTOM("Arrange", "Align bottom", keys(KeyCode.S, ALT_DOWN)),
    DISTRIBUTE_H("Arrange", "Distribute horizontally", keys(KeyCode.H, ALT_DOWN, SHIFT_DOWN)),
    DISTRIBUTE_V("Arrange", "Distribute vertically", keys(KeyCode.V, ALT_DOWN, SHIFT_DOWN)),
    BRING_TO_FRONT("Arrange", "Bring to front", keys(KeyCode.CLOSE_BRACKET, SHORTCUT_DOWN, SHIFT_DOWN)),
    BRING_FORWARD("Arrange", "Bring forward", keys(KeyCode.CLOSE_BRACKET, SHORTCUT_DOWN)),
    SEND_BACKWARD("Arrange", "Send backward", keys(KeyCode.OPEN_BRACKET, SHORTCUT_DOWN)),
    SEND_TO_BACK("Arrange", "Send to back", keys(KeyCode.OPEN_BRACKET, SHORTCUT_DOWN, SHIFT_DOWN)),
    GROUP("Arrange", "Group", keys(KeyCode.G, SHORTCUT_DOWN)),
    UNGROUP("Arrange", "Ungroup", keys(KeyCode.G, SHORTCUT_DOWN, SHIFT_DOWN)),
    MAKE_COMPONENT("Arrange", "Make component", keys(KeyCode.K, SHORTCUT_DOWN, ALT_DOWN)),
    EDIT_COMPONENT("Arrange", "Edit component", List.of()),
    LOCK("Arrange", "Lock / unlock", keys(KeyCode.L, SHORTCUT_DOWN, SHIFT_DOWN)),
    HIDE("Arrange", "Hide / show", keys(KeyCode.H, SHORTCUT_DOWN, SHIFT_DOWN)),

    // Session
    CONNECTION_STATUS("Session", "Connection status…", List.of()),
    INVITE_EDITOR("Session", "Copy invite code for an editor", List.of()),
    INVITE_VIEWER("Session", "Copy invite code for a viewer", List.of()),
    HOST_ON_LAN("Session", "Host on LAN…", List.of()),
    STOP_HOSTING("Session", "Stop hosting on LAN", List.of()),
    JOIN("Session", "Join…", List.of()),

    // AI
    AI_DRAFT("AI", "Draft a screen…", keys(KeyCode.D, SHORTCUT_DOWN, ALT_DOWN)),
    AI_ABOUT("AI", "About AI drafting…", List.of()),

    // Help
    SHORTCUTS("Help", "Keyboard shortcuts", keys(KeyCode.SLASH, SHORTCUT_DOWN)),
    ABOUT("Help", "About Blueline", List.of());

    private final String menu;
    private final String label;
    private final List<KeyCombination> keys;

    Command(String menu, String label, List<KeyCombination> keys) {
        this.menu = menu;
        this.label = label;
        this.keys = keys;
    }

    /** The menu it lives in. */
    public String menu() {
        return menu;
    }

    public String label() {
        return label;
    }

    /** All keys that run it; the first is the menu item's accelerator. Empty: no shortcut. */
    public List<KeyCombination> keys() {
        return keys;
    }

    /** The menu item's accelerator, or null. */
    public KeyCombination accelerator() {
        return keys.isEmpty() ? null : keys.getFirst();
    }

    /** Keys beyond the first, registered on the window. */
    public List<KeyCombination> alternateKeys() {
        return keys.size() <= 1 ? List.of() : keys.subList(1, keys.size());
    }

    private static List<KeyCombination> keys(KeyCode code, KeyCombination.Modifier... modifiers) {
        return List.of(combo(code, modifiers));
    }

    private static KeyCombination combo(KeyCode code, KeyCombination.Modifier... modifiers) {
        return new KeyCodeCombination(code, modifiers);
    }
}
