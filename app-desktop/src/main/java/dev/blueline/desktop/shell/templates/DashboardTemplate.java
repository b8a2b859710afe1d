package dev.blueline.desktop.shell.templates;

import dev.blueline.model.ops.Put;

import java.util.List;

/** An analytics dashboard: navigation, key numbers, two charts and a customer table. */
public final class DashboardTemplate implements Template {
    private static final String[][] STATS = {
            {"Revenue", "$48,210", "+12% vs last month"},
            {"Active users", "3,842", "+4% vs last month"},
            {"New signups", "214", "-3% vs last month"},
            {"Churn", "1.8%", "Same as last month"},
    };

    @Override
    public String name() {
        return "Dashboard";
    }

    @Override
    public String description() {
        return "Analytics overview with key numbers, charts and a table";
    }

    @Override
    public List<Put> ops() {
        ProjectBuilder b = new ProjectBuilder();
        String s = b.screen("Dashboard", 1440, 900, "desktop");
        b.add(s, "nav-bar", 0, 0, 1440, 56, "Acme | *Dashboard* | Projects | Reports | Settings");
        b.add(s, "vertical-menu", 0, 56, 220, 844, "*Overview*\nProjects\nTeam\nReports\n-Billing-\nSettings");
        String title = b.add(s, "heading", 252, 80, 400, 40, "Overview");
        b.fontSize(title, 28);
        b.add(s, "dropdown", 940, 80, 168, 40, "*Last 30 days*, Last 7 days, This year");
        b.add(s, "search", 1128, 80, 280, 40, "Search projects");

        for (int i = 0; i < STATS.length; i++) {
            String card = b.add(s, "panel", 252 + i * 292, 144, 272, 112, STATS[i][0]);
            String value = b.addIn(card, "heading", 16, 40, 240, 36, STATS[i][1]);
            b.fontSize(value, 26);
            b.addIn(card, "label", 16, 80, 240, 20, STATS[i][2]);
        }

        b.add(s, "line-chart", 252, 280, 760, 300, "Jan: 32, Feb: 41, Mar: 38, Apr: 52, May: 61, Jun: 58");
        b.add(s, "pie-chart", 1036, 280, 372, 300, "Direct: 45, Search: 35, Social: 20");
        b.add(s, "data-grid", 252, 604, 1156, 264, String.join("\n",
                "Customer, Plan, Status, MRR",
                ":---, :---, :---, ---:",
                "Northwind, Pro, Active, \"$1,200\"",
                "Contoso, Team, Trial, $0",
                "Fabrikam, Enterprise, Active, \"$8,400\"",
                "Adventure Works, Pro, Past due, \"$1,200\""));
        return b.ops();
    }
}
