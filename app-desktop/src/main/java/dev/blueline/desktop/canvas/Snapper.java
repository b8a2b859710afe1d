package dev.blueline.desktop.canvas;

import dev.blueline.model.geometry.Rect;

import java.util.Collection;
import java.util.List;

/**
 * Snapping for moves and resizes: to other elements' edges and centres and the screen's, else to
 * the grid; with the guide lines and spacing distances to show.
 */
final class Snapper {

    /** The correction to apply and what to show. */
    record Result(double dx, double dy, List<Guides.Line> lines, List<Guides.Spacing> spacings) {
    }

    private Snapper() {
    }

    /**
     * @param moving    where the dragged rectangle would be without snapping
     * @param others    rectangles to snap to (not the dragged ones)
     * @param page      the screen
     * @param threshold how close counts, in screen units
     * @param grid      grid step, or 0 for none
     * @param snapX     which edges of {@code moving} may snap horizontally (left, centre, right); resizes pass only the moving edge
     */
    static Result snap(Rect moving, Collection<Rect> others, Rect page, double threshold, double grid, boolean[] snapX, boolean[] snapY) {
        double[] mx = {moving.x(), moving.centerX(), moving.right()};
        double[] my = {moving.y(), moving.centerY(), moving.bottom()};
        double bestX = Double.NaN, bestY = Double.NaN;
        double bestXd = threshold + 1e-9, bestYd = threshold + 1e-9;
        for (Rect o : withPage(others, page)) {
            double[] ox = {o.x(), o.centerX(), o.right()};
            double[] oy = {o.y(), o.centerY(), o.bottom()};
            for (int i = 0; i < 3; i++) {
                if (!snapX[i]) continue;
                for (double target : ox) {
                    double d = target - mx[i];
                    if (Math.abs(d) < Math.abs(bestXd)) { bestXd = d; bestX = target; }
                }
            }
            for (int i = 0; i < 3; i++) {
                if (!snapY[i]) continue;
                for (double target : oy) {
                    double d = target - my[i];
                    if (Math.abs(d) < Math.abs(bestYd)) { bestYd = d; bestY = target; }
                }
            }
        }
        double dx = Double.isNaN(bestX) ? gridDelta(mx, snapX, grid) : bestXd;
        double dy = Double.isNaN(bestY) ? gridDelta(my, snapY, grid) : bestYd;
        Rect snapped = moving.translate(dx, dy);
        List<Guides.Line> lines = new java.util.ArrayList<>();
        if (!Double.isNaN(bestX)) lines.add(verticalGuide(bestX, snapped, others, page));
        if (!Double.isNaN(bestY)) lines.add(horizontalGuide(bestY, snapped, others, page));
        return new Result(dx, dy, lines, spacings(snapped, others));
    }

    private static double gridDelta(double[] edges, boolean[] use, double grid) {
        if (grid <= 0) return 0;
        for (int i = 0; i < 3; i++) {
            if (use[i] && i != 1) return Math.round(edges[i] / grid) * grid - edges[i];
        }
        return 0;
    }

    private static Guides.Line verticalGuide(double x, Rect r, Collection<Rect> others, Rect page) {
        double y1 = r.y(), y2 = r.bottom();
        for (Rect o : withPage(others, page)) {
            if (near(o.x(), x) || near(o.centerX(), x) || near(o.right(), x)) {
                y1 = Math.min(y1, o.y());
                y2 = Math.max(y2, o.bottom());
            }
        }
        return new Guides.Line(x, y1, x, y2);
    }

    private static Guides.Line horizontalGuide(double y, Rect r, Collection<Rect> others, Rect page) {
        double x1 = r.x(), x2 = r.right();
        for (Rect o : withPage(others, page)) {
            if (near(o.y(), y) || near(o.centerY(), y) || near(o.bottom(), y)) {
                x1 = Math.min(x1, o.x());
                x2 = Math.max(x2, o.right());
            }
        }
        return new Guides.Line(x1, y, x2, y);
    }

    /** Gaps to the nearest neighbour on each side that overlaps in the other direction. */
    private static List<Guides.Spacing> spacings(Rect r, Collection<Rect> others) {
        Rect left = null, right = null, up = null, down = null;
        for (Rect o : others) {
            boolean rowOverlap = o.y() < r.bottom() && o.bottom() > r.y();
            boolean colOverlap = o.x() < r.right() && o.right() > r.x();
            if (rowOverlap && o.right() <= r.x() && (left == null || o.right() > left.right())) left = o;
            if (rowOverlap && o.x() >= r.right() && (right == null || o.x() < right.x())) right = o;
            if (colOverlap && o.bottom() <= r.y() && (up == null || o.bottom() > up.bottom())) up = o;
            if (colOverlap && o.y() >= r.bottom() && (down == null || o.y() < down.y())) down = o;
        }
        List<Guides.Spacing> out = new java.util.ArrayList<>();
        double cy = r.centerY(), cx = r.centerX();
        if (left != null) out.add(new Guides.Spacing(left.right(), cy, r.x(), cy, r.x() - left.right()));
        if (right != null) out.add(new Guides.Spacing(r.right(), cy, right.x(), cy, right.x() - r.right()));
        if (up != null) out.add(new Guides.Spacing(cx, up.bottom(), cx, r.y(), r.y() - up.bottom()));
        if (down != null) out.add(new Guides.Spacing(cx, r.bottom(), cx, down.y(), down.y() - r.bottom()));
        return out;
    }

    private static Collection<Rect> withPage(Collection<Rect> others, Rect page) {
        List<Rect> all = new java.util.ArrayList<>(others);
        if (page != null) all.add(page);
        return all;
    }

    private static boolean near(double a, double b) {
        return Math.abs(a - b) < 0.01;
    }
}
