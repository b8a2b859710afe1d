package dev.blueline.model.document;

/**
 * A property value as it travels in an op: text, a number, a flag, or null (unset / none).
 * Numbers are doubles so that {@code 120} and {@code 120.0} are the same value everywhere.
 */
public sealed interface Value {

    /** The null value: "no parent", "no link", "use the default style". */
    Value NULL = new Null();

    static Value of(String text) {
        return text == null ? NULL : new Text(text);
    }

    static Value of(double number) {
        return new Num(number);
    }

    static Value of(boolean flag) {
        return flag ? Flag.TRUE : Flag.FALSE;
    }

    record Text(String text) implements Value {
        public Text {
            if (text == null) throw new IllegalArgumentException("text value must not be null; use Value.NULL");
        }

        @Override
        public String toString() {
            return '"' + text + '"';
        }
    }

    record Num(double number) implements Value {
        @Override
        public boolean equals(Object o) {
            // 0.0 and -0.0 are the same coordinate; NaN never reaches a document (validation refuses it)
            return o instanceof Num other && number == other.number;
        }

        @Override
        public int hashCode() {
            return Double.hashCode(number == 0.0 ? 0.0 : number);
        }

        @Override
        public String toString() {
            return number == Math.rint(number) && Math.abs(number) < 1e15 ? Long.toString((long) number) : Double.toString(number);
        }
    }

    record Flag(boolean flag) implements Value {
        static final Flag TRUE = new Flag(true);
        static final Flag FALSE = new Flag(false);

        @Override
        public String toString() {
            return Boolean.toString(flag);
        }
    }

    record Null() implements Value {
        @Override
        public String toString() {
            return "null";
        }
    }

    default boolean isNull() {
        return this instanceof Null;
    }

    /** The text, or null when this is not a text value. */
    default String asText() {
        return this instanceof Text t ? t.text() : null;
    }

    /** The number, or NaN when this is not a number. */
    default double asNumber() {
        return this instanceof Num n ? n.number() : Double.NaN;
    }

    /** True only for the flag {@code true}. */
    default boolean isTrue() {
        return this instanceof Flag f && f.flag();
    }
}
