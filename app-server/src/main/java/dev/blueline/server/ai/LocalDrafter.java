package dev.blueline.server.ai;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

import static dev.blueline.server.ai.Column.Cell;
import static dev.blueline.server.ai.Sentence.Field;
import static dev.blueline.server.ai.Sentence.words;

/**
 * Drafts a screen without any service: the kind of screen comes from keywords in the sentence
 * (login, sign up, dashboard, settings, checkout, list, search, chat, landing), the form fields
 * and buttons from the words it names, the layout from the screen's size (a phone gets one
 * column). Pure: the same request always gives the same draft.
 */
public final class LocalDrafter {
    /** The kinds of screen the generator knows, each with the words that ask for it; the earlier kind wins a tie. */
    enum Kind {
        SIGN_UP("sign-?up|register|registration|create (an )?account|join"),
        LOGIN("log-?in|sign-?in|login|signin|authenticat\\w*"),
        CHECKOUT("check-?out|payment|pay|cart|basket|billing|purchase"),
        DASHBOARD("dashboard|analytics|charts?|graphs?|stats|statistics|metrics|kpis?|reports?|overview"),
        SETTINGS("settings|preferences|profile|account|options|configuration"),
        CHAT("chat|messages|messaging|inbox|conversations?|messenger"),
        LIST("list|table|orders|users|customers|products|inventory|items|employees|invoices|tasks|contacts|members|files"),
        SEARCH("search|results|find|browse"),
        LANDING("landing|home|homepage|pricing|marketing|hero|features|welcome|product page"),
        OTHER("(?!)");

        private final Pattern words;

        Kind(String alternatives) {
            this.words = words(alternatives);
        }
    }

    /** The kind named first in the sentence: "search results for products" is a search, "products with a search box" a list. */
    static Kind kind(Sentence s) {
        Kind best = Kind.OTHER;
        int at = Integer.MAX_VALUE;
        for (Kind k : Kind.values()) {
            int i = s.find(k.words);
            if (i >= 0 && i < at) {
                best = k;
                at = i;
            }
        }
        return best;
    }

    private static final Pattern PRICING = words("pricing|plans|prices");
    private static final Pattern FORM = words("form|contact|survey|questionnaire|application|booking");

    private static final double PHONE_WIDTH = 600;
    private static final double DESKTOP_WIDTH = 1000;
    private static final double NAV = 56;

    /**
     * @param notice why the local generator drafted this one, shown to the designer
     */
    public Draft draft(DraftRequest request, String notice) {
        Objects.requireNonNull(request, "request");
        Sentence s = new Sentence(request.prompt());
        String title = ScreenTitle.from(request.prompt());
        Frame f = new Frame(request.width(), request.height(), title, request.prompt(), s);
        List<DraftNode> nodes = switch (kind(s)) {
            case SIGN_UP -> signUp(f);
            case LOGIN -> login(f);
            case CHECKOUT -> checkout(f);
            case DASHBOARD -> dashboard(f);
            case SETTINGS -> settings(f);
            case CHAT -> chat(f);
            case LIST -> list(f);
            case SEARCH -> search(f);
            case LANDING -> landing(f);
            case OTHER -> generic(f);
        };
        List<DraftNode> fitted = ScreenFit.fit(nodes, request.width(), request.height(), 0);
        return new Draft(title, ScreenFit.flatten(fitted), Draft.Source.OFFLINE, notice == null ? "" : notice);
    }

    /** The screen being drafted: its size, its title and the sentence. */
    private record Frame(double width, double height, String title, String prompt, Sentence sentence) {
        boolean phone() {
            return width < PHONE_WIDTH;
        }

        boolean desktop() {
            return width >= DESKTOP_WIDTH;
        }

        double margin() {
            return phone() ? 16 : 32;
        }

        /** the buttons the sentence names, else these */
        List<String> buttons(String... defaults) {
            List<String> named = sentence.named("button");
            return named.isEmpty() ? List.of(defaults) : named;
        }

        List<String> links(String... defaults) {
            List<String> named = sentence.named("link");
            return named.isEmpty() ? List.of(defaults) : named;
        }
    }

    // ---- forms: login, sign up, generic ----

    private static List<DraftNode> login(Frame f) {
        List<Field> named = f.sentence().fields();
        List<Field> fields = new ArrayList<>();
        Field identity = named.stream().filter(x -> x.label().equals("Username") || x.label().equals("Phone")).findFirst()
                .filter(x -> named.stream().noneMatch(y -> y.label().equals("Email")))
                .orElse(new Field("text-input", "Email", "you@example.com"));
        fields.add(identity);
        fields.add(new Field("password", "Password", "\u2022\u2022\u2022\u2022\u2022\u2022\u2022\u2022"));
        addOthers(fields, named);
        if (fields.stream().noneMatch(x -> x.type().equals("checkbox"))) fields.add(new Field("checkbox", "", "[ ] Remember me"));
        return form(f, fields, f.buttons("Sign in"), f.links("Forgot password?", "Create an account"));
    }

    private static List<DraftNode> signUp(Frame f) {
        List<Field> fields = new ArrayList<>(List.of(
                new Field("text-input", "Full name", "Ada Lovelace"),
                new Field("text-input", "Email", "you@example.com"),
                new Field("password", "Password", "\u2022\u2022\u2022\u2022\u2022\u2022\u2022\u2022"),
                new Field("password", "Confirm password", "\u2022\u2022\u2022\u2022\u2022\u2022\u2022\u2022")));
        addOthers(fields, f.sentence().fields());
        if (fields.stream().noneMatch(x -> x.text().contains("terms"))) fields.add(new Field("checkbox", "", "[ ] I agree to the terms"));
        return form(f, fields, f.buttons("Create account"), f.links("Already have an account? Sign in"));
    }

    private static List<DraftNode> generic(Frame f) {
        List<Field> fields = new ArrayList<>(f.sentence().fields());
        if (fields.isEmpty() && f.sentence().mentions(FORM)) {
            fields.add(new Field("text-input", "Name", "Ada Lovelace"));
            fields.add(new Field("text-input", "Email", "you@example.com"));
            fields.add(new Field("text-area", "Message", "Write a message\u2026"));
        }
        if (!fields.isEmpty()) return form(f, fields, f.buttons("Submit"), f.sentence().named("link"));
        // nothing we recognise: a heading, the designer's words and a placeholder to build on
        Column c = new Column(f.margin(), f.margin(), Math.min(f.width() - 2 * f.margin(), 720));
        c.add("heading", 48, f.title());
        c.add("paragraph", 72, Texts.clean(f.prompt(), 280));
        c.add("image", Math.min(c.width(), 480), f.phone() ? 180 : 240, "Illustration");
        List<String> buttons = f.buttons("Continue");
        c.row(40, buttons.stream().map(b -> new Cell("button", b, 120)).toList());
        return c.nodes();
    }

    /** Named fields the form does not have yet, before its checkboxes. */
    private static void addOthers(List<Field> fields, List<Field> named) {
        for (Field n : named) {
            // checkboxes have no label above them: their text says what they are
            boolean have = fields.stream().anyMatch(x -> n.label().isEmpty() ? x.text().equals(n.text()) : x.label().equals(n.label()));
            if (have) continue;
            if (n.type().equals("checkbox")) fields.add(n);
            else fields.add(firstCheckbox(fields), n);
        }
    }

    private static int firstCheckbox(List<Field> fields) {
        for (int i = 0; i < fields.size(); i++) {
            if (fields.get(i).type().equals("checkbox")) return i;
        }
        return fields.size();
    }

    /** A phone gets the form across the screen; larger screens a centred card. */
    private static List<DraftNode> form(Frame f, List<Field> fields, List<String> buttons, List<String> links) {
        boolean card = !f.phone();
        double inner = card ? 352 : f.width() - 2 * f.margin();
        Column c = card ? new Column(24, 24, inner) : new Column(f.margin(), 48, inner);
        c.add("heading", 48, f.title());
        for (Field field : fields) c.field(field);
        c.space(4);
        if (buttons.size() == 1) c.add("button", 44, buttons.getFirst());
        else c.row(44, buttons.stream().map(Cell::button).toList());
        for (String l : links) c.add("link", 24, l);
        if (!card) return c.nodes();
        DraftNode panel = c.inContainer("panel", "", 24);
        double x = (f.width() - panel.w()) / 2;
        double y = Math.max(f.margin(), (f.height() - panel.h()) / 2);
        return List.of(panel.withBounds(x, y, panel.w(), panel.h()));
    }

    // ---- app screens ----

    private static DraftNode navBar(Frame f, String current) {
        String items = f.phone() ? "Acme | *" + current + "*" : "Acme | " + mark(List.of("Home", "Dashboard", "Projects", "Settings"), current);
        return DraftNode.of("nav-bar", 0, 0, f.width(), NAV, items);
    }

    /** Items joined the way bars and menus write them, the current one in stars. */
    private static String mark(List<String> items, String current) {
        List<String> out = new ArrayList<>();
        boolean marked = false;
        for (String i : items) {
            boolean here = !marked && i.equals(current);
            marked |= here;
            out.add(here ? "*" + i + "*" : i);
        }
        if (!marked) out.addFirst("*" + current + "*");
        return String.join(" | ", out);
    }

    /** The content column right of an optional sidebar, below the navigation bar. */
    private static Column content(Frame f, double sidebar) {
        double left = sidebar + f.margin();
        return new Column(left, NAV + 24, f.width() - left - f.margin());
    }

    private static DraftNode sidebar(Frame f, String items) {
        return DraftNode.of("vertical-menu", 0, NAV, 200, f.height() - NAV, items);
    }

    private static List<DraftNode> dashboard(Frame f) {
        List<DraftNode> out = new ArrayList<>();
        out.add(navBar(f, "Dashboard"));
        double side = f.desktop() ? 200 : 0;
        if (side > 0) out.add(sidebar(f, "*Overview*\nOrders\nCustomers\nReports\nSettings"));
        Column c = content(f, side);
        c.add("heading", 48, f.title());
        String[][] stats = {{"Revenue", "\u20ac24,300"}, {"Orders", "1,284"}, {"Customers", "862"}, {"Conversion", "3.4%"}};
        int shown = f.phone() ? 2 : f.desktop() ? 4 : 3;
        List<DraftNode> cards = new ArrayList<>();
        for (int i = 0; i < shown; i++) cards.add(stat(stats[i][0], stats[i][1], f.phone() ? c.width() : 160));
        if (f.phone()) cards.forEach(c::place);
        else c.rowOf(cards);
        String chart = f.sentence().mentions(words("bars?|bar chart|histogram")) ? "bar-chart" : "line-chart";
        String series = chart.equals("bar-chart") ? "Jan: 12, Feb: 19, Mar: 8, Apr: 15, May: 22, Jun: 17" : "Mon: 5, Tue: 9, Wed: 7, Thu: 12, Fri: 10, Sat: 14, Sun: 11";
        if (f.phone()) {
            c.add(chart, 200, series);
        } else {
            c.row(240, List.of(Cell.of(chart, series), new Cell("pie-chart", "Direct: 45, Search: 35, Social: 20", 240)));
        }
        String orders = f.phone()
                ? "Order, Total\n#1042, \u20ac89.00\n#1041, \u20ac112.50\n#1040, \u20ac45.20"
                : "Order, Customer, Date, Total, Status\n#1042, Ada Lovelace, 2026-11-28, \u20ac89.00, Paid\n#1041, Lin Chen, 2026-11-27, \u20ac112.50, Shipped\n#1040, Sam Ortiz, 2026-11-27, \u20ac45.20, Refunded";
        c.add("data-grid", gridHeight(orders), orders);
        out.addAll(c.nodes());
        return out;
    }

    /** A grid as tall as its rows, the way the renderer draws them. */
    private static double gridHeight(String text) {
        return 29.0 * text.split("\n", -1).length + 2;
    }

    private static DraftNode stat(String label, String value, double width) {
        Column inner = new Column(16, 12, width - 32);
        inner.add("label", 20, label);
        inner.add("heading", 36, "*" + value + "*");
        return inner.inContainer("panel", "", 16).withBounds(0, 0, width, 96);
    }

    private static List<DraftNode> settings(Frame f) {
        boolean profile = f.sentence().mentions(words("profile|account"));
        List<DraftNode> out = new ArrayList<>();
        out.add(navBar(f, "Settings"));
        double side = f.desktop() ? 200 : 0;
        if (side > 0) out.add(sidebar(f, profile ? "*Profile*\nAccount\nNotifications\nPrivacy\nBilling" : "Profile\nAccount\n*Notifications*\nPrivacy\nBilling"));
        double left = side + f.margin();
        Column form = new Column(left, NAV + 24, Math.min(480, f.width() - left - f.margin()));
        form.add("heading", 48, f.title());
        if (profile) {
            form.row(48, List.of(new Cell("avatar", "Ada Lovelace", 48), new Cell("button", "Change photo", 140)));
        }
        List<Field> fields = new ArrayList<>(List.of(new Field("text-input", "Name", "Ada Lovelace"), new Field("text-input", "Email", "you@example.com")));
        addOthers(fields, f.sentence().fields());
        fields.forEach(form::field);
        form.add("label", 20, "*Notifications*");
        form.add("toggle", 28, "[on] Email notifications");
        form.add("toggle", 28, "[off] Push notifications");
        form.field(new Field("dropdown", "Language", "*English*, Deutsch, Fran\u00e7ais, Espa\u00f1ol"));
        form.space(8);
        form.row(40, f.buttons("Save changes", "Cancel").stream().map(b -> new Cell("button", b, 140)).toList());
        out.addAll(form.nodes());
        return out;
    }

    private static List<DraftNode> checkout(Frame f) {
        boolean cart = f.sentence().mentions(words("cart|basket")) && !f.sentence().mentions(words("pay|payment|check-?out"));
        String step = cart ? "*Cart*, Shipping, Payment, Done"
                : f.sentence().mentions(words("pay|payment|billing")) ? "Cart, Shipping, *Payment*, Done" : "Cart, *Shipping*, Payment, Done";
        List<DraftNode> out = new ArrayList<>();
        out.add(navBar(f, "Shop"));
        double total = f.width() - 2 * f.margin();
        double summaryWidth = f.desktop() ? 360 : total;
        double formWidth = f.desktop() ? total - summaryWidth - 32 : total;
        Column c = new Column(f.margin(), NAV + 24, formWidth);
        c.add("heading", 48, f.title());
        c.add("stepper", Math.min(formWidth, 480), 48, step);
        if (!cart) {
            List<Field> fields = new ArrayList<>(List.of(new Field("text-input", "Full name", "Ada Lovelace"),
                    new Field("text-input", "Address", "12 Market Street")));
            addOthers(fields, f.sentence().fields());
            fields.forEach(c::field);
            if (f.phone()) {
                c.field(new Field("text-input", "Card number", "1234 5678 9012 3456"));
                c.row(40, List.of(Cell.of("text-input", "MM/YY"), Cell.of("text-input", "CVC")));
            } else {
                c.row(40, List.of(Cell.of("text-input", "Card number"), new Cell("text-input", "MM/YY", 96), new Cell("text-input", "CVC", 80)));
            }
        }
        Column sum = new Column(16, 56, summaryWidth - 32);
        String items = "Item, Qty, Price\nRunning shoes, 1, \u20ac89.00\nSocks, 2, \u20ac12.00";
        sum.add("data-grid", gridHeight(items), items);
        sum.add("divider", 16, "");
        sum.row(24, List.of(Cell.of("label", "*Total*"), new Cell("label", "*\u20ac113.00*", 96)));
        List<String> buttons = f.buttons(cart ? "Checkout" : "Place order");
        sum.row(44, buttons.stream().map(Cell::button).toList());
        DraftNode summary = sum.inContainer("panel", "Order summary", 16);
        out.addAll(c.nodes());
        if (f.desktop()) out.add(summary.withBounds(f.margin() + formWidth + 32, NAV + 24, summary.w(), summary.h()));
        else out.add(summary.withBounds(f.margin(), c.y(), summary.w(), summary.h()));
        return out;
    }

    private static List<DraftNode> list(Frame f) {
        ListedThings t = ListedThings.in(f.sentence());
        List<DraftNode> out = new ArrayList<>();
        out.add(navBar(f, t.plural()));
        Column c = content(f, 0);
        c.add("heading", 48, f.title());
        List<String> buttons = f.buttons("New " + t.singular());
        if (f.phone()) {
            c.add("search", 40, "Search " + t.plural().toLowerCase(Locale.ROOT));
            c.add("list", 28.0 * t.asList().split("\n").length + 8, t.asList());
            c.row(44, buttons.stream().map(Cell::button).toList());
        } else {
            List<Cell> tools = new ArrayList<>(List.of(new Cell("search", "Search " + t.plural().toLowerCase(Locale.ROOT), 320),
                    new Cell("dropdown", "*All statuses*, Active, Archived", 200), Cell.SPACE));
            buttons.forEach(b -> tools.add(new Cell("button", b, 140)));
            c.row(40, tools);
            c.add("data-grid", gridHeight(t.grid()), t.grid());
            c.add("pagination", 280, 36, "1, *2*, 3, 4, 5");
        }
        out.addAll(c.nodes());
        return out;
    }

    private static List<DraftNode> concat(List<DraftNode> a, List<DraftNode> b) {
        List<DraftNode> out = new ArrayList<>(a);
        out.addAll(b);
        return out;
    }

    private static List<DraftNode> search(Frame f) {
        List<DraftNode> out = new ArrayList<>();
        out.add(navBar(f, "Search"));
        double side = f.desktop() ? 240 : 0;
        Column c = content(f, side);
        c.add("heading", 48, f.title());
        c.row(40, List.of(Cell.of("search", "Search"), new Cell("button", f.buttons("Search").getFirst(), 112)));
        c.add("label", 20, "24 results");
        int results = f.phone() ? 3 : 4;
        for (int i = 1; i <= results; i++) {
            Column r = new Column(16, 12, c.width() - 32);
            r.add("link", 24, "Result " + i);
            r.add("paragraph", 40, "A short description of the result, as it would be shown in the list.");
            c.place(r.inContainer("panel", "", 16));
        }
        if (side > 0) {
            Column filters = new Column(16, 56, side - f.margin() - 32);
            filters.add("checkbox", 24, "[x] In stock");
            filters.add("checkbox", 24, "[ ] On sale");
            filters.add("checkbox", 24, "[ ] Free shipping");
            filters.add("slider", 24, "60, Price");
            DraftNode panel = filters.inContainer("panel", "Filters", 16);
            out.add(panel.withBounds(f.margin(), NAV + 24, panel.w(), panel.h()));
        }
        out.addAll(c.nodes());
        return out;
    }

    private static List<DraftNode> chat(Frame f) {
        List<DraftNode> out = new ArrayList<>();
        out.add(navBar(f, "Messages"));
        double side = f.phone() ? 0 : 280;
        if (side > 0) {
            out.add(DraftNode.of("search", 16, NAV + 16, side - 32, 40, "Search conversations"));
            out.add(DraftNode.of("list", 16, NAV + 68, side - 32, f.height() - NAV - 84,
                    "- *Lin Chen*\n- Sam Ortiz\n- Design team\n- Ada Lovelace"));
        }
        Column c = content(f, side);
        c.add("heading", 40, f.title());
        String[][] messages = {{"Lin Chen", "Did you see the new onboarding sketches?"}, {"", "Yes! The second screen needs a skip button."},
                {"Lin Chen", "Good catch. I'll add it before the review."}};
        double bubble = Math.min(c.width() - 60, 420);
        for (String[] m : messages) {
            Column b = new Column(12, 8, bubble - 24);
            b.add("paragraph", 40, m[1]);
            DraftNode box = b.inContainer("panel", "", 12);
            // my messages sit on the right, theirs on the left beside the sender's avatar
            if (m[0].isEmpty()) c.place(box, c.width() - bubble);
            else c.line(List.of(DraftNode.of("avatar", 0, 0, 40, 40, m[0]), box));
        }
        double bottom = f.height() - 56;
        out.addAll(c.nodes());
        double left = side + f.margin();
        double width = f.width() - left - f.margin();
        out.add(DraftNode.of("text-input", left, bottom, width - 112, 40, "Write a message\u2026"));
        out.add(DraftNode.of("button", left + width - 100, bottom, 100, 40, f.buttons("Send").getFirst()));
        return out;
    }

    private static List<DraftNode> landing(Frame f) {
        List<DraftNode> out = new ArrayList<>();
        out.add(DraftNode.of("nav-bar", 0, 0, f.width(), NAV,
                f.phone() ? "Acme | *Home* | Menu" : "Acme | *Home* | Features | Pricing | Contact"));
        Column c = new Column(f.margin(), NAV + 32, f.width() - 2 * f.margin());
        List<String> buttons = f.buttons("Get started", "Learn more");
        if (f.desktop()) {
            double half = (c.width() - 32) / 2;
            Column hero = new Column(0, 0, half);
            hero.add("heading", 96, "*" + f.title() + "*");
            hero.add("paragraph", 72, "Say what the product does for the people who use it, in one or two sentences.");
            hero.row(44, buttons.stream().map(b -> new Cell("button", b, 140)).toList());
            DraftNode image = DraftNode.of("image", half + 32, 0, half, 280, "Product screenshot");
            List<DraftNode> heroNodes = concat(hero.nodes(), List.of(image));
            DraftNode group = new DraftNode("group", 0, 0, c.width(), 280, "", heroNodes);
            c.place(group);
        } else {
            c.add("heading", 72, "*" + f.title() + "*");
            c.add("paragraph", 72, "Say what the product does for the people who use it, in one or two sentences.");
            c.row(44, buttons.stream().map(Cell::button).toList());
            c.add("image", f.phone() ? 180 : 240, "Product screenshot");
        }
        boolean pricing = f.sentence().mentions(PRICING);
        String[][] cards = pricing
                ? new String[][]{{"Free", "*\u20ac0* / month", "- 3 projects\n- Sketch skin"}, {"Pro", "*\u20ac12* / month", "- Unlimited projects\n- Export to code"}, {"Team", "*\u20ac29* / month", "- Everything in Pro\n- Shared components"}}
                : new String[][]{{"Fast", "Draft a screen in seconds", ""}, {"Together", "Edit live with your team", ""}, {"Ready", "Export to HTML, React and FXML", ""}};
        int shown = f.phone() ? 2 : 3;
        List<DraftNode> built = new ArrayList<>();
        for (int i = 0; i < shown; i++) built.add(card(cards[i], pricing && !f.phone(), pricing, f.phone() ? c.width() : 200));
        if (f.phone()) built.forEach(c::place);
        else c.rowOf(built);
        out.addAll(c.nodes());
        return out;
    }

    /** A feature or a price plan; on a phone a plan leaves out its list so the page still fits. */
    private static DraftNode card(String[] card, boolean withList, boolean plan, double width) {
        Column inner = new Column(16, 56, width - 32);
        inner.add("label", 24, card[1]);
        if (withList) inner.add("list", 48, card[2]);
        if (plan) inner.add("button", Math.min(inner.width(), 160), 40, "Choose " + card[0]);
        return inner.inContainer("panel", card[0], 16);
    }
}
