package dev.blueline.server.ai;

import java.util.List;

import static dev.blueline.server.ai.Sentence.words;

/** What a list screen lists, with sample rows a designer recognises: "orders" get orders, "users" users. */
record ListedThings(String singular, String plural, String grid, String asList) {
    private static final List<ListedThings> KNOWN = List.of(
            new ListedThings("order", "Orders", "Order, Customer, Date, Total, Status\n#1042, Ada Lovelace, 2026-11-28, \u20ac89.00, Paid\n#1041, Lin Chen, 2026-11-27, \u20ac112.50, Shipped\n#1040, Sam Ortiz, 2026-11-27, \u20ac45.20, Refunded",
                    "- #1042 Ada Lovelace, \u20ac89.00\n- #1041 Lin Chen, \u20ac112.50\n- #1040 Sam Ortiz, \u20ac45.20"),
            new ListedThings("user", "Users", "Name, Email, Role, Status\nAda Lovelace, ada@example.com, Admin, Active\nLin Chen, lin@example.com, Editor, Active\nSam Ortiz, sam@example.com, Viewer, Invited",
                    "- Ada Lovelace, Admin\n- Lin Chen, Editor\n- Sam Ortiz, Viewer"),
            new ListedThings("customer", "Customers", "Name, Email, Orders, Spent\nAda Lovelace, ada@example.com, 12, \u20ac1,204\nLin Chen, lin@example.com, 4, \u20ac310\nSam Ortiz, sam@example.com, 1, \u20ac45",
                    "- Ada Lovelace, 12 orders\n- Lin Chen, 4 orders\n- Sam Ortiz, 1 order"),
            new ListedThings("product", "Products", "Product, SKU, Price, Stock\nRunning shoes, RS-01, \u20ac89.00, 24\nRain jacket, RJ-07, \u20ac129.00, 8\nSocks, SK-12, \u20ac6.00, 310",
                    "- Running shoes, \u20ac89.00\n- Rain jacket, \u20ac129.00\n- Socks, \u20ac6.00"),
            new ListedThings("invoice", "Invoices", "Invoice, Client, Due, Amount, Status\nINV-204, Acme Inc., 2026-12-01, \u20ac2,400, Open\nINV-203, Globex, 2026-11-15, \u20ac980, Paid",
                    "- INV-204 Acme Inc., \u20ac2,400\n- INV-203 Globex, \u20ac980"),
            new ListedThings("task", "Tasks", "Task, Owner, Due, Status\nWrite brief, Ada, 2026-12-01, In progress\nReview sketches, Lin, 2026-12-03, To do",
                    "- [x] Write brief\n- Review sketches\n- Launch"),
            new ListedThings("employee", "Employees", "Name, Team, Role, Started\nAda Lovelace, Engineering, Lead, 2021\nLin Chen, Design, Designer, 2023",
                    "- Ada Lovelace, Engineering\n- Lin Chen, Design"),
            new ListedThings("contact", "Contacts", "Name, Company, Email, Phone\nAda Lovelace, Acme Inc., ada@example.com, +1 555 0100\nLin Chen, Globex, lin@example.com, +1 555 0101",
                    "- Ada Lovelace, Acme Inc.\n- Lin Chen, Globex"),
            new ListedThings("member", "Members", "Name, Email, Role\nAda Lovelace, ada@example.com, Owner\nLin Chen, lin@example.com, Editor",
                    "- Ada Lovelace, Owner\n- Lin Chen, Editor"),
            new ListedThings("file", "Files", "Name, Owner, Modified, Size\nBrief.pdf, Ada, 2026-11-28, 240 KB\nSketches.png, Lin, 2026-11-27, 1.2 MB",
                    "- Brief.pdf\n- Sketches.png"));
    private static final ListedThings ITEMS = new ListedThings("item", "Items", "Name, Status, Updated\nFirst item, Active, 2026-11-28\nSecond item, Draft, 2026-11-27\nThird item, Archived, 2026-11-20",
            "- First item\n- Second item\n- Third item");

    static ListedThings in(Sentence s) {
        for (ListedThings t : KNOWN) {
            if (s.mentions(words(t.singular() + "s?"))) return t;
        }
        return ITEMS;
    }
}
