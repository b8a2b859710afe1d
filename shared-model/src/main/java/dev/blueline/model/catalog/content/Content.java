package dev.blueline.model.catalog.content;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * What a control's {@code text} means once parsed: the one structure every renderer (canvas,
 * SVG) and code exporter (HTML, React, FXML) draws from, so none of them reparses markup.
 *
 * <p>All values are immutable and never hold null; lists are unmodifiable copies. The markup
 * that produces each shape is described in {@code dev.blueline.model.catalog.markup}.
 */
public sealed interface Content {

    /** Controls that show no text: divider, spinner, arrow, device frames. */
    record Empty() implements Content {
    }

    /**
     * Text with optional inline emphasis. {@code text} has the markers removed; the spans cut it
     * into runs (their texts joined are exactly {@code text}) so a renderer can switch fonts.
     */
    record Plain(String text, List<Span> spans) implements Content {
        public Plain {
            Objects.requireNonNull(text, "text");
            spans = List.copyOf(spans);
            StringBuilder joined = new StringBuilder(text.length());
            for (Span s : spans) joined.append(s.text());
            if (!joined.toString().equals(text)) {
                throw new IllegalArgumentException("spans must spell out the text exactly");
            }
        }

        /** Text without emphasis. */
        public Plain(String text) {
            this(text, text.isEmpty() ? List.of() : List.of(new Span(text, false, false)));
        }

        /** A run of text in one style. */
        public record Span(String text, boolean bold, boolean italic) {
            public Span {
                Objects.requireNonNull(text, "text");
            }
        }
    }

    /** Tabs, menus, breadcrumbs, pagination, stepper, dropdown options, accordion sections. */
    record Items(List<Item> items) implements Content {
        public Items {
            items = List.copyOf(items);
        }

        /** The first selected item (current tab, page, step, option), if any. */
        public OptionalInt selectedIndex() {
            for (int i = 0; i < items.size(); i++) {
                if (items.get(i).selected()) return OptionalInt.of(i);
            }
            return OptionalInt.empty();
        }

        public record Item(String label, boolean selected, boolean disabled) {
            public Item {
                Objects.requireNonNull(label, "label");
            }
        }
    }

    /**
     * A data grid. Every row has exactly as many cells as the header (shorter rows are padded
     * with "", longer ones cut), and {@code align} has one entry per column.
     */
    record Grid(List<String> header, List<List<String>> rows, List<Align> align) implements Content {
        public Grid {
            header = List.copyOf(header);
            int width = header.size();
            List<List<String>> fitted = new ArrayList<>(rows.size());
            for (List<String> row : rows) fitted.add(fit(row, width, ""));
            rows = List.copyOf(fitted);
            align = fit(align, width, Align.LEFT);
        }

        public Grid(List<String> header, List<List<String>> rows) {
            this(header, rows, List.of());
        }

        public int columns() {
            return header.size();
        }

        private static <T> List<T> fit(List<T> list, int width, T pad) {
            List<T> out = new ArrayList<>(width);
            for (int i = 0; i < width; i++) out.add(i < list.size() ? list.get(i) : pad);
            return List.copyOf(out);
        }

        public enum Align { LEFT, CENTER, RIGHT }
    }

    /** A tree or a (nested, possibly checklist) list. {@code numbered} means an ordered list. */
    record Outline(List<Node> roots, boolean numbered) implements Content {
        public Outline {
            roots = List.copyOf(roots);
        }

        /**
         * One line of the outline. {@code expanded} is false only when the line was marked
         * collapsed; children of a collapsed node are kept so a renderer can still count them.
         * {@code check} is present for checklist lines.
         */
        public record Node(String label, boolean expanded, Optional<CheckState> check, List<Node> children) {
            public Node {
                Objects.requireNonNull(label, "label");
                Objects.requireNonNull(check, "check");
                children = List.copyOf(children);
            }
        }
    }

    /** Checkbox, radio button, toggle: a state and the label next to it. */
    record Check(CheckState state, String label) implements Content {
        public Check {
            Objects.requireNonNull(state, "state");
            Objects.requireNonNull(label, "label");
        }
    }

    enum CheckState { CHECKED, UNCHECKED, MIXED }

    /**
     * A value on a scale: progress bar, slider, rating (value of max stars), number stepper.
     * {@code min <= value <= max}; a number stepper is unbounded (infinite min and max).
     */
    record Amount(double value, double min, double max, String label) implements Content {
        public Amount {
            Objects.requireNonNull(label, "label");
            if (Double.isNaN(value) || Double.isInfinite(value) || Double.isNaN(min) || Double.isNaN(max)
                    || min > max || value < min || value > max) {
                throw new IllegalArgumentException("need min <= value <= max, got " + min + " <= " + value + " <= " + max);
            }
        }

        public boolean bounded() {
            return Double.isFinite(min) && Double.isFinite(max);
        }

        /** Where the value sits between min and max, 0..1; 0 when unbounded or min == max. */
        public double fraction() {
            return bounded() && max > min ? (value - min) / (max - min) : 0;
        }
    }

    /** Chart data in the order written. */
    record Series(List<Point> points) implements Content {
        public Series {
            points = List.copyOf(points);
        }

        /** {@code label} is "" for a bare value. */
        public record Point(String label, double value) {
            public Point {
                Objects.requireNonNull(label, "label");
                if (!Double.isFinite(value)) throw new IllegalArgumentException("value must be finite");
            }
        }
    }

    /**
     * Date picker and calendar. {@code dayMarked} is false when only a month (or nothing usable)
     * was written: a calendar then highlights no day and a date picker shows its placeholder.
     */
    record DateValue(LocalDate date, boolean dayMarked) implements Content {
        public DateValue {
            Objects.requireNonNull(date, "date");
        }

        public YearMonth month() {
            return YearMonth.from(date);
        }
    }

    /** An icon by name, normalised to lower-case kebab-case ({@code search}, {@code arrow-left}); "" when none. */
    record IconName(String name) implements Content {
        public IconName {
            Objects.requireNonNull(name, "name");
        }
    }

    /** The number shown in a callout bubble. */
    record Numbered(int number) implements Content {
    }
}
