package dev.blueline.model.export;

import dev.blueline.model.export.Layout.Axis;
import dev.blueline.model.export.Layout.Free;
import dev.blueline.model.export.Layout.Placed;
import dev.blueline.model.export.Layout.Single;
import dev.blueline.model.export.Layout.Stack;
import dev.blueline.model.geometry.Rect;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Infers rows and columns from positions by cutting recursively (an XY cut): first into bands
 * that do not overlap vertically (a column of rows), else into columns that do not overlap
 * horizontally (a row), else the elements overlap and keep absolute positions. Elements that
 * only touch (one ends where the next starts) do not overlap.
 */
final class LayoutPlanner {
    private LayoutPlanner() {
    }

    /** Lays out {@code items} (in painting order) inside {@code frame}, their common coordinates. */
    static Layout arrange(List<ExportElement> items, Rect frame) {
        List<List<ExportElement>> rows = split(items, Axis.COLUMN);
        if (rows.size() > 1 || items.size() <= 1) return stack(Axis.COLUMN, frame, rows);
        List<List<ExportElement>> columns = split(items, Axis.ROW);
        if (columns.size() > 1) return stack(Axis.ROW, frame, columns);
        List<Layout> parts = new ArrayList<>(items.size());
        for (ExportElement e : items) parts.add(new Single(e));
        return new Free(frame, parts);
    }

    private static Stack stack(Axis axis, Rect frame, List<List<ExportElement>> groups) {
        List<Placed> parts = new ArrayList<>(groups.size());
        double edge = start(frame, axis);
        for (List<ExportElement> group : groups) {
            Layout part = group.size() == 1 ? new Single(group.getFirst()) : arrange(group, union(group));
            Rect b = part.box();
            parts.add(new Placed(part, start(b, axis) - edge, start(b, other(axis)) - start(frame, other(axis))));
            edge = end(b, axis);
        }
        return new Stack(axis, frame, parts);
    }

    /**
     * Groups that do not overlap along {@code axis}, in order along it; each group keeps the
     * painting order of its members.
     */
    private static List<List<ExportElement>> split(List<ExportElement> items, Axis axis) {
        List<Integer> byStart = new ArrayList<>(items.size());
        for (int i = 0; i < items.size(); i++) byStart.add(i);
        byStart.sort(Comparator.<Integer>comparingDouble(i -> start(items.get(i).bounds(), axis)).thenComparing(i -> i));
        List<List<Integer>> groups = new ArrayList<>();
        double reach = Double.NEGATIVE_INFINITY;
        for (int i : byStart) {
            Rect b = items.get(i).bounds();
            if (groups.isEmpty() || start(b, axis) >= reach) groups.add(new ArrayList<>());
            groups.getLast().add(i);
            reach = Math.max(reach, end(b, axis));
        }
        List<List<ExportElement>> out = new ArrayList<>(groups.size());
        for (List<Integer> g : groups) {
            g.sort(null);
            List<ExportElement> members = new ArrayList<>(g.size());
            for (int i : g) members.add(items.get(i));
            out.add(members);
        }
        return out;
    }

    private static Rect union(List<ExportElement> items) {
        Rect u = items.getFirst().bounds();
        for (ExportElement e : items) u = u.union(e.bounds());
        return u;
    }

    private static Axis other(Axis a) {
        return a == Axis.COLUMN ? Axis.ROW : Axis.COLUMN;
    }

    private static double start(Rect r, Axis a) {
        return a == Axis.COLUMN ? r.y() : r.x();
    }

    private static double end(Rect r, Axis a) {
        return a == Axis.COLUMN ? r.bottom() : r.right();
    }
}
