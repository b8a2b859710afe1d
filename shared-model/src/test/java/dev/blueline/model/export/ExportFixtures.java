package dev.blueline.model.export;

import dev.blueline.model.catalog.Catalog;
import dev.blueline.model.catalog.ControlType;
import dev.blueline.model.document.Document;
import dev.blueline.model.document.Props;
import dev.blueline.model.document.Value;
import dev.blueline.model.ops.Ops;
import dev.blueline.model.testing.Fixtures;

/**
 * The screens export is checked against: one with every catalog control, and the screens a
 * team really draws (login, dashboard, settings, checkout), linked, sharing a header component.
 */
public final class ExportFixtures {
    public static final String EVERY = "every";
    public static final String LOGIN = "login";
    public static final String DASHBOARD = "dashboard";
    public static final String SETTINGS = "settings";
    public static final String CHECKOUT = "checkout";
    public static final String HEADER = "header";

    private final Document doc = new Document();
    private int order;

    private ExportFixtures() {
    }

    /** Every fixture screen in one project. */
    public static Document project() {
        ExportFixtures f = new ExportFixtures();
        f.header();
        f.login();
        f.dashboard();
        f.settings();
        f.checkout();
        f.everyControl();
        return f.doc;
    }

    private void header() {
        screen(HEADER, "Site header", 1200, 64);
        doc.set(HEADER, Props.COMPONENT, Value.of(true));
        add("h-logo", "heading", HEADER, null, 24, 12, 200, 40, "Acme");
        add("h-nav", "link-bar", HEADER, null, 760, 16, 400, 32, "*Home* | Products | Pricing | Contact");
    }

    private void login() {
        screen(LOGIN, "Log in", 1440, 900);
        add("l-card", "panel", LOGIN, null, 520, 160, 400, 460, "Welcome back");
        add("l-email-label", "label", LOGIN, "l-card", 40, 72, 320, 20, "Email");
        add("l-email", "text-input", LOGIN, "l-card", 40, 96, 320, 40, "you@example.com");
        add("l-password-label", "label", LOGIN, "l-card", 40, 152, 320, 20, "Password");
        add("l-password", "password", LOGIN, "l-card", 40, 176, 320, 40, "••••••••");
        add("l-remember", "checkbox", LOGIN, "l-card", 40, 232, 160, 24, "[x] Remember me");
        add("l-forgot", "link", LOGIN, "l-card", 240, 232, 120, 24, "Forgot password?");
        add("l-submit", "button", LOGIN, "l-card", 40, 288, 320, 44, "Log in");
        doc.set("l-submit", Props.LINK, Value.of(DASHBOARD));
        add("l-note", "sticky-note", LOGIN, null, 1000, 160, 200, 120, "Ask Lin about *single sign-on*");
    }

    private void dashboard() {
        screen(DASHBOARD, "Dashboard", 1440, 900);
        instance("d-header", DASHBOARD, 0, 0, 1200, 64);
        add("d-menu", "vertical-menu", DASHBOARD, null, 0, 80, 200, 240, "*Overview*\nOrders\nCustomers\n-Reports-\nSettings");
        add("d-title", "heading", DASHBOARD, null, 240, 88, 400, 40, "Overview");
        add("d-sales", "bar-chart", DASHBOARD, null, 240, 152, 400, 240, "Jan: 12, Feb: 19, Mar: 8, Apr: 15");
        add("d-sources", "pie-chart", DASHBOARD, null, 664, 152, 240, 240, "Direct: 45, Search: 35, Social: 20");
        add("d-progress", "progress-bar", DASHBOARD, null, 928, 152, 240, 16, "72%, Quarterly goal");
        add("d-orders", "data-grid", DASHBOARD, null, 240, 416, 928, 200,
                "Order, Customer, Total, Status\n#1001, Ada, 120.00, Shipped\n#1002, Lin, 48.50, Pending\n#1003, Sam, 310.00, Delivered");
        add("d-pages", "pagination", DASHBOARD, null, 240, 632, 280, 36, "1, *2*, 3, 4, 5");
        add("d-settings", "link", DASHBOARD, null, 1040, 88, 128, 24, "Settings");
        doc.set("d-settings", Props.LINK, Value.of(SETTINGS));
    }

    private void settings() {
        screen(SETTINGS, "Settings", 1440, 900);
        instance("s-header", SETTINGS, 0, 0, 1200, 64);
        add("s-crumbs", "breadcrumbs", SETTINGS, null, 40, 80, 320, 24, "Home > Account > Settings");
        add("s-tabs", "tabs", SETTINGS, null, 40, 120, 720, 480, "*Profile*, Security, Billing, -Team-");
        add("s-name", "text-input", SETTINGS, "s-tabs", 24, 64, 320, 40, "Full name");
        add("s-bio", "text-area", SETTINGS, "s-tabs", 24, 120, 480, 120, "Tell us about yourself");
        add("s-lang", "dropdown", SETTINGS, "s-tabs", 24, 256, 240, 40, "*English*, Deutsch, Français");
        add("s-news", "toggle", SETTINGS, "s-tabs", 24, 312, 240, 28, "[on] Newsletter");
        add("s-plan-m", "radio", SETTINGS, "s-tabs", 24, 356, 160, 24, "(o) Monthly");
        add("s-plan-y", "radio", SETTINGS, "s-tabs", 200, 356, 160, 24, "( ) Yearly");
        add("s-save", "button", SETTINGS, "s-tabs", 24, 404, 120, 40, "Save");
        add("s-cancel", "button", SETTINGS, "s-tabs", 160, 404, 120, 40, "Cancel");
        doc.set("s-cancel", Props.STATE, Value.of("disabled"));
        add("s-avatar", "avatar", SETTINGS, null, 800, 120, 96, 96, "Ada Lovelace");
    }

    private void checkout() {
        screen(CHECKOUT, "Checkout", 1440, 900);
        add("c-steps", "stepper", CHECKOUT, null, 240, 40, 960, 48, "Cart, *Shipping*, Payment, Done");
        add("c-address", "panel", CHECKOUT, null, 240, 120, 600, 420, "Shipping address");
        add("c-street", "text-input", CHECKOUT, "c-address", 24, 64, 552, 40, "Street and number");
        add("c-zip", "text-input", CHECKOUT, "c-address", 24, 120, 160, 40, "Postcode");
        add("c-city", "text-input", CHECKOUT, "c-address", 200, 120, 376, 40, "City");
        add("c-country", "dropdown", CHECKOUT, "c-address", 24, 176, 260, 40, "*Germany*, France, Italy");
        add("c-date", "date-picker", CHECKOUT, "c-address", 300, 176, 276, 40, "2026-12-03");
        add("c-qty", "number-stepper", CHECKOUT, "c-address", 24, 232, 120, 40, "2");
        add("c-gift", "checkbox", CHECKOUT, "c-address", 24, 288, 240, 24, "[ ] This is a gift");
        add("c-summary", "list", CHECKOUT, null, 880, 120, 320, 200, "- Walnut desk\n- [x] Assembly\n- Delivery\n  - Standard\n  - Express");
        add("c-alert", "alert", CHECKOUT, null, 880, 340, 320, 56, "*Free shipping* over 100 €");
        add("c-pay", "button", CHECKOUT, null, 880, 420, 320, 48, "Pay 358.50 €");
        add("c-help", "tooltip", CHECKOUT, null, 1040, 480, 160, 36, "Secure payment");
        add("c-rect", "rectangle", CHECKOUT, null, 860, 100, 360, 400, "");
    }

    /** One of each control, a panel with children, and controls overlapping (a free layout). */
    private void everyControl() {
        screen(EVERY, "Every control", 1440, 1400);
        int i = 0;
        for (ControlType c : Catalog.all()) {
            if (c.id().equals(Catalog.COMPONENT)) continue;
            double w = Math.min(c.defaultWidth(), 220), h = Math.min(c.defaultHeight(), 150);
            add("e-" + c.id(), c.id(), EVERY, null, 16 + (i % 6) * 236.0, 16 + (i / 6) * 166.0, w, h, c.defaultText());
            i++;
        }
        instance("e-component", EVERY, 16 + (i % 6) * 236.0, 16 + (i / 6) * 166.0, 600, 32);
        add("e-inside-panel", "button", EVERY, "e-panel", 20, 60, 120, 36, "Inside");
        add("e-inside-tabs", "checkbox", EVERY, "e-tabs", 16, 64, 160, 24, "[x] In a tab");
        add("e-inside-phone", "button", EVERY, "e-phone", 10, 40, 100, 30, "In a phone");
    }

    private void screen(String id, String name, double w, double h) {
        Ops.apply(doc, Fixtures.screen(id, name));
        doc.set(id, Props.W, Value.of(w));
        doc.set(id, Props.H, Value.of(h));
        doc.set(id, Props.ORDER, Value.of(String.format("s%03d", order++)));
    }

    private void add(String id, String type, String screen, String parent, double x, double y, double w, double h, String text) {
        Ops.apply(doc, Fixtures.element(id, type, screen, parent, x, y));
        doc.set(id, Props.ORDER, Value.of(String.format("a%04d", order++)));
        doc.set(id, Props.W, Value.of(w));
        doc.set(id, Props.H, Value.of(h));
        doc.set(id, Props.TEXT, Value.of(text));
    }

    private void instance(String id, String screen, double x, double y, double w, double h) {
        add(id, Catalog.COMPONENT, screen, null, x, y, w, h, "");
        doc.set(id, Props.MASTER, Value.of(HEADER));
    }
}
