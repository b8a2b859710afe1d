package dev.blueline.model.export;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Writes a {@link Markup} tree as JSX for TypeScript React, so that React builds the same DOM the
 * HTML writer's page parses to.
 *
 * <p>What changes on the way: attribute names take their React spelling ({@code class} →
 * {@code className}, {@code tabindex} → {@code tabIndex}, SVG's {@code stroke-width} →
 * {@code strokeWidth}; {@code aria-*}, {@code data-*} and {@code role} stay); numeric props become
 * numbers ({@code tabIndex={0}}); form state becomes uncontrolled React props ({@code checked} →
 * {@code defaultChecked}, an input's or textarea's {@code value} and a textarea's text →
 * {@code defaultValue}, a selected {@code <option>} → {@code defaultValue} on its {@code <select>});
 * {@code style} becomes an object with camelCased properties; rows placed straight in a
 * {@code <table>} get the {@code <tbody>} an HTML parser would add; event handler attributes
 * ({@code onclick}), which React only takes as functions, are left out.
 *
 * <p>Text is written exactly: braces as {@code {'{'}}, {@code < > &} as entities, and text that
 * JSX would trim or fold (leading or trailing space, line breaks, control characters) as a string
 * expression. Output is indented by two spaces, an element on one line when it fits in
 * {@value #WIDTH} columns, otherwise one attribute per line. The same tree always gives the same text.
 */
final class Jsx {
    /** Lines longer than this are broken (attributes one per line, children one per line). */
    static final int WIDTH = 100;
    private static final String STEP = "  ";
    /** Data URLs longer than this move out of the markup into a module constant. */
    private static final int HOIST = 160;

    private static final Pattern NUMBER = Pattern.compile("-?(?:\\d+(?:\\.\\d+)?|\\.\\d+)");

    /** HTML attribute names React spells differently and that no dash rule gives. */
    private static final Map<String, String> RENAMED = Map.ofEntries(
            Map.entry("class", "className"), Map.entry("for", "htmlFor"), Map.entry("tabindex", "tabIndex"),
            Map.entry("readonly", "readOnly"), Map.entry("colspan", "colSpan"), Map.entry("rowspan", "rowSpan"),
            Map.entry("maxlength", "maxLength"), Map.entry("minlength", "minLength"),
            Map.entry("autocomplete", "autoComplete"), Map.entry("autofocus", "autoFocus"),
            Map.entry("autoplay", "autoPlay"), Map.entry("autocapitalize", "autoCapitalize"),
            Map.entry("contenteditable", "contentEditable"), Map.entry("crossorigin", "crossOrigin"),
            Map.entry("datetime", "dateTime"), Map.entry("enctype", "encType"), Map.entry("enterkeyhint", "enterKeyHint"),
            Map.entry("formaction", "formAction"), Map.entry("formenctype", "formEncType"),
            Map.entry("formmethod", "formMethod"), Map.entry("formnovalidate", "formNoValidate"),
            Map.entry("formtarget", "formTarget"), Map.entry("inputmode", "inputMode"), Map.entry("novalidate", "noValidate"),
            Map.entry("playsinline", "playsInline"), Map.entry("referrerpolicy", "referrerPolicy"),
            Map.entry("spellcheck", "spellCheck"), Map.entry("srcdoc", "srcDoc"), Map.entry("srclang", "srcLang"),
            Map.entry("srcset", "srcSet"), Map.entry("usemap", "useMap"), Map.entry("accesskey", "accessKey"),
            Map.entry("cellpadding", "cellPadding"), Map.entry("cellspacing", "cellSpacing"), Map.entry("charset", "charSet"),
            Map.entry("frameborder", "frameBorder"), Map.entry("marginheight", "marginHeight"),
            Map.entry("marginwidth", "marginWidth"), Map.entry("disablepictureinpicture", "disablePictureInPicture"),
            Map.entry("disableremoteplayback", "disableRemotePlayback"), Map.entry("allowtransparency", "allowTransparency"),
            Map.entry("hreflang", "hrefLang"), Map.entry("allowfullscreen", "allowFullScreen"),
            Map.entry("itemprop", "itemProp"), Map.entry("itemscope", "itemScope"), Map.entry("itemtype", "itemType"),
            Map.entry("itemid", "itemID"), Map.entry("itemref", "itemRef"), Map.entry("nomodule", "noModule"),
            Map.entry("fetchpriority", "fetchPriority"), Map.entry("popovertarget", "popoverTarget"),
            Map.entry("popovertargetaction", "popoverTargetAction"), Map.entry("accept-charset", "acceptCharset"),
            Map.entry("http-equiv", "httpEquiv"), Map.entry("xlink:href", "xlinkHref"), Map.entry("xml:space", "xmlSpace"),
            Map.entry("xml:lang", "xmlLang"), Map.entry("xmlns:xlink", "xmlnsXlink"));

    /** React props typed {@code boolean}: a present attribute is {@code true}, whatever its HTML value. */
    private static final Set<String> BOOLEAN = Set.of("allowFullScreen", "async", "autoFocus", "autoPlay", "checked",
            "controls", "default", "defaultChecked", "defer", "disabled", "formNoValidate", "hidden", "inert", "itemScope",
            "loop", "multiple", "muted", "noModule", "noValidate", "open", "playsInline", "readOnly", "required", "reversed",
            "selected", "disablePictureInPicture", "disableRemotePlayback", "allowTransparency", "scoped", "seamless");

    /** React props typed {@code 'true' | 'false' | boolean}: a bare HTML attribute means true. */
    private static final Set<String> BOOLEANISH = Set.of("draggable", "spellCheck", "contentEditable");

    /** React props typed {@code number}. */
    private static final Set<String> NUMERIC = Set.of("tabIndex", "colSpan", "rowSpan", "cols", "rows", "size", "span",
            "maxLength", "minLength", "start", "high", "low", "optimum", "border", "marginHeight", "marginWidth", "results",
            "aria-level", "aria-valuenow", "aria-valuemin", "aria-valuemax", "aria-colcount", "aria-colindex", "aria-colspan",
            "aria-rowcount", "aria-rowindex", "aria-rowspan", "aria-posinset", "aria-setsize");

    /** Input types whose {@code value} is what they send or show, not state the user edits. */
    private static final Set<String> FIXED_VALUE_INPUTS = Set.of("checkbox", "radio", "button", "submit", "reset", "image", "hidden");

    private Jsx() {
    }

    /**
     * JSX for {@code root} and what the file around it needs.
     *
     * @param code          the element, every line starting with the indent asked for, no final line break
     * @param components    the export's components the element uses (upper-case tag names), sorted
     * @param cssProperties true when a style object holds custom properties and is cast to
     *                      {@code CSSProperties} (imported from {@code react})
     * @param constants     module constants the element refers to, name → value: data URLs too long
     *                      to read inside the markup ({@code src={picture1}}), in order of use
     */
    record Result(String code, SortedSet<String> components, boolean cssProperties, Map<String, String> constants) {
    }

    /** JSX for {@code root}, each line starting with {@code indent} spaces. */
    static Result write(Markup.Tag root, int indent) {
        Writer w = new Writer();
        El el = w.element(root);
        StringBuilder out = new StringBuilder();
        w.write(el, " ".repeat(indent), out);
        return new Result(out.toString(), w.components, w.cssProperties, Collections.unmodifiableMap(w.constants));
    }

    /** A JavaScript string literal in single quotes for {@code s}, safe anywhere in a module. */
    static String string(String s) {
        StringBuilder out = new StringBuilder(s.length() + 2).append('\'');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '\\' -> out.append("\\\\");
                case '\'' -> out.append("\\'");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (needsEscape(s, i)) out.append(String.format(Locale.ROOT, "\\u%04X", (int) c));
                    else out.append(c);
                }
            }
        }
        return out.append('\'').toString();
    }

    /** Control characters, line and paragraph separators, byte order marks and lone surrogates. */
    private static boolean needsEscape(String s, int i) {
        char c = s.charAt(i);
        if (c < 0x20 || (c >= 0x7F && c < 0xA0) || c == '\u2028' || c == '\u2029' || c == '\uFEFF') return true;
        if (Character.isHighSurrogate(c)) return i + 1 >= s.length() || !Character.isLowSurrogate(s.charAt(i + 1));
        if (Character.isLowSurrogate(c)) return i == 0 || !Character.isHighSurrogate(s.charAt(i - 1));
        return false;
    }

    private static boolean hasEscapes(String s) {
        for (int i = 0; i < s.length(); i++) if (needsEscape(s, i)) return true;
        return false;
    }

    // ---- the tree as React sees it ----

    private sealed interface Node permits El, Txt {
    }

    /** An attribute: its React name and its value as JSX ({@code "x"}, {@code {0}}), or null for a bare {@code true}. */
    private record Attr(String name, String value) {
    }

    private record El(String name, List<Attr> attrs, Map<String, String> style, List<Node> children) implements Node {
    }

    private record Txt(String text) implements Node {
    }

    private static final class Writer {
        final SortedSet<String> components = new TreeSet<>();
        final Map<String, String> constants = new LinkedHashMap<>();
        private final Map<String, String> constantNames = new HashMap<>();
        boolean cssProperties;

        /** A long data URL as a reference to a module constant, the same constant for the same URL. */
        private String value(String v) {
            if (v.length() <= HOIST || !v.startsWith("data:")) return quoted(v);
            String name = constantNames.computeIfAbsent(v, k -> {
                String n = "picture" + (constants.size() + 1);
                constants.put(n, k);
                return n;
            });
            return "{" + name + "}";
        }

        El element(Markup.Tag tag) {
            String name = tag.name();
            if (!isName(name) || name.contains(":")) {
                throw new IllegalArgumentException("not an element name JSX can write: \"" + name + "\"");
            }
            if (tag.isComponent()) components.add(name);

            Map<String, String> attrs = new LinkedHashMap<>(tag.attrs());
            Map<String, String> style = new LinkedHashMap<>();
            String inline = attrs.remove("style");
            if (inline != null) style.putAll(parseStyle(inline));
            style.putAll(tag.style());

            List<Markup> kids = merged(tag.children());
            if (name.equals("textarea") && !kids.isEmpty() && kids.stream().allMatch(k -> k instanceof Markup.Text)) {
                // React sets a textarea's text through defaultValue, not children
                if (!attrs.containsKey("value")) attrs.put("value", ((Markup.Text) kids.getFirst()).text());
                kids = List.of();
            }
            if (name.equals("option")) attrs.remove("selected");
            if (name.equals("table")) kids = withTbody(kids);

            Map<String, Attr> out = new LinkedHashMap<>();
            for (Map.Entry<String, String> a : attrs.entrySet()) {
                Attr attr = tag.isComponent() ? prop(a.getKey(), a.getValue()) : attribute(name, attrs, a.getKey(), a.getValue());
                if (attr != null) out.put(attr.name(), attr);
            }
            if (name.equals("select")) {
                List<String> chosen = new ArrayList<>();
                selectedOptions(tag, chosen);
                if (!chosen.isEmpty()) {
                    boolean multiple = attrs.containsKey("multiple");
                    String value = multiple
                            ? "{[" + String.join(", ", chosen.stream().map(Jsx::string).toList()) + "]}"
                            : quoted(chosen.getLast());
                    out.put("defaultValue", new Attr("defaultValue", value));
                }
            }

            List<Node> children = new ArrayList<>(kids.size());
            for (Markup k : kids) {
                switch (k) {
                    case Markup.Tag t -> children.add(element(t));
                    case Markup.Text t -> children.add(new Txt(t.text()));
                }
            }
            return new El(name, List.copyOf(out.values()), style, children);
        }

        /** An attribute of a component of the export: passed as a string prop under its own name. */
        private Attr prop(String name, String value) {
            if (!isName(name) || name.contains(":")) {
                throw new IllegalArgumentException("not a prop name JSX can write: \"" + name + "\"");
            }
            return new Attr(name, value == null ? null : value(value));
        }

        private Attr attribute(String tag, Map<String, String> all, String html, String value) {
            if (!isName(html)) {
                throw new IllegalArgumentException("not an attribute name JSX can write: \"" + html + "\"");
            }
            String lower = html.toLowerCase(Locale.ROOT);
            if (lower.length() > 2 && lower.startsWith("on") && lower.chars().allMatch(Character::isLetter)) {
                return null; // an event handler: React takes functions only
            }
            String name = reactName(html);
            if (name.equals("checked") && tag.equals("input")) name = "defaultChecked";
            if (name.equals("value") && formValue(tag, all)) name = "defaultValue";

            if (BOOLEAN.contains(name)) return new Attr(name, null);
            if (value == null) {
                if (BOOLEANISH.contains(name) || name.startsWith("aria-")) return new Attr(name, "\"true\"");
                return new Attr(name, "\"\"");
            }
            if (NUMERIC.contains(name) && NUMBER.matcher(value.strip()).matches()) {
                return new Attr(name, "{" + number(value.strip()) + "}");
            }
            return new Attr(name, value(value));
        }

        /** True when {@code value} on this element is state a user edits (so React's default, not a fixed value). */
        private static boolean formValue(String tag, Map<String, String> all) {
            if (tag.equals("textarea") || tag.equals("select")) return true;
            if (!tag.equals("input")) return false;
            String type = all.get("type");
            return type == null || !FIXED_VALUE_INPUTS.contains(type.strip().toLowerCase(Locale.ROOT));
        }

        /** The values of the options of {@code select} (directly or in an optgroup) marked selected, in order. */
        private static void selectedOptions(Markup.Tag tag, List<String> out) {
            for (Markup k : tag.children()) {
                if (!(k instanceof Markup.Tag t)) continue;
                if (t.name().equals("option")) {
                    if (t.attrs().containsKey("selected")) {
                        String v = t.attrs().get("value");
                        out.add(v != null ? v : optionText(t));
                    }
                } else if (t.name().equals("optgroup")) {
                    selectedOptions(t, out);
                }
            }
        }

        /** An option's value without a value attribute: its text, stripped and with white space collapsed. */
        private static String optionText(Markup.Tag option) {
            StringBuilder text = new StringBuilder();
            collectText(option, text);
            return text.toString().replaceAll("[ \\t\\n\\f\\r]+", " ").strip();
        }

        private static void collectText(Markup.Tag tag, StringBuilder out) {
            for (Markup k : tag.children()) {
                switch (k) {
                    case Markup.Text t -> out.append(t.text());
                    case Markup.Tag t -> collectText(t, out);
                }
            }
        }

        void write(El el, String indent, StringBuilder out) {
            String line = oneLine(el);
            if (line != null && indent.length() + line.length() <= WIDTH) {
                out.append(indent).append(line);
                return;
            }
            boolean empty = el.children().isEmpty();
            openTag(el, indent, empty, out);
            if (empty) return;
            String inner = indent + STEP;
            for (Node n : el.children()) {
                out.append('\n');
                switch (n) {
                    case El child -> write(child, inner, out);
                    case Txt t -> out.append(inner).append(text(t.text()));
                }
            }
            out.append('\n').append(indent).append("</").append(el.name()).append('>');
        }

        /** The opening tag, on one line when it fits, else one attribute per line. */
        private void openTag(El el, String indent, boolean selfClosing, StringBuilder out) {
            String end = selfClosing ? " />" : ">";
            String attrs = attrsOneLine(el);
            if (attrs != null && indent.length() + 1 + el.name().length() + attrs.length() + end.length() <= WIDTH) {
                out.append(indent).append('<').append(el.name()).append(attrs).append(end);
                return;
            }
            String inner = indent + STEP;
            out.append(indent).append('<').append(el.name());
            for (Attr a : el.attrs()) out.append('\n').append(inner).append(attr(a));
            if (!el.style().isEmpty()) {
                String style = "style=" + styleOneLine(el.style());
                if (inner.length() + style.length() <= WIDTH) {
                    out.append('\n').append(inner).append(style);
                } else {
                    boolean cast = hasCustomProperties(el.style());
                    out.append('\n').append(inner).append("style={{");
                    for (Map.Entry<String, String> d : el.style().entrySet()) {
                        out.append('\n').append(inner).append(STEP).append(declaration(d)).append(',');
                    }
                    out.append('\n').append(inner).append(cast ? "} as CSSProperties}" : "}}");
                }
            }
            out.append('\n').append(indent).append(selfClosing ? "/>" : ">");
        }

        /** The whole element on one line, or null when some text must stand on its own line. */
        private String oneLine(El el) {
            String attrs = attrsOneLine(el);
            StringBuilder out = new StringBuilder().append('<').append(el.name()).append(attrs);
            if (el.children().isEmpty()) return out.append(" />").toString();
            out.append('>');
            for (Node n : el.children()) {
                switch (n) {
                    case El child -> {
                        String s = oneLine(child);
                        if (s == null) return null;
                        out.append(s);
                    }
                    case Txt t -> out.append(text(t.text()));
                }
                if (out.length() > WIDTH) return null;
            }
            return out.append("</").append(el.name()).append('>').toString();
        }

        private String attrsOneLine(El el) {
            StringBuilder out = new StringBuilder();
            for (Attr a : el.attrs()) out.append(' ').append(attr(a));
            if (!el.style().isEmpty()) out.append(" style=").append(styleOneLine(el.style()));
            return out.toString();
        }

        private static String attr(Attr a) {
            return a.value() == null ? a.name() : a.name() + "=" + a.value();
        }

        private String styleOneLine(Map<String, String> style) {
            StringBuilder out = new StringBuilder("{{ ");
            boolean first = true;
            for (Map.Entry<String, String> d : style.entrySet()) {
                if (!first) out.append(", ");
                out.append(declaration(d));
                first = false;
            }
            out.append(" }");
            if (hasCustomProperties(style)) out.append(" as CSSProperties");
            return out.append('}').toString();
        }

        private boolean hasCustomProperties(Map<String, String> style) {
            boolean custom = style.keySet().stream().anyMatch(p -> !isIdentifier(cssName(p)));
            if (custom) cssProperties = true;
            return custom;
        }

        private static String declaration(Map.Entry<String, String> d) {
            String key = cssName(d.getKey());
            if (!isIdentifier(key)) key = string(key);
            return key + ": " + string(d.getValue() == null ? "" : d.getValue());
        }
    }

    /** Adjacent text joined (JSX would join lines with a space) and empty text left out. */
    private static List<Markup> merged(List<Markup> children) {
        List<Markup> out = new ArrayList<>(children.size());
        for (Markup m : children) {
            if (m instanceof Markup.Text t) {
                if (t.text().isEmpty()) continue;
                if (!out.isEmpty() && out.getLast() instanceof Markup.Text prev) {
                    out.set(out.size() - 1, new Markup.Text(prev.text() + t.text()));
                    continue;
                }
            }
            out.add(m);
        }
        return out;
    }

    /** Runs of {@code <tr>} straight inside a table wrapped in the {@code <tbody>} an HTML parser would add. */
    private static List<Markup> withTbody(List<Markup> children) {
        List<Markup> out = new ArrayList<>(children.size());
        List<Markup> rows = new ArrayList<>();
        for (Markup m : children) {
            if (m instanceof Markup.Tag t && t.name().equals("tr")) {
                rows.add(t);
                continue;
            }
            if (!rows.isEmpty()) {
                out.add(Markup.tag("tbody").addAll(rows).build());
                rows.clear();
            }
            out.add(m);
        }
        if (!rows.isEmpty()) out.add(Markup.tag("tbody").addAll(rows).build());
        return out;
    }

    /** React's name for an HTML or SVG attribute. */
    static String reactName(String html) {
        String lower = html.toLowerCase(Locale.ROOT);
        String renamed = RENAMED.get(lower);
        if (renamed != null) return renamed;
        if (lower.startsWith("data-") || lower.startsWith("aria-")) return lower;
        if (html.indexOf('-') < 0 && html.indexOf(':') < 0) return html;
        return camel(html.replace(':', '-'));
    }

    /** The key of a CSS property in a React style object: {@code margin-top} → {@code marginTop}. */
    /** {@code [A-Za-z_][A-Za-z0-9_.:-]*}, checked by hand: it runs for every attribute of every element. */
    static boolean isName(String s) {
        if (s.isEmpty() || !(asciiLetter(s.charAt(0)) || s.charAt(0) == '_')) return false;
        for (int i = 1; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!(asciiLetter(c) || (c >= '0' && c <= '9') || c == '_' || c == '.' || c == ':' || c == '-')) return false;
        }
        return true;
    }

    /** {@code [A-Za-z_$][A-Za-z0-9_$]*}: a key that needs no quotes in a JavaScript object. */
    static boolean isIdentifier(String s) {
        if (s.isEmpty() || !(asciiLetter(s.charAt(0)) || s.charAt(0) == '_' || s.charAt(0) == '$')) return false;
        for (int i = 1; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!(asciiLetter(c) || (c >= '0' && c <= '9') || c == '_' || c == '$')) return false;
        }
        return true;
    }

    private static boolean asciiLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    static String cssName(String property) {
        String p = property.strip();
        if (p.startsWith("--")) return p;
        String lower = p.toLowerCase(Locale.ROOT);
        if (lower.startsWith("-ms-")) return camel(lower.substring(1));
        if (lower.startsWith("-")) {
            String c = camel(lower.substring(1));
            return c.isEmpty() ? c : Character.toUpperCase(c.charAt(0)) + c.substring(1);
        }
        return camel(lower);
    }

    private static String camel(String dashed) {
        StringBuilder out = new StringBuilder(dashed.length());
        boolean up = false;
        for (int i = 0; i < dashed.length(); i++) {
            char c = dashed.charAt(i);
            if (c == '-') {
                up = !out.isEmpty();
                continue;
            }
            out.append(up ? Character.toUpperCase(c) : c);
            up = false;
        }
        return out.toString();
    }

    /** An attribute value: {@code "text"} when JSX takes it literally, else a string expression. */
    private static String quoted(String value) {
        boolean plain = value.indexOf('"') < 0 && value.indexOf('&') < 0 && value.indexOf('\\') < 0
                && value.indexOf('\n') < 0 && value.indexOf('\r') < 0 && value.indexOf('\t') < 0 && !hasEscapes(value);
        return plain ? "\"" + value + "\"" : "{" + string(value) + "}";
    }

    /** A number literal TypeScript reads as written ({@code 007} would be octal, {@code .5} is fine but odd). */
    private static String number(String n) {
        return new java.math.BigDecimal(n).stripTrailingZeros().toPlainString();
    }

    /**
     * Text as a JSX child, read back exactly: plain text with entities and brace expressions, or
     * a string expression when JSX would trim or fold it.
     */
    static String text(String s) {
        if (s.isEmpty()) return "";
        if (isSpace(s.charAt(0)) || isSpace(s.charAt(s.length() - 1)) || s.indexOf('\t') >= 0 || hasEscapes(s)) {
            return "{" + string(s) + "}";
        }
        StringBuilder out = new StringBuilder(s.length() + 8);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '{' -> out.append("{'{'}");
                case '}' -> out.append("{'}'}");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    private static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }

    /** Parses {@code a: b; c: d} (a style attribute); declarations without a colon are left out. */
    private static Map<String, String> parseStyle(String css) {
        Map<String, String> out = new LinkedHashMap<>();
        for (String decl : css.split(";")) {
            int colon = decl.indexOf(':');
            if (colon <= 0) continue;
            String prop = decl.substring(0, colon).strip();
            if (!prop.isEmpty()) out.put(prop, decl.substring(colon + 1).strip());
        }
        return out;
    }
}
