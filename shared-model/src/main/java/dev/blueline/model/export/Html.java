package dev.blueline.model.export;

import java.util.Map;

/** Writes a {@link Markup} tree as HTML5, indented, with every text and attribute escaped. */
final class Html {
    private Html() {
    }

    static String write(Markup m, int indent) {
        StringBuilder out = new StringBuilder(1 << 16);
        write(out, m, indent);
        return out.toString();
    }

    private static void write(StringBuilder out, Markup m, int indent) {
        switch (m) {
            case Markup.Text t -> escape(out, t.text(), false);
            case Markup.Tag t -> {
                out.append('<').append(t.name());
                for (Map.Entry<String, String> a : t.attrs().entrySet()) {
                    out.append(' ').append(a.getKey());
                    if (a.getValue() != null) escape(out.append("=\""), a.getValue(), true).append('"');
                }
                if (!t.style().isEmpty()) escape(out.append(" style=\""), style(t.style()), true).append('"');
                out.append('>');
                if (t.isVoid()) return;
                // text decides: inside running text, line breaks would show as spaces
                boolean inline = false;
                for (Markup c : t.children()) inline |= c instanceof Markup.Text;
                for (Markup child : t.children()) {
                    if (!inline) newline(out, indent + 1);
                    write(out, child, indent + 1);
                }
                if (!inline && !t.children().isEmpty()) newline(out, indent);
                out.append("</").append(t.name()).append('>');
            }
        }
    }

    static String style(Map<String, String> style) {
        StringBuilder s = new StringBuilder();
        style.forEach((k, v) -> s.append(s.isEmpty() ? "" : "; ").append(k).append(": ").append(v));
        return s.toString();
    }

    private static void newline(StringBuilder out, int indent) {
        out.append('\n');
        for (int i = 0; i < indent; i++) out.append("  ");
    }

    static String text(String s) {
        return escape(new StringBuilder(s.length() + 16), s, false).toString();
    }

    static String attribute(String s) {
        return escape(new StringBuilder(s.length() + 16), s, true).toString();
    }

    /** Appends {@code s} escaped; runs without special characters (long data URLs) are copied whole. */
    private static StringBuilder escape(StringBuilder out, String s, boolean quotes) {
        int from = 0;
        for (int i = 0; i < s.length(); i++) {
            String entity = switch (s.charAt(i)) {
                case '&' -> "&amp;";
                case '<' -> "&lt;";
                case '>' -> "&gt;";
                case '\u00a0' -> "&nbsp;";
                case '"' -> quotes ? "&quot;" : null;
                default -> null;
            };
            if (entity == null) continue;
            out.append(s, from, i).append(entity);
            from = i + 1;
        }
        return out.append(s, from, s.length());
    }
}
