package dev.blueline.server.ai;

import java.util.List;
import java.util.Objects;

/**
 * An element while a draft is being made, before it gets its key: a catalog type, bounds
 * relative to its container (or the screen), its markup text and its children.
 */
record DraftNode(String type, double x, double y, double w, double h, String text, List<DraftNode> children) {
    DraftNode {
        Objects.requireNonNull(type, "type");
        text = text == null ? "" : text;
        children = List.copyOf(children);
    }

    static DraftNode of(String type, double x, double y, double w, double h, String text) {
        return new DraftNode(type, x, y, w, h, text, List.of());
    }

    DraftNode withBounds(double nx, double ny, double nw, double nh) {
        return new DraftNode(type, nx, ny, nw, nh, text, children);
    }

    DraftNode withChildren(List<DraftNode> kids) {
        return new DraftNode(type, x, y, w, h, text, kids);
    }

    DraftNode movedBy(double dx, double dy) {
        return withBounds(x + dx, y + dy, w, h);
    }

    double right() {
        return x + w;
    }

    double bottom() {
        return y + h;
    }

    /** This element and everything inside it. */
    int count() {
        int n = 1;
        for (DraftNode c : children) n += c.count();
        return n;
    }
}
