package dev.blueline.server.ai;

import java.util.ArrayList;
import java.util.List;

/** Lays elements out top to bottom in a column of a fixed width, the way a form or a phone screen reads. */
final class Column {
    static final double GAP = 12;

    /** One cell of a row: a control and its text; a width of 0 shares what is left. */
    record Cell(String type, String text, double width) {
        /** empty room that pushes the cells after it to the right */
        static final Cell SPACE = new Cell("", "", 0);

        static Cell of(String type, String text) {
            return new Cell(type, text, 0);
        }

        static Cell button(String text) {
            return new Cell("button", text, 0);
        }
    }

    private final double left;
    private final double width;
    private double y;
    private final List<DraftNode> nodes = new ArrayList<>();

    Column(double left, double top, double width) {
        this.left = left;
        this.y = top;
        this.width = width;
    }

    double width() {
        return width;
    }

    /** Where the next element goes. */
    double y() {
        return y;
    }

    List<DraftNode> nodes() {
        return List.copyOf(nodes);
    }

    /** The full width of the column. */
    Column add(String type, double h, String text) {
        return add(type, width, h, text);
    }

    Column add(String type, double w, double h, String text) {
        return place(DraftNode.of(type, 0, 0, Math.min(w, width), h, text));
    }

    /** A node built elsewhere (a panel with its children), at the column's left edge. */
    Column place(DraftNode node) {
        return place(node, 0);
    }

    /** A node built elsewhere, {@code indent} right of the column's left edge (a reply bubble on the right). */
    Column place(DraftNode node, double indent) {
        nodes.add(node.withBounds(left + indent, y, node.w(), node.h()));
        y += node.h() + GAP;
        return this;
    }

    /** Nodes built elsewhere, side by side at their own widths, as high as the tallest. */
    Column line(List<DraftNode> built) {
        double x = left;
        double tallest = 0;
        for (DraftNode n : built) {
            nodes.add(n.withBounds(x, y, n.w(), n.h()));
            x += n.w() + GAP;
            tallest = Math.max(tallest, n.h());
        }
        y += tallest + GAP;
        return this;
    }

    /** Cells side by side across the column; cells without a width share the rest. */
    Column row(double h, List<Cell> cells) {
        double fixed = 0;
        int shared = 0;
        for (Cell c : cells) {
            if (c.width() > 0) fixed += c.width();
            else shared++;
        }
        double rest = Math.max(0, width - fixed - GAP * (cells.size() - 1));
        double x = left;
        for (Cell c : cells) {
            double w = c.width() > 0 ? c.width() : rest / Math.max(shared, 1);
            if (c != Cell.SPACE) nodes.add(DraftNode.of(c.type(), x, y, w, h, c.text()));
            x += w + GAP;
        }
        y += h + GAP;
        return this;
    }

    /** Nodes built elsewhere, side by side with equal widths and the height of the tallest. */
    Column rowOf(List<DraftNode> built) {
        double w = (width - GAP * (built.size() - 1)) / built.size();
        double x = left;
        double tallest = 0;
        for (DraftNode n : built) {
            nodes.add(n.withBounds(x, y, w, n.h()));
            x += w + GAP;
            tallest = Math.max(tallest, n.h());
        }
        y += tallest + GAP;
        return this;
    }

    /** A label above its input, the way forms are drawn; checkboxes carry their own label. */
    Column field(Sentence.Field f) {
        if (f.type().equals("checkbox")) return add("checkbox", 24, f.text());
        add("label", 20, f.label());
        y -= GAP - 4;
        double h = f.type().equals("text-area") ? 96 : 40;
        return add(f.type(), h, f.text());
    }

    Column space(double extra) {
        y += extra;
        return this;
    }

    /** The column wrapped in a container of its width plus padding, for a card or a dialog. */
    DraftNode inContainer(String type, String text, double padding) {
        return new DraftNode(type, 0, 0, width + 2 * padding, y - GAP + padding, text, nodes());
    }
}
