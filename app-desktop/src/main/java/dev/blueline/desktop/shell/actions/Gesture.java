package dev.blueline.desktop.shell.actions;

/**
 * Keys and mouse gestures the canvas handles itself (no menu item), listed in Help next to the
 * {@link Command} shortcuts.
 */
public enum Gesture {
    MOVE("Move the selection by 1 px", "Arrow keys"),
    MOVE_FAR("Move the selection by 10 px", "Shift+Arrow keys"),
    EDIT_TEXT("Edit text in place", "Enter or double-click"),
    FINISH_TEXT("Finish editing text", "Ctrl+Enter (Enter on one-line controls), Esc cancels"),
    DESELECT("Clear the selection; leave preview mode", "Esc"),
    ADD_TO_SELECTION("Add to or remove from the selection", "Shift+click"),
    MARQUEE("Select everything in an area", "Drag on empty canvas"),
    KEEP_RATIO("Keep the aspect ratio while resizing", "Shift+drag a handle"),
    PAN("Pan", "Space+drag, or mouse wheel"),
    ZOOM("Zoom at the pointer", "Ctrl+mouse wheel"),
    PLACE("Place a control", "Drag from the palette, or click it");

    private final String what;
    private final String keys;

    Gesture(String what, String keys) {
        this.what = what;
        this.keys = keys;
    }

    public String what() {
        return what;
    }

    public String keys() {
        return keys;
    }
}
