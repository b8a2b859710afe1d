package dev.blueline.desktop.shell.templates;

import dev.blueline.model.ops.Put;

import java.util.List;

/** The templates the project browser offers, and the blank project. */
public final class Templates {
    private static final List<Template> ALL = List.of(new LoginTemplate(), new DashboardTemplate(), new SettingsTemplate(),
            new CheckoutTemplate(), new MobileAppTemplate());

    private Templates() {
    }

    public static List<Template> all() {
        return ALL;
    }

    /** A blank project: one desktop screen called "Home". */
    public static List<Put> blank() {
        ProjectBuilder b = new ProjectBuilder();
        b.screen("Home", 1440, 900, "desktop");
        return b.ops();
    }
}
