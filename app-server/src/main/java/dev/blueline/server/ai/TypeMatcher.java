package dev.blueline.server.ai;

import dev.blueline.model.catalog.Catalog;
import dev.blueline.model.catalog.ControlType;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The catalog control a model meant by the type it wrote: "textbox" is a text input, "img" an
 * image, "primary-button" a button. Empty when nothing is close enough; the element is then left out.
 */
final class TypeMatcher {
    /** Words models and web developers use for our controls, beyond the catalog's own aliases. */
    private static final Map<String, String> SYNONYMS = Map.<String, String>ofEntries(
            Map.entry("textbox", "text-input"), Map.entry("textfield", "text-input"), Map.entry("input", "text-input"),
            Map.entry("field", "text-input"), Map.entry("email", "text-input"), Map.entry("entry", "text-input"),
            Map.entry("passwordfield", "password"), Map.entry("passwordinput", "password"), Map.entry("pin", "password"),
            Map.entry("textarea", "text-area"), Map.entry("multiline", "text-area"), Map.entry("comment", "text-area"),
            Map.entry("img", "image"), Map.entry("picture", "image"), Map.entry("photo", "image"), Map.entry("logo", "image"),
            Map.entry("hero", "image"), Map.entry("banner", "image"), Map.entry("thumbnail", "image"), Map.entry("illustration", "image"),
            Map.entry("table", "data-grid"), Map.entry("grid", "data-grid"), Map.entry("datagrid", "data-grid"),
            Map.entry("datatable", "data-grid"), Map.entry("spreadsheet", "data-grid"),
            Map.entry("select", "dropdown"), Map.entry("combobox", "dropdown"), Map.entry("combo", "dropdown"), Map.entry("picker", "dropdown"),
            Map.entry("switch", "toggle"), Map.entry("check", "checkbox"),
            Map.entry("radiobutton", "radio"), Map.entry("option", "radio"),
            Map.entry("title", "heading"), Map.entry("headline", "heading"), Map.entry("h1", "heading"), Map.entry("h2", "heading"),
            Map.entry("h3", "heading"), Map.entry("h4", "heading"), Map.entry("subtitle", "heading"),
            Map.entry("text", "paragraph"), Map.entry("p", "paragraph"), Map.entry("description", "paragraph"),
            Map.entry("body", "paragraph"), Map.entry("copy", "paragraph"), Map.entry("span", "label"), Map.entry("caption", "label"),
            Map.entry("price", "label"), Map.entry("value", "label"), Map.entry("stat", "label"),
            Map.entry("card", "panel"), Map.entry("container", "panel"), Map.entry("box", "panel"), Map.entry("section", "panel"),
            Map.entry("div", "panel"), Map.entry("form", "panel"), Map.entry("footer", "panel"), Map.entry("sidebar", "vertical-menu"),
            Map.entry("navbar", "nav-bar"), Map.entry("nav", "nav-bar"), Map.entry("navigation", "nav-bar"), Map.entry("header", "nav-bar"),
            Map.entry("topbar", "nav-bar"), Map.entry("appbar", "nav-bar"), Map.entry("toolbar", "nav-bar"),
            Map.entry("menu", "vertical-menu"), Map.entry("sidenav", "vertical-menu"), Map.entry("navlinks", "link-bar"),
            Map.entry("links", "link-bar"), Map.entry("chart", "bar-chart"), Map.entry("graph", "line-chart"),
            Map.entry("barchart", "bar-chart"), Map.entry("bargraph", "bar-chart"), Map.entry("linegraph", "line-chart"), Map.entry("linechart", "line-chart"), Map.entry("piechart", "pie-chart"),
            Map.entry("pie", "pie-chart"), Map.entry("donut", "pie-chart"), Map.entry("doughnut", "pie-chart"),
            Map.entry("searchbar", "search"), Map.entry("searchbox", "search"), Map.entry("datepicker", "date-picker"),
            Map.entry("date", "date-picker"), Map.entry("progress", "progress-bar"), Map.entry("progressbar", "progress-bar"),
            Map.entry("hr", "divider"), Map.entry("separator", "divider"), Map.entry("dialog", "modal"), Map.entry("popup", "modal"),
            Map.entry("tab", "tabs"), Map.entry("tabbar", "tabs"), Map.entry("ul", "list"), Map.entry("ol", "list"),
            Map.entry("listview", "list"), Map.entry("a", "link"), Map.entry("anchor", "link"), Map.entry("hyperlink", "link"),
            Map.entry("btn", "button"), Map.entry("submit", "button"), Map.entry("cta", "button"),
            Map.entry("upload", "file-upload"), Map.entry("fileinput", "file-upload"), Map.entry("dropzone", "file-upload"),
            Map.entry("stars", "rating"), Map.entry("notification", "alert"), Map.entry("toast", "alert"), Map.entry("message", "alert"),
            Map.entry("loader", "spinner"), Map.entry("loading", "spinner"), Map.entry("profile", "avatar"),
            Map.entry("tag", "badge"), Map.entry("chip", "badge"), Map.entry("pill", "badge"), Map.entry("player", "video"),
            Map.entry("steps", "stepper"), Map.entry("wizard", "stepper"), Map.entry("crumbs", "breadcrumbs"),
            Map.entry("breadcrumb", "breadcrumbs"), Map.entry("pager", "pagination"), Map.entry("counter", "number-stepper"),
            Map.entry("quantity", "number-stepper"), Map.entry("range", "slider"), Map.entry("note", "sticky-note"),
            Map.entry("circle", "ellipse"), Map.entry("rect", "rectangle"), Map.entry("square", "rectangle"),
            Map.entry("row", "group"), Map.entry("column", "group"), Map.entry("col", "group"), Map.entry("stack", "group"),
            Map.entry("hstack", "group"), Map.entry("vstack", "group"), Map.entry("flex", "group"), Map.entry("wrapper", "group"),
            Map.entry("layout", "group"), Map.entry("treeview", "tree"), Map.entry("collapse", "accordion"), Map.entry("window", "browser-window"));

    /** Ids that in a longer name usually describe something else: a "button-group" is buttons, a "line-graph" a chart. */
    private static final Set<String> WEAK_WORDS = Set.of("group", "line");

    private TypeMatcher() {
    }

    /** The catalog id for what a model wrote, or empty. Component instances need a master, so a model cannot place one. */
    static Optional<String> match(String written) {
        if (written == null) return Optional.empty();
        String norm = written.strip().toLowerCase(Locale.ROOT).replaceAll("[\\s_]+", "-");
        if (norm.isEmpty() || norm.length() > 64) return Optional.empty();
        Optional<String> found = exact(norm);
        if (found.isPresent()) return found;
        // "primary-button", "email-input", "user-table": a word names the control, a catalog id
        // before a synonym, the last such word first (English puts the noun last)
        List<String> words = List.of(norm.split("-+"));
        for (int i = words.size() - 1; i >= 0; i--) {
            if (WEAK_WORDS.contains(words.get(i))) continue;
            found = usable(words.get(i));
            if (found.isPresent()) return found;
        }
        for (int i = words.size() - 1; i >= 0; i--) {
            found = exact(words.get(i));
            if (found.isPresent()) return found;
        }
        if (norm.length() < 4) return Optional.empty(); // the palette search matches any short string somewhere
        List<ControlType> searched = Catalog.search(norm.replace('-', ' '));
        return searched.isEmpty() ? Optional.empty() : usable(searched.getFirst().id());
    }

    /** The id itself or a synonym, then the same for the singular ("buttons", "images"). */
    private static Optional<String> exact(String norm) {
        Optional<String> found = direct(norm);
        if (found.isEmpty() && norm.length() > 3 && norm.endsWith("s")) found = direct(norm.substring(0, norm.length() - 1));
        return found;
    }

    private static Optional<String> direct(String norm) {
        return usable(norm).or(() -> Optional.ofNullable(SYNONYMS.get(norm.replace("-", ""))).flatMap(TypeMatcher::usable));
    }

    private static Optional<String> usable(String id) {
        return Catalog.find(id).map(ControlType::id).filter(i -> !i.equals(Catalog.COMPONENT));
    }
}
