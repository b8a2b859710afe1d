package dev.blueline.desktop.shell.templates;

import dev.blueline.model.ops.Put;

import java.util.List;

/** Account settings: a section menu and a profile form with toggles and save/cancel. */
public final class SettingsTemplate implements Template {
    @Override
    public String name() {
        return "Settings";
    }

    @Override
    public String description() {
        return "Profile settings form with sections, toggles and save";
    }

    @Override
    public List<Put> ops() {
        ProjectBuilder b = new ProjectBuilder();
        String s = b.screen("Settings", 1440, 900, "desktop");
        b.add(s, "nav-bar", 0, 0, 1440, 56, "Acme | Dashboard | Projects | *Settings*");
        b.add(s, "breadcrumbs", 96, 80, 320, 24, "Home > Settings > Profile");
        String title = b.add(s, "heading", 96, 108, 400, 44, "Settings");
        b.fontSize(title, 28);
        b.add(s, "vertical-menu", 96, 176, 220, 240, "*Profile*\nAccount\nNotifications\nBilling\n-Integrations-");

        String form = b.add(s, "panel", 348, 176, 720, 560, "Profile");
        b.addIn(form, "avatar", 24, 56, 64, 64, "Ada Lovelace");
        b.addIn(form, "button", 108, 68, 140, 40, "Upload photo");
        b.addIn(form, "label", 24, 144, 200, 20, "Full name");
        b.addIn(form, "text-input", 24, 168, 320, 40, "Ada Lovelace");
        b.addIn(form, "label", 376, 144, 200, 20, "Email");
        b.addIn(form, "text-input", 376, 168, 320, 40, "ada@example.com");
        b.addIn(form, "label", 24, 232, 200, 20, "Language");
        b.addIn(form, "dropdown", 24, 256, 320, 40, "*English*, Deutsch, Fran\u00e7ais, Espa\u00f1ol");
        b.addIn(form, "label", 376, 232, 200, 20, "Time zone");
        b.addIn(form, "dropdown", 376, 256, 320, 40, "*Europe/Berlin*, Europe/London, America/New_York");
        b.addIn(form, "toggle", 24, 328, 320, 28, "[on] Email me when someone comments");
        b.addIn(form, "toggle", 24, 368, 320, 28, "[off] Weekly summary");
        b.addIn(form, "divider", 24, 420, 672, 16, "");
        b.addIn(form, "button", 456, 496, 112, 40, "Cancel");
        String save = b.addIn(form, "button", 584, 496, 112, 40, "Save changes");
        b.bold(save);

        b.add(s, "sticky-note", 1100, 176, 220, 160, "Ask Lin: should the language follow the browser?");
        return b.ops();
    }
}
