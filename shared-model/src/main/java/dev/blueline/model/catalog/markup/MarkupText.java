package dev.blueline.model.catalog.markup;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import java.util.regex.Pattern;

/** Small text helpers every parser shares: one place that decides what a line and a number are. */
public final class MarkupText {
    // Deliberately narrower than Double.parseDouble: no NaN, Infinity, hex or 'd'/'f' suffixes.
    private static final Pattern NUMBER = Pattern.compile("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][+-]?\\d{1,3})?");

    private MarkupText() {
    }

    /**
     * Null becomes "", the text is cut to {@link Limits#MAX_INPUT_CHARS} (never inside a surrogate
     * pair), a leading byte-order mark is dropped, and CRLF / CR line endings become LF.
     */
    public static String normalize(String text) {
        if (text == null) return "";
        String t = text;
        if (t.length() > Limits.MAX_INPUT_CHARS) {
            int end = Limits.MAX_INPUT_CHARS;
            if (Character.isHighSurrogate(t.charAt(end - 1))) end--;
            t = t.substring(0, end);
        }
        if (t.startsWith("\uFEFF")) t = t.substring(1);
        if (t.indexOf('\r') >= 0) t = t.replace("\r\n", "\n").replace('\r', '\n');
        return t;
    }

    /** The lines of a normalized text, blank ones included. */
    public static List<String> lines(String normalized) {
        return List.of(normalized.split("\n", -1));
    }

    /** The lines that have something other than whitespace on them. */
    public static List<String> nonBlankLines(String normalized) {
        List<String> out = new ArrayList<>();
        for (String line : lines(normalized)) {
            if (!line.isBlank()) out.add(line);
        }
        return out;
    }

    /**
     * A plain decimal number such as {@code 12}, {@code -3.5}, {@code .5} or {@code 1e3}; the
     * unicode minus sign is accepted. Empty when the text is anything else or not finite.
     */
    public static OptionalDouble number(String text) {
        if (text == null) return OptionalDouble.empty();
        String t = text.strip().replace('\u2212', '-');
        if (t.isEmpty() || t.length() > 400 || !NUMBER.matcher(t).matches()) return OptionalDouble.empty();
        double d = Double.parseDouble(t);
        return Double.isFinite(d) ? OptionalDouble.of(d) : OptionalDouble.empty();
    }

    /** Like {@link #number} but a trailing {@code %} is allowed ({@code 60%} is 60). */
    public static OptionalDouble numberOrPercent(String text) {
        if (text == null) return OptionalDouble.empty();
        String t = text.strip();
        if (t.endsWith("%")) t = t.substring(0, t.length() - 1);
        return number(t);
    }

    public static double clamp(double v, double min, double max) {
        return Math.max(min, Math.min(max, v));
    }
}
