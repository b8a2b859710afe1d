package dev.blueline.model.export;

import dev.blueline.model.catalog.Catalog;
import dev.blueline.model.catalog.ControlType;
import dev.blueline.model.document.Document;
import dev.blueline.model.document.Kind;
import dev.blueline.model.document.Props;
import dev.blueline.model.document.Value;
import dev.blueline.model.ops.ChangeValidator;
import dev.blueline.model.ops.Put;
import dev.blueline.model.ops.Rejection;
import dev.blueline.model.order.FractionalIndex;

import java.util.ArrayList;
import java.util.List;

/**
 * A project that exercises the FXML export (also used by the desktop's load test): a screen with
 * every catalog control, laid out in rows that line up (VBox of HBoxes), an image with a
 * rectangle over it (a Pane), containers holding rows, overlaps and another container, styled
 * and disabled controls, hostile text, a hidden control, a control type this version does not
 * know, fractional coordinates, two instances of a component (one at
 * the master's size, one stretched), and links between two screens.
 */
public final class FxmlSamples {
    public static final String HOME = "home";
    public static final String LOGIN = "login";
    public static final String CARD = "card";
    /** Text that is special to XML and to FXML (a leading $ is a variable there). */
    public static final String HOSTILE = "$5 & <b>\"off\"</b> @home %key \\ #{x}\nsecond line";

    private final List<Put> ops = new ArrayList<>();
    private String order = FractionalIndex.first();
    /** The y of the row with the overlap and the instances. */
    private double lastRow;

    private FxmlSamples() {
    }

    /** The whole project, every op accepted by the validator. */
    public static Document project() {
        FxmlSamples s = new FxmlSamples();
        s.screens();
        s.everyControl();
        s.login();
        s.card();
        Document doc = new Document();
        Rejection r = new ChangeValidator().apply(doc, s.ops);
        if (r != null) throw new IllegalStateException("sample refused: " + r);
        // a control type this version does not know, as a newer client could have stored it; the
        // validator refuses to create one, so it goes into the document directly
        Put future = s.el("from-the-future", "button", HOME, null, 1180, s.lastRow, 120, 40).with(Props.TYPE, Value.of("sparkline"));
        doc.create(future.id(), Kind.ELEMENT);
        future.set().forEach((prop, v) -> doc.set(future.id(), prop, v));
        return doc;
    }

    private void screens() {
        ops.add(screen(HOME, "Every control", 1440, 3200, false).with(Props.BACKGROUND, Value.of("#fafafa")));
        ops.add(screen(LOGIN, "Login", 480, 400, false));
        ops.add(screen(CARD, "Pricing card", 200, 100, true));
    }

    private Put screen(String id, String name, double w, double h, boolean component) {
        Put.Builder b = Put.on(id).set(Props.KIND, "screen").set(Props.NAME, name).set(Props.W, w).set(Props.H, h).set(Props.ORDER, next());
        if (component) b.set(Props.COMPONENT, true);
        return b.build();
    }

    /** Every control at (about) its default size, row after row; containers get children. */
    private void everyControl() {
        double x = 20, y = 20, rowHeight = 0;
        for (ControlType t : Catalog.all()) {
            if (t.id().equals(Catalog.COMPONENT)) continue;
            double w = Math.min(t.defaultWidth(), 420), h = Math.min(t.defaultHeight(), 300);
            if (x + w > 1420) {
                x = 20;
                y += rowHeight + 24;
                rowHeight = 0;
            }
            add(el(t.id(), t.id(), HOME, null, x, y, w, h));
            x += w + 20;
            rowHeight = Math.max(rowHeight, h);
        }
        y += rowHeight + 24;
        children();
        styled(y);
    }

    /** A row in the panel, overlapping children in the tabs, a column with a nested panel in the browser window. */
    private void children() {
        add(el("panel-label", "label", HOME, "panel", 12, 60, 120, 24));
        add(el("panel-button", "button", HOME, "panel", 150, 52, 120, 40));
        add(el("tabs-field", "text-input", HOME, "tabs", 20, 60, 240, 40));
        add(el("tabs-note", "sticky-note", HOME, "tabs", 200, 80, 160, 120));
        add(el("browser-heading", "heading", HOME, "browser-window", 20, 50, 300, 48));
        add(el("browser-panel", "panel", HOME, "browser-window", 20, 110, 300, 160));
        add(el("browser-panel-check", "checkbox", HOME, "browser-panel", 16, 56, 160, 24));
        add(el("browser-side", "vertical-menu", HOME, "browser-window", 340, 110, 60, 160));
        add(el("group-a", "button", HOME, "group", 0, 0, 90, 40));
        add(el("group-b", "link", HOME, "group", 100, 8, 90, 24));
        add(el("modal-text", "paragraph", HOME, "modal", 16, 60, 300, 60));
        add(el("phone-button", "button", HOME, "phone", 40, 100, 120, 40));
        add(el("accordion-label", "label", HOME, "accordion", 12, 120, 120, 24));
    }

    /** Styles, states, hostile text, a hidden control, an overlap and the component instances. */
    private void styled(double y) {
        add(el("styled-button", "button", HOME, null, 20, y, 140, 44).with(Props.FILL, Value.of("#1d4ed8"))
                .with(Props.STROKE, Value.of("#0f172a")).with(Props.TEXT_COLOR, Value.of("#ffffff"))
                .with(Props.BOLD, Value.of(true)).with(Props.LINK, Value.of(LOGIN)));
        add(el("styled-label", "label", HOME, null, 180, y, 200, 30).with(Props.ITALIC, Value.of(true))
                .with(Props.FONT_SIZE, Value.of(20)).with(Props.TEXT_COLOR, Value.of("#ef444480")).with(Props.ALIGN, Value.of("right")));
        add(el("faded-link", "link", HOME, null, 400, y, 100, 24).with(Props.OPACITY, Value.of(0.5)));
        add(el("off-field", "text-input", HOME, null, 520, y, 200, 40).with(Props.STATE, Value.of("disabled")));
        add(el("bad-check", "checkbox", HOME, null, 740, y, 160, 24).with(Props.STATE, Value.of("error"))
                .with(Props.TEXT, Value.of("[-] Partly")));
        add(el("odd:id.text", "label", HOME, null, 920, y, 300, 44).with(Props.TEXT, Value.of(HOSTILE)));
        add(el("hidden-button", "button", HOME, null, 1240, y, 100, 40).with(Props.HIDDEN, Value.of(true)));
        y += 70;
        lastRow = y;
        // an image with a rectangle over it: they overlap, so a Pane with absolute positions
        add(el("overlap-image", "image", HOME, null, 20, y, 240, 160));
        add(el("overlap-mask", "rectangle", HOME, null, 120, y + 60, 200, 120).with(Props.TEXT, Value.of("Mask")));
        add(instance("card-same", 400, y, 200, 100));
        add(instance("card-big", 640, y, 400, 200));
        add(el("fraction", "badge", HOME, null, 1080.5, y + 0.25, 64.5, 24));
    }

    private void login() {
        add(el("login-title", "heading", LOGIN, null, 40, 32, 300, 48).with(Props.TEXT, Value.of("Sign in")));
        add(el("login-email", "text-input", LOGIN, null, 40, 100, 400, 40));
        add(el("login-password", "password", LOGIN, null, 40, 156, 400, 40));
        add(el("login-remember", "checkbox", LOGIN, null, 40, 212, 200, 24));
        add(el("login-go", "button", LOGIN, null, 320, 212, 120, 40).with(Props.TEXT, Value.of("Sign in"))
                .with(Props.LINK, Value.of(HOME)));
        add(el("login-back", "link", LOGIN, null, 40, 300, 120, 24).with(Props.TEXT, Value.of("Back home"))
                .with(Props.LINK, Value.of(HOME)));
    }

    private void card() {
        add(el("card-title", "heading", CARD, null, 10, 10, 180, 40).with(Props.TEXT, Value.of("Pro plan")));
        add(el("card-buy", "button", CARD, null, 10, 56, 100, 36).with(Props.TEXT, Value.of("Buy")));
    }

    private Put instance(String id, double x, double y, double w, double h) {
        return Put.on(id).set(Props.KIND, "element").set(Props.TYPE, Catalog.COMPONENT).set(Props.SCREEN, HOME)
                .set(Props.ORDER, next()).set(Props.X, x).set(Props.Y, y).set(Props.W, w).set(Props.H, h)
                .set(Props.MASTER, CARD).build();
    }

    /** An element showing its control's default text, as the palette places it. */
    private Put el(String id, String type, String screen, String parent, double x, double y, double w, double h) {
        String text = Catalog.find(type).map(ControlType::defaultText).orElse("");
        return Put.on(id).set(Props.KIND, "element").set(Props.TYPE, type).set(Props.SCREEN, screen)
                .set(Props.PARENT, parent == null ? Value.NULL : Value.of(parent)).set(Props.ORDER, next())
                .set(Props.X, x).set(Props.Y, y).set(Props.W, w).set(Props.H, h)
                .set(Props.TEXT, text.isEmpty() ? Value.NULL : Value.of(text)).build();
    }

    private void add(Put p) {
        ops.add(p);
    }

    private String next() {
        order = FractionalIndex.after(order);
        return order;
    }
}
