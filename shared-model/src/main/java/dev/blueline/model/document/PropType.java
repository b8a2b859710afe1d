package dev.blueline.model.document;

import java.util.Set;
import java.util.regex.Pattern;

/** The shape a property value must have. {@link #problem} says what is wrong, or null when the value fits. */
public sealed interface PropType {

    String problem(Value v);

    record TextType(int maxLength) implements PropType {
        @Override
        public String problem(Value v) {
            if (!(v instanceof Value.Text t)) return "must be text";
            if (t.text().length() > maxLength) return "is " + t.text().length() + " characters, the limit is " + maxLength;
            return null;
        }
    }

    record NumberType(double min, double max) implements PropType {
        @Override
        public String problem(Value v) {
            if (!(v instanceof Value.Num n)) return "must be a number";
            double d = n.number();
            if (!Double.isFinite(d)) return "must be a finite number";
            if (d < min || d > max) return "must be between " + fmt(min) + " and " + fmt(max) + ", got " + fmt(d);
            return null;
        }

        private static String fmt(double d) {
            return new Value.Num(d).toString();
        }
    }

    record FlagType() implements PropType {
        @Override
        public String problem(Value v) {
            return v instanceof Value.Flag ? null : "must be true or false";
        }
    }

    record ChoiceType(Set<String> choices) implements PropType {
        @Override
        public String problem(Value v) {
            if (v instanceof Value.Text t && choices.contains(t.text())) return null;
            return "must be one of " + choices.stream().sorted().toList();
        }
    }

    /** {@code #rgb}, {@code #rrggbb} or {@code #rrggbbaa}. */
    record ColorType() implements PropType {
        private static final Pattern HEX = Pattern.compile("#([0-9a-fA-F]{3}|[0-9a-fA-F]{6}|[0-9a-fA-F]{8})");

        @Override
        public String problem(Value v) {
            if (v instanceof Value.Text t && HEX.matcher(t.text()).matches()) return null;
            return "must be a colour like #1e293b";
        }
    }

    /** A reference to another object by id; which kind it must be is checked against the document. */
    record IdType() implements PropType {
        @Override
        public String problem(Value v) {
            if (v instanceof Value.Text t && Ids.isValid(t.text())) return null;
            return "must be an object id";
        }
    }

    /** A fractional index key (see {@code dev.blueline.model.order.FractionalIndex}). */
    record OrderKeyType() implements PropType {
        @Override
        public String problem(Value v) {
            if (v instanceof Value.Text t && dev.blueline.model.order.FractionalIndex.isValid(t.text())) return null;
            return "must be an order key";
        }
    }
}
