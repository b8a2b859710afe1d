package dev.blueline.model.catalog;

/** The palette groups, in the order the palette shows them. */
public enum Category {
    CONTAINERS("Containers"),
    NAVIGATION("Navigation"),
    INPUTS("Inputs"),
    DISPLAY("Display"),
    ANNOTATIONS("Annotations");

    private final String displayName;

    Category(String displayName) {
        this.displayName = displayName;
    }

    public String displayName() {
        return displayName;
    }
}
