package dev.blueline.model.export;

import dev.blueline.model.geometry.Rect;

import java.util.List;

/**
 * How a set of sibling elements sits inside their box, inferred from their positions: rows and
 * columns (flex) where they line up, absolute positions only where they overlap. Offsets are
 * exact, so the code puts every element where the wireframe has it.
 *
 * <p>The layout of a screen's (or a container's) children is always a {@link Stack} or a
 * {@link Free} whose box is the whole screen (container) at the origin; {@link Single} appears
 * only as a part.
 */
public sealed interface Layout {

    /**
     * The box this layout fills, in the coordinates of the element (or screen) whose children
     * these are; a writer only needs its size and the offsets below.
     */
    Rect box();

    /** One element; its box is its bounds. */
    record Single(ExportElement element) implements Layout {
        @Override
        public Rect box() {
            return element.bounds();
        }
    }

    /**
     * Parts one after another along {@code axis}, none overlapping along it. A part sits
     * {@code before} after the previous part's far edge (or the box's start) and {@code across}
     * from the box's start on the other axis.
     */
    record Stack(Axis axis, Rect box, List<Placed> parts) implements Layout {
        public Stack {
            parts = List.copyOf(parts);
        }
    }

    /** Parts that overlap: each at its offset from the box's top left, in painting order. */
    record Free(Rect box, List<Layout> parts) implements Layout {
        public Free {
            parts = List.copyOf(parts);
        }

        public double left(Layout part) {
            return part.box().x() - box.x();
        }

        public double top(Layout part) {
            return part.box().y() - box.y();
        }
    }

    /** A part of a stack with its offsets. */
    record Placed(Layout part, double before, double across) {
    }

    /** {@code COLUMN}: top to bottom (a column of rows); {@code ROW}: left to right. */
    enum Axis { COLUMN, ROW }

    /** True for a layout with no elements at all. */
    default boolean isEmpty() {
        return this instanceof Stack s && s.parts().isEmpty();
    }
}
