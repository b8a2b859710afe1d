package dev.blueline.desktop.panels;

import javafx.scene.paint.Color;

/** Colours between the document ({@code #rrggbb} or {@code #rrggbbaa} text) and JavaFX. */
final class Colors {
    private Colors() {
    }

    /** {@code #rrggbb}, or {@code #rrggbbaa} when not opaque. */
    static String hex(Color c) {
        int r = (int) Math.round(c.getRed() * 255), g = (int) Math.round(c.getGreen() * 255), b = (int) Math.round(c.getBlue() * 255);
        int a = (int) Math.round(c.getOpacity() * 255);
        return a == 255 ? String.format("#%02x%02x%02x", r, g, b) : String.format("#%02x%02x%02x%02x", r, g, b, a);
    }

    /** The colour of a document value, or null when unset or unreadable. */
    static Color parse(String hex) {
        if (hex == null) return null;
        try {
            return Color.web(hex);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
