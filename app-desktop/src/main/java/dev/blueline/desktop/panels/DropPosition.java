package dev.blueline.desktop.panels;

/** Where something dragged over a row would go: above it, into it (containers only), or below it. */
public enum DropPosition {
    BEFORE, INTO, AFTER;

    /** The drop marker colour; readable on light and dark themes alike. */
    private static final String ACCENT = "#3b82f6";

    /** From the pointer's height {@code y} within a row of height {@code rowHeight}. */
    public static DropPosition at(double y, double rowHeight, boolean canHold) {
        if (canHold) {
            if (y < rowHeight * 0.25) return BEFORE;
            if (y > rowHeight * 0.75) return AFTER;
            return INTO;
        }
        return y < rowHeight / 2 ? BEFORE : AFTER;
    }

    /** The style class a row gets while something is dragged over it. */
    String styleClass() {
        return switch (this) {
            case BEFORE -> "drop-before";
            case INTO -> "drop-into";
            case AFTER -> "drop-after";
        };
    }

    static void mark(javafx.scene.Node row, DropPosition p) {
        clear(row);
        if (p != null) row.getStyleClass().add(p.styleClass());
        row.setStyle(p == null ? "" : switch (p) {
            case BEFORE -> "-fx-border-color: " + ACCENT + " transparent transparent transparent; -fx-border-width: 2 0 0 0;";
            case AFTER -> "-fx-border-color: transparent transparent " + ACCENT + " transparent; -fx-border-width: 0 0 2 0;";
            case INTO -> "-fx-border-color: " + ACCENT + "; -fx-border-width: 1; -fx-background-color: #3b82f622;";
        });
    }

    static void clear(javafx.scene.Node row) {
        row.getStyleClass().removeAll("drop-before", "drop-into", "drop-after");
        row.setStyle("");
    }
}
