package dev.blueline.model.export;

import dev.blueline.model.catalog.content.Content;
import dev.blueline.model.catalog.content.Content.Amount;
import dev.blueline.model.catalog.content.Content.Check;
import dev.blueline.model.catalog.content.Content.CheckState;
import dev.blueline.model.catalog.content.Content.DateValue;
import dev.blueline.model.catalog.content.Content.Grid;
import dev.blueline.model.catalog.content.Content.IconName;
import dev.blueline.model.catalog.content.Content.Items;
import dev.blueline.model.catalog.content.Content.Numbered;
import dev.blueline.model.catalog.content.Content.Outline;
import dev.blueline.model.catalog.content.Content.Plain;
import dev.blueline.model.catalog.content.Content.Series;
import dev.blueline.model.export.Markup.Builder;
import dev.blueline.model.render.Style.State;

import java.util.List;
import java.util.Locale;
import java.util.Set;

import static dev.blueline.model.export.Markup.tag;

/**
 * Each catalog control as semantic HTML: the element a developer would reach for (button,
 * input, select, table, nav, ul…), with an accessible name. The returned builder is the
 * element's outer tag; {@link ScreenMarkup} adds its id, size, place and style.
 */
final class HtmlControls {
    /** Controls that are not interactive themselves, so a screen link may wrap them in {@code <a>}. */
    private static final Set<String> WRAPPABLE = Set.of("heading", "paragraph", "label", "image", "icon", "avatar",
            "badge", "alert", "tooltip", "sticky-note", "callout", "rectangle", "ellipse", "rating", "bar-chart",
            "line-chart", "pie-chart", "map", "calendar", "divider", "spinner", "progress-bar", "arrow", "line");

    private HtmlControls() {
    }

    /** Whether a link to another screen becomes an {@code <a>} around the control. */
    static boolean wrapsLink(ExportElement e) {
        return WRAPPABLE.contains(e.typeId());
    }

    /**
     * @param href  the address of the screen the element links to, or null
     * @param scope makes page-wide names unique when the element is a copy inside a component instance
     */
    static Builder markup(ExportElement e, String href, String scope) {
        Content c = e.content();
        boolean disabled = e.style().state() == State.DISABLED;
        return switch (e.typeId()) {
            case "browser-window" -> tag("div").attr("role", "region").attr("aria-label", "Browser window: " + plain(c))
                    .add(tag("div").cls("bl-browser-bar").text(plain(c)));
            case "phone", "tablet" -> tag("div").attr("role", "region").attr("aria-label", label(e, e.type().displayName()));
            case "panel" -> tag("section").attr("aria-label", label(e, plain(c)))
                    .add(rich(tag("h3").cls("bl-title"), c));
            case "modal" -> tag("div").attr("role", "dialog").attr("aria-modal", "true").attr("aria-label", label(e, plain(c)))
                    .add(rich(tag("h2").cls("bl-title"), c));
            case "tabs" -> tabs(e, items(c), disabled, scope);
            case "group" -> tag("div").attr("role", "group").attr("aria-label", label(e, "Group"));
            case "component" -> tag("div").attr("role", "group").attr("aria-label", label(e, "Component"));
            case "accordion" -> accordion(items(c));
            case "nav-bar", "link-bar" -> tag("nav").attr("aria-label", label(e, e.type().displayName()))
                    .add(itemList(tag("ul"), items(c), "page", href));
            case "breadcrumbs" -> breadcrumbs(e, items(c), href);
            case "vertical-menu" -> tag("nav").attr("aria-label", label(e, "Menu")).add(itemList(tag("ul"), items(c), "page", href));
            case "pagination" -> tag("nav").attr("aria-label", label(e, "Pagination")).add(itemList(tag("ul"), items(c), "page", href));
            case "stepper" -> itemList(tag("ol").attr("aria-label", label(e, "Progress")), items(c), "step", href);
            case "tree" -> tree(e, c);
            case "button" -> href != null
                    ? tag("a").attr("href", href).attr("role", "button").text(plain(c))
                    : tag("button").attr("type", "button").flag("disabled", disabled).text(plain(c));
            case "link" -> tag("a").attr("href", href != null ? href : "#").text(plain(c));
            case "text-input" -> field("text", e, c, disabled);
            case "password" -> field("password", e, new Plain("Password"), disabled).attr("placeholder", plain(c));
            case "search" -> tag("search").add(field("search", e, c, disabled).cls("bl-fill"));
            case "text-area" -> tag("textarea").attr("aria-label", label(e, plain(c))).attr("placeholder", plain(c))
                    .flag("disabled", disabled);
            case "checkbox", "radio", "toggle" -> choice(e, c, disabled, scope);
            case "dropdown" -> dropdown(e, items(c), disabled);
            case "slider" -> amountInput("range", e, c, disabled);
            case "number-stepper" -> amountInput("number", e, c, disabled);
            case "date-picker" -> tag("input").attr("type", "date").attr("aria-label", label(e, "Date"))
                    .attr("value", c instanceof DateValue d ? d.date().toString() : "").flag("disabled", disabled);
            case "file-upload" -> tag("label").add(rich(tag("span"), c))
                    .add(tag("input").attr("type", "file").cls("bl-hidden-input").flag("disabled", disabled));
            case "heading" -> rich(tag("h2"), c);
            case "paragraph" -> rich(tag("p"), c);
            case "label" -> rich(tag("span"), c);
            case "image", "icon", "bar-chart", "line-chart", "pie-chart", "map", "calendar", "spinner", "arrow", "line", "unknown" ->
                    picture(e);
            case "avatar" -> tag("span").attr("role", "img").attr("aria-label", plain(c)).text(initials(plain(c)));
            case "badge" -> tag("span").text(plain(c));
            case "progress-bar" -> c instanceof Amount a
                    ? tag("progress").attr("max", number(a.max())).attr("value", number(a.value())).attr("aria-label", label(e, a.label().isEmpty() ? "Progress" : a.label()))
                    : tag("progress").attr("aria-label", label(e, "Progress"));
            case "alert" -> rich(tag("div").attr("role", "alert"), c);
            case "tooltip" -> rich(tag("div").attr("role", "tooltip"), c);
            case "divider" -> tag("hr");
            case "data-grid" -> grid(e, c);
            case "list" -> c instanceof Outline o ? outline(tag(o.numbered() ? "ol" : "ul"), o.roots(), false) : tag("ul");
            case "video" -> tag("video").flag("controls", true).attr("aria-label", label(e, "Video")).attr("poster", Picture.dataUrl(e));
            case "rating" -> rating(c);
            case "sticky-note" -> rich(tag("aside"), c);
            case "callout" -> tag("span").attr("role", "note").attr("aria-label", "Note " + (c instanceof Numbered n ? n.number() : 1))
                    .text(c instanceof Numbered n ? Integer.toString(n.number()) : "1");
            case "rectangle", "ellipse" -> rich(tag("div"), c);
            default -> picture(e);
        };
    }

    /** A tab list and one panel per tab (only the selected one shown); the tabs' child elements sit over it, as on the canvas. */
    private static Builder tabs(ExportElement e, List<Items.Item> items, boolean disabled, String scope) {
        Builder list = tag("div").attr("role", "tablist").cls("bl-tablist");
        List<Markup> panels = new java.util.ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            Items.Item it = items.get(i);
            String panel = ("bl-" + scope + e.id()).replaceAll("\\s", "-") + "-tab-" + i;
            list.add(tag("button").attr("type", "button").attr("role", "tab").attr("aria-controls", panel)
                    .attr("aria-selected", Boolean.toString(it.selected())).flag("disabled", disabled || it.disabled()).text(it.label()));
            panels.add(tag("div").attr("role", "tabpanel").attr("id", panel).attr("aria-label", it.label()).cls("bl-tabpanel")
                    .flag("hidden", !it.selected()).build());
        }
        return tag("div").add(list).addAll(panels);
    }

    private static Builder accordion(List<Items.Item> items) {
        Builder box = tag("div");
        for (Items.Item it : items) {
            box.add(tag("details").flag("open", it.selected()).add(tag("summary").text(it.label())));
        }
        return box;
    }

    /** Items as links; a control linked to a screen leads there from every item, as a click on the canvas does. */
    private static Builder itemList(Builder list, List<Items.Item> items, String current, String href) {
        for (Items.Item it : items) {
            Builder item = tag("a").text(it.label());
            if (it.disabled()) item.attr("aria-disabled", "true");
            else item.attr("href", href != null ? href : "#");
            if (it.selected()) item.attr("aria-current", current).cls("bl-current");
            list.add(tag("li").add(item));
        }
        return list;
    }

    private static Builder breadcrumbs(ExportElement e, List<Items.Item> items, String href) {
        Builder list = tag("ol");
        for (int i = 0; i < items.size(); i++) {
            Builder crumb = tag("a").text(items.get(i).label());
            if (i == items.size() - 1) crumb.attr("aria-current", "page");
            else crumb.attr("href", href != null ? href : "#");
            list.add(tag("li").add(crumb));
        }
        return tag("nav").attr("aria-label", label(e, "Breadcrumb")).add(list);
    }

    private static Builder tree(ExportElement e, Content c) {
        Builder root = tag("ul").attr("role", "tree").attr("aria-label", label(e, "Tree"));
        return c instanceof Outline o ? outline(root, o.roots(), true) : root;
    }

    private static Builder outline(Builder list, List<Outline.Node> nodes, boolean tree) {
        for (Outline.Node n : nodes) {
            Builder item = tag("li");
            if (tree) {
                item.attr("role", "treeitem");
                if (!n.children().isEmpty()) item.attr("aria-expanded", Boolean.toString(n.expanded()));
            }
            if (n.check().isPresent()) {
                item.add(tag("label").add(tag("input").attr("type", "checkbox")
                        .flag("checked", n.check().get() == CheckState.CHECKED)).text(" " + n.label()));
            } else {
                item.text(n.label());
            }
            if (!n.children().isEmpty() && (n.expanded() || !tree)) {
                Builder sub = tag("ul");
                if (tree) sub.attr("role", "group");
                item.add(outline(sub, n.children(), tree));
            }
            list.add(item);
        }
        return list;
    }

    private static Builder field(String type, ExportElement e, Content c, boolean disabled) {
        String hint = plain(c);
        Builder input = tag("input").attr("type", type).attr("aria-label", label(e, hint.isEmpty() ? e.type().displayName() : hint))
                .attr("placeholder", hint).flag("disabled", disabled);
        if (e.style().state() == State.ERROR) input.attr("aria-invalid", "true");
        return input;
    }

    private static Builder choice(ExportElement e, Content c, boolean disabled, String scope) {
        Check check = c instanceof Check k ? k : new Check(CheckState.UNCHECKED, plain(c));
        Builder input = tag("input").attr("type", e.typeId().equals("radio") ? "radio" : "checkbox")
                .flag("checked", check.state() == CheckState.CHECKED).flag("disabled", disabled);
        if (e.typeId().equals("radio")) input.attr("name", "choice-" + scope + e.id());
        if (e.typeId().equals("toggle")) input.attr("role", "switch");
        return tag("label").add(input).text(" " + check.label());
    }

    private static Builder dropdown(ExportElement e, List<Items.Item> items, boolean disabled) {
        Builder select = tag("select").attr("aria-label", label(e, "Choose")).flag("disabled", disabled);
        for (Items.Item it : items) select.add(tag("option").flag("selected", it.selected()).flag("disabled", it.disabled()).text(it.label()));
        return select;
    }

    private static Builder amountInput(String type, ExportElement e, Content c, boolean disabled) {
        Builder input = tag("input").attr("type", type).flag("disabled", disabled);
        if (c instanceof Amount a) {
            if (Double.isFinite(a.min())) input.attr("min", number(a.min()));
            if (Double.isFinite(a.max())) input.attr("max", number(a.max()));
            input.attr("value", number(a.value()));
            return input.attr("aria-label", label(e, a.label().isEmpty() ? e.type().displayName() : a.label()));
        }
        return input.attr("aria-label", label(e, e.type().displayName()));
    }

    private static Builder grid(ExportElement e, Content c) {
        Builder table = tag("table").attr("aria-label", label(e, "Data"));
        if (!(c instanceof Grid g)) return tag("div").add(table);
        Builder head = tag("tr");
        for (int i = 0; i < g.columns(); i++) head.add(tag("th").attr("scope", "col").cls(alignClass(g.align().get(i))).text(g.header().get(i)));
        table.add(tag("thead").add(head));
        Builder body = tag("tbody");
        for (List<String> row : g.rows()) {
            Builder tr = tag("tr");
            for (int i = 0; i < row.size(); i++) tr.add(tag("td").cls(alignClass(g.align().get(i))).text(row.get(i)));
            body.add(tr);
        }
        // a table grows to fit its rows; the box around it keeps the wireframe's size
        return tag("div").add(table.add(body));
    }

    private static String alignClass(Grid.Align a) {
        return "bl-" + a.name().toLowerCase(Locale.ROOT);
    }

    private static Builder rating(Content c) {
        if (!(c instanceof Amount a)) return tag("span");
        int max = (int) Math.min(10, Math.max(1, Math.round(a.max())));
        int full = (int) Math.min(max, Math.round(a.value()));
        return tag("span").attr("role", "img").attr("aria-label", number(a.value()) + " out of " + max)
                .text("\u2605".repeat(full) + "\u2606".repeat(max - full));
    }

    private static Builder picture(ExportElement e) {
        return tag("img").attr("src", Picture.dataUrl(e)).attr("alt", describe(e));
    }

    /** What a picture shows, for people who cannot see it. */
    private static String describe(ExportElement e) {
        Content c = e.content();
        String what = label(e, e.type().displayName());
        return switch (c) {
            case Series s -> {
                StringBuilder out = new StringBuilder(what).append(':');
                for (Series.Point p : s.points()) out.append(' ').append(p.label()).append(' ').append(number(p.value())).append(',');
                yield out.substring(0, out.length() - 1);
            }
            case IconName i -> i.name() + " icon";
            case DateValue d -> what + ": " + d.date();
            case Plain p when !p.text().isEmpty() -> p.text();
            default -> switch (e.typeId()) {
                case "arrow", "line" -> "";
                default -> what;
            };
        };
    }

    /** Text with its bold and italic runs as {@code <strong>} and {@code <em>}. */
    static Builder rich(Builder into, Content c) {
        if (!(c instanceof Plain p)) return into.text(plain(c));
        for (Plain.Span s : p.spans()) {
            Markup run = Markup.text(s.text());
            if (s.italic()) run = tag("em").add(run).build();
            if (s.bold()) run = tag("strong").add(run).build();
            into.add(run);
        }
        return into;
    }

    static String plain(Content c) {
        return switch (c) {
            case Plain p -> p.text();
            case Check k -> k.label();
            case Amount a -> a.label();
            case Items i -> String.join(", ", i.items().stream().map(Items.Item::label).toList());
            case DateValue d -> d.date().toString();
            case IconName i -> i.name();
            case Numbered n -> Integer.toString(n.number());
            default -> "";
        };
    }

    private static List<Items.Item> items(Content c) {
        return c instanceof Items i ? i.items() : List.of();
    }

    /** The field's label on the wireframe, else the layer name when the designer gave one, else {@code fallback}. */
    private static String label(ExportElement e, String fallback) {
        String s = !e.caption().isBlank() ? e.caption() : !e.name().isBlank() ? e.name() : fallback;
        return s.isBlank() ? e.type().displayName() : s;
    }

    private static String initials(String name) {
        StringBuilder out = new StringBuilder();
        for (String word : name.strip().split("\\s+")) {
            if (!word.isEmpty() && out.length() < 2) out.appendCodePoint(word.codePointAt(0));
        }
        return out.toString().toUpperCase(Locale.ROOT);
    }

    static String number(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : Double.toString(v);
    }
}
