package dev.blueline.desktop.panels;

import java.util.Optional;

/** The screen sizes designers start from. {@code wireName} is the screen's {@code device} property. */
public enum DevicePreset {
    DESKTOP("desktop", "Desktop", 1440, 900),
    TABLET("tablet", "Tablet", 768, 1024),
    PHONE("phone", "Phone", 390, 844);

    /** The {@code device} value of a screen whose size is none of the presets. */
    public static final String CUSTOM = "custom";

    private final String wireName;
    private final String label;
    private final double width;
    private final double height;

    DevicePreset(String wireName, String label, double width, double height) {
        this.wireName = wireName;
        this.label = label;
        this.width = width;
        this.height = height;
    }

    public String wireName() {
        return wireName;
    }

    public String label() {
        return label;
    }

    public double width() {
        return width;
    }

    public double height() {
        return height;
    }

    /** "Tablet 768 × 1024". */
    public String describe() {
        return label + "  " + size(width, height);
    }

    public static Optional<DevicePreset> fromWire(String name) {
        for (DevicePreset p : values()) {
            if (p.wireName.equals(name)) return Optional.of(p);
        }
        return Optional.empty();
    }

    /** The preset with exactly this size, if any. */
    public static Optional<DevicePreset> ofSize(double w, double h) {
        for (DevicePreset p : values()) {
            if (p.width == w && p.height == h) return Optional.of(p);
        }
        return Optional.empty();
    }

    /** "1440 × 900". */
    public static String size(double w, double h) {
        return Numbers.format(w) + " × " + Numbers.format(h);
    }
}
