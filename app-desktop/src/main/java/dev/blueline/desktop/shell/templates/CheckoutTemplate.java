package dev.blueline.desktop.shell.templates;

import dev.blueline.model.ops.Put;

import java.util.List;

/** A shop checkout: progress stepper, shipping and payment forms, and an order summary. */
public final class CheckoutTemplate implements Template {
    @Override
    public String name() {
        return "Checkout";
    }

    @Override
    public String description() {
        return "Shop checkout with shipping, payment and order summary";
    }

    @Override
    public List<Put> ops() {
        ProjectBuilder b = new ProjectBuilder();
        String s = b.screen("Checkout", 1440, 900, "desktop");
        b.add(s, "nav-bar", 0, 0, 1440, 56, "Acme Store | Shop | *Cart* | Account");
        b.add(s, "stepper", 96, 80, 720, 48, "Cart, *Shipping*, Payment, Review");

        String ship = b.add(s, "panel", 96, 152, 720, 392, "Shipping address");
        field(b, ship, 24, 48, 672, "Full name", "Ada Lovelace");
        field(b, ship, 24, 124, 672, "Street and number", "12 Analytical Row");
        field(b, ship, 24, 200, 200, "Postal code", "10115");
        field(b, ship, 248, 200, 448, "City", "Berlin");
        b.addIn(ship, "label", 24, 276, 200, 20, "Country");
        b.addIn(ship, "dropdown", 24, 300, 320, 40, "*Germany*, Austria, Switzerland, France");
        b.addIn(ship, "checkbox", 24, 352, 320, 24, "[x] Billing address is the same");

        String pay = b.add(s, "panel", 96, 568, 720, 288, "Payment");
        b.addIn(pay, "radio", 24, 48, 160, 24, "(o) Credit card");
        b.addIn(pay, "radio", 200, 48, 160, 24, "( ) PayPal");
        field(b, pay, 24, 88, 672, "Card number", "4242 4242 4242 4242");
        field(b, pay, 24, 164, 200, "Expiry", "MM / YY");
        field(b, pay, 248, 164, 200, "CVC", "123");

        String sum = b.add(s, "panel", 860, 152, 480, 448, "Order summary");
        b.addIn(sum, "data-grid", 24, 48, 432, 136, "Item, Qty, Price\n:---, :---:, ---:\nRunning shoes, 1, $120.00\nSport socks, 2, $18.00");
        b.addIn(sum, "divider", 24, 196, 432, 16, "");
        line(b, sum, 224, "Subtotal", "$138.00", false);
        line(b, sum, 252, "Shipping", "$5.00", false);
        line(b, sum, 288, "Total", "$143.00", true);
        String order = b.addIn(sum, "button", 24, 336, 432, 48, "Place order");
        b.bold(order);
        b.addIn(sum, "paragraph", 24, 396, 432, 40, "By placing your order you agree to our _terms of sale_.");
        b.add(s, "alert", 860, 624, 480, 56, "*Free returns* within 30 days.");
        return b.ops();
    }

    private static void field(ProjectBuilder b, String parent, double x, double y, double w, String label, String value) {
        b.addIn(parent, "label", x, y, w, 20, label);
        b.addIn(parent, "text-input", x, y + 24, w, 40, value);
    }

    private static void line(ProjectBuilder b, String parent, double y, String what, String amount, boolean strong) {
        String l = b.addIn(parent, "label", 24, y, 200, 24, what);
        String r = b.addIn(parent, "label", 256, y, 200, 24, amount);
        b.align(r, "right");
        if (strong) {
            b.bold(l);
            b.bold(r);
        }
    }
}
