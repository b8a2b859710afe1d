package dev.blueline.server.ai;

import java.util.ArrayList;
import java.util.List;

/**
 * Puts drafted elements where a designer can use them: inside the screen, children inside their
 * container, at least {@link #MIN_SIZE} on each side, on whole points; then gives them keys.
 */
final class ScreenFit {
    /** small enough for an icon, large enough to grab on the canvas */
    static final double MIN_SIZE = 8;

    private ScreenFit() {
    }

    /**
     * Content that overflows its box by up to {@code 1 / minScale} shrinks as a whole, so a layout
     * drawn for a wider screen keeps its proportions; beyond that (a stray huge number) each
     * element is only pushed back inside, so one outlier cannot shrink everything to a dot.
     */
    static List<DraftNode> fit(List<DraftNode> nodes, double width, double height, double minScale) {
        double right = 0;
        double bottom = 0;
        for (DraftNode n : nodes) {
            right = Math.max(right, n.right());
            bottom = Math.max(bottom, n.bottom());
        }
        double scale = Math.min(1, Math.min(width / Math.max(right, 1), height / Math.max(bottom, 1)));
        List<DraftNode> out = new ArrayList<>(nodes.size());
        for (DraftNode n : nodes) {
            DraftNode s = scale < 1 && scale >= minScale ? scaled(n, scale) : n;
            out.add(inside(s, width, height, minScale));
        }
        return out;
    }

    private static DraftNode scaled(DraftNode n, double s) {
        List<DraftNode> kids = n.children().stream().map(c -> scaled(c, s)).toList();
        return new DraftNode(n.type(), n.x() * s, n.y() * s, n.w() * s, n.h() * s, n.text(), kids);
    }

    private static DraftNode inside(DraftNode n, double width, double height, double minScale) {
        double w = clamp(Math.round(n.w()), MIN_SIZE, width);
        double h = clamp(Math.round(n.h()), MIN_SIZE, height);
        double x = clamp(Math.round(n.x()), 0, width - w);
        double y = clamp(Math.round(n.y()), 0, height - h);
        return n.withBounds(x, y, w, h).withChildren(fit(n.children(), w, h, minScale));
    }

    private static double clamp(double v, double min, double max) {
        if (!Double.isFinite(v)) return min;
        return Math.max(min, Math.min(max, v));
    }

    /** Depth first, so every container comes before its children; keys e1, e2, … */
    static List<DraftElement> flatten(List<DraftNode> nodes) {
        List<DraftElement> out = new ArrayList<>();
        for (DraftNode n : nodes) add(n, null, out);
        return out;
    }

    private static void add(DraftNode n, String parent, List<DraftElement> out) {
        String key = "e" + (out.size() + 1);
        out.add(new DraftElement(key, n.type(), n.x(), n.y(), n.w(), n.h(), n.text(), parent));
        for (DraftNode c : n.children()) add(c, key, out);
    }
}
