package dev.blueline.model.export;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * One FXML element: a class ({@code Button}), a property element ({@code children}, lower case)
 * or an {@code fx:} directive, with attributes in writing order. Writes itself as XML; values are
 * escaped twice over: for XML, and for FXML, which reads a property value starting with $, @, %,
 * a backslash or #{ as a variable, location, resource key or binding.
 */
final class FxmlNode {
    /** Where the classes the writer uses live, for the {@code <?import?>} lines. */
    private static final Map<String, String> PACKAGES = packages();

    private final String tag;
    private final Map<String, String> attrs = new LinkedHashMap<>();
    private final List<FxmlNode> children = new ArrayList<>();

    private FxmlNode(String tag) {
        this.tag = Objects.requireNonNull(tag, "tag");
    }

    static FxmlNode of(String tag) {
        return new FxmlNode(tag);
    }

    /** A property value; escaped so FXML reads it literally. */
    FxmlNode attr(String name, String value) {
        attrs.put(name, literal(value));
        return this;
    }

    /** Sets the node's {@code id}, written first so a reader finds it at a glance. */
    FxmlNode id(String id) {
        Map<String, String> rest = new LinkedHashMap<>(attrs);
        rest.remove("id");
        attrs.clear();
        attrs.put("id", literal(id));
        attrs.putAll(rest);
        return this;
    }

    /** A value FXML is meant to interpret ({@code @file.css}, {@code $variable}); written as is. */
    FxmlNode raw(String name, String value) {
        attrs.put(name, value);
        return this;
    }

    FxmlNode attr(String name, double value) {
        attrs.put(name, num(value));
        return this;
    }

    FxmlNode flag(String name, boolean on) {
        if (on) attrs.put(name, "true");
        return this;
    }

    /** Adds style classes (FXML reads a comma-separated list into the node's {@code styleClass}). */
    FxmlNode styleClass(String... classes) {
        String old = attrs.get("styleClass");
        String added = String.join(", ", classes);
        attrs.put("styleClass", old == null ? added : old + ", " + added);
        return this;
    }

    /** Appends CSS declarations to the inline {@code style}. */
    FxmlNode style(String declarations) {
        if (declarations == null || declarations.isEmpty()) return this;
        String old = attrs.get("style");
        attrs.put("style", old == null ? declarations : old + " " + declarations);
        return this;
    }

    /** Pins the size: min = pref = max, so no layout pane stretches or squeezes the node. */
    FxmlNode size(double w, double h) {
        attrs.put("minWidth", "-Infinity");
        attr("prefWidth", w);
        attrs.put("maxWidth", "-Infinity");
        attrs.put("minHeight", "-Infinity");
        attr("prefHeight", h);
        attrs.put("maxHeight", "-Infinity");
        return this;
    }

    FxmlNode at(double x, double y) {
        if (x != 0) attr("layoutX", x);
        if (y != 0) attr("layoutY", y);
        return this;
    }

    /** A nested element written as is: a property element, an instance or a directive. */
    FxmlNode add(FxmlNode child) {
        children.add(child);
        return this;
    }

    /** {@code <name>values…</name>}: a property set from elements. */
    FxmlNode property(String name, FxmlNode... values) {
        return property(name, List.of(values));
    }

    FxmlNode property(String name, List<FxmlNode> values) {
        FxmlNode p = of(name);
        values.forEach(p::add);
        return add(p);
    }

    /** Adds {@code node} to this node's {@code <children>}, made on first use. */
    FxmlNode child(FxmlNode node) {
        FxmlNode list = null;
        for (FxmlNode c : children) {
            if (c.tag.equals("children")) list = c;
        }
        if (list == null) {
            list = of("children");
            children.add(list);
        }
        list.add(node);
        return this;
    }

    /** {@code FXCollections.observableArrayList()} holding {@code items}: what list-typed setters need. */
    static FxmlNode list(List<FxmlNode> items) {
        FxmlNode l = of("FXCollections").raw("fx:factory", "observableArrayList");
        items.forEach(l::add);
        return l;
    }

    /** A string list entry; {@code fx:value} is read literally, so it is only XML-escaped. */
    static FxmlNode string(String value) {
        return of("String").raw("fx:value", value);
    }

    /** The whole file: XML prolog, the imports this tree uses, a comment, then the tree. */
    String document(String comment) {
        Set<String> imports = new TreeSet<>();
        collectImports(imports);
        StringBuilder out = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n\n");
        for (String i : imports) out.append("<?import ").append(i).append("?>\n");
        out.append("\n<!-- ").append(comment(comment)).append(" -->\n");
        FxmlNode root = of(tag);
        root.raw("xmlns", "http://javafx.com/javafx").raw("xmlns:fx", "http://javafx.com/fxml/1");
        root.attrs.putAll(attrs);
        root.children.addAll(children);
        root.write(out, 0);
        return out.toString();
    }

    /**
     * {@code VBox} and {@code VBox.margin} need {@code layout.VBox}; a nested class
     * ({@code XYChart.Series}) needs its package's {@code *}: FXML finds nested classes only there.
     */
    private void collectImports(Set<String> out) {
        int dot = tag.indexOf('.');
        String outer = dot < 0 ? tag : tag.substring(0, dot);
        if (!tag.startsWith("fx:") && Character.isUpperCase(outer.charAt(0))) {
            String pkg = PACKAGES.get(outer);
            if (pkg == null) throw new IllegalStateException("no package known for " + outer);
            boolean nested = dot > 0 && Character.isUpperCase(tag.charAt(dot + 1));
            out.add(pkg + "." + (nested ? "*" : outer));
        }
        children.forEach(c -> c.collectImports(out));
    }

    private void write(StringBuilder out, int depth) {
        out.append("  ".repeat(depth)).append('<').append(tag);
        attrs.forEach((k, v) -> out.append(' ').append(k).append("=\"").append(xml(v)).append('"'));
        if (children.isEmpty()) {
            out.append("/>\n");
            return;
        }
        out.append(">\n");
        for (FxmlNode c : children) c.write(out, depth + 1);
        out.append("  ".repeat(depth)).append("</").append(tag).append(">\n");
    }

    /** Comment text: no {@code --} (which ends a comment in XML) and only characters XML allows. */
    private static String comment(String s) {
        StringBuilder b = new StringBuilder();
        s.replace('\n', ' ').replace('\t', ' ').codePoints()
                .filter(cp -> cp >= 0x20 && cp != 0xFFFE && cp != 0xFFFF && (cp < 0xD800 || cp > 0xDFFF))
                .forEach(b::appendCodePoint);
        String t = b.toString().replaceAll("-{2,}", "-");
        return t.endsWith("-") ? t + " " : t;
    }

    /** {@code 120}, {@code 12.5}, {@code 0.333333}: short, locale-free, never exponent notation. */
    static String num(double v) {
        if (!Double.isFinite(v)) return v > 0 ? "Infinity" : v < 0 ? "-Infinity" : "0";
        if (v == Math.rint(v) && Math.abs(v) < 1e15) return Long.toString((long) v);
        String s = BigDecimal.valueOf(v).setScale(6, RoundingMode.HALF_EVEN).stripTrailingZeros().toPlainString();
        return s.equals("-0") ? "0" : s;
    }

    /** A leading {@code \} tells FXML the value is not a {@code $variable}, {@code @location} and so on. */
    private static String literal(String value) {
        String v = value == null ? "" : value;
        boolean special = v.startsWith("$") || v.startsWith("@") || v.startsWith("%") || v.startsWith("\\") || v.startsWith("#{");
        return special ? "\\" + v : v;
    }

    /**
     * Escaped for a double-quoted attribute; line breaks and tabs as character references so the
     * parser keeps them; characters XML 1.0 cannot carry at all (controls, lone surrogates) dropped.
     */
    static String xml(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> b.append("&amp;");
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '"' -> b.append("&quot;");
                case '\n' -> b.append("&#10;");
                case '\r' -> b.append("&#13;");
                case '\t' -> b.append("&#9;");
                default -> {
                    if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                        b.append(c).append(s.charAt(++i));
                    } else if (c >= 0x20 && !Character.isSurrogate(c) && c != 0xFFFE && c != 0xFFFF) {
                        b.append(c);
                    }
                }
            }
        }
        return b.toString();
    }

    private static Map<String, String> packages() {
        Map<String, String> m = new LinkedHashMap<>();
        put(m, "javafx.scene.layout", "Pane", "VBox", "HBox", "StackPane", "GridPane", "Region");
        put(m, "javafx.scene.control", "Accordion", "Button", "CheckBox", "ComboBox", "DatePicker", "Hyperlink", "Label",
                "PasswordField", "ProgressBar", "ProgressIndicator", "RadioButton", "Separator", "Slider", "Spinner",
                "TableColumn", "TableView", "TextArea", "TextField", "TitledPane", "ToggleButton", "TreeItem", "TreeView");
        put(m, "javafx.scene.control.cell", "MapValueFactory");
        put(m, "javafx.scene.chart", "BarChart", "LineChart", "CategoryAxis", "NumberAxis", "XYChart");
        put(m, "javafx.scene.shape", "Rectangle", "Line", "Polygon", "Arc");
        put(m, "javafx.scene.text", "Text", "TextFlow");
        put(m, "javafx.scene.transform", "Scale");
        put(m, "javafx.scene", "Group");
        put(m, "javafx.geometry", "Insets");
        put(m, "javafx.collections", "FXCollections");
        put(m, "java.lang", "String", "Double");
        put(m, "java.util", "HashMap");
        return m;
    }

    private static void put(Map<String, String> m, String pkg, String... names) {
        for (String n : names) m.put(n, pkg);
    }
}
