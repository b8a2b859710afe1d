package dev.blueline.desktop.panels;

import java.util.OptionalDouble;

/** Numbers as the panels show and read them: no needless ".0", a comma accepted as a decimal point. */
final class Numbers {
    private Numbers() {
    }

    static String format(double v) {
        if (Double.isNaN(v)) return "";
        if (v == Math.rint(v) && Math.abs(v) < 1e15) return Long.toString((long) v);
        String s = String.format(java.util.Locale.ROOT, "%.2f", v);
        while (s.endsWith("0")) s = s.substring(0, s.length() - 1);
        return s.endsWith(".") ? s.substring(0, s.length() - 1) : s;
    }

    /** The number typed, or empty when it is not one (blank, letters, infinite). */
    static OptionalDouble parse(String text) {
        if (text == null) return OptionalDouble.empty();
        String t = text.strip().replace(',', '.');
        if (t.isEmpty()) return OptionalDouble.empty();
        try {
            double d = Double.parseDouble(t);
            return Double.isFinite(d) ? OptionalDouble.of(d) : OptionalDouble.empty();
        } catch (NumberFormatException e) {
            return OptionalDouble.empty();
        }
    }
}
