package dev.blueline.desktop.canvas;

import dev.blueline.model.geometry.Rect;

import java.util.ArrayList;
import java.util.List;

/** What the current gesture shows on top: hover outline, marquee, snapping guides and spacing hints. */
public final class Guides {
    /** A guide line in screen coordinates. */
    public record Line(double x1, double y1, double x2, double y2) {
    }

    /** A distance label between two edges. */
    public record Spacing(double x1, double y1, double x2, double y2, double distance) {
    }

    String hover;
    Rect marquee;
    Rect dropTarget;
    final List<Line> lines = new ArrayList<>();
    final List<Spacing> spacings = new ArrayList<>();

    void clear() {
        marquee = null;
        dropTarget = null;
        lines.clear();
        spacings.clear();
    }

    public List<Line> lines() {
        return lines;
    }

    public List<Spacing> spacings() {
        return spacings;
    }
}
