package dev.blueline.desktop.editor.commands;

import dev.blueline.model.document.Document;
import dev.blueline.model.document.Props;
import dev.blueline.model.document.Value;
import dev.blueline.model.geometry.Geometry;
import dev.blueline.model.geometry.Rect;
import dev.blueline.model.ops.Put;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/** Everyday edits as ops: move, resize, set a property, delete, lock, hide. Locked elements are left alone. */
public final class Edits {
    private Edits() {
    }

    /** Moves the elements by a screen-space delta (elements inside a moved container follow it by themselves). */
    public static List<Put> moveBy(Document doc, Collection<String> ids, double dx, double dy) {
        List<Put> ops = new ArrayList<>();
        for (String id : Tree.outermost(doc, ids)) {
            if (Tree.locked(doc, id)) continue;
            ops.add(Put.on(id).set(Props.X, round(doc.number(id, Props.X) + dx)).set(Props.Y, round(doc.number(id, Props.Y) + dy)).build());
        }
        return ops;
    }

    /** Gives an element these screen-space bounds. */
    public static List<Put> setBounds(Document doc, String id, Rect r) {
        if (Tree.locked(doc, id)) return List.of();
        double[] o = Geometry.origin(doc, doc.text(id, Props.PARENT));
        return List.of(Put.on(id).set(Props.X, round(r.x() - o[0])).set(Props.Y, round(r.y() - o[1]))
                .set(Props.W, round(Math.max(1, r.w()))).set(Props.H, round(Math.max(1, r.h()))).build());
    }

    /** Sets one property on each element. */
    public static List<Put> set(Document doc, Collection<String> ids, String prop, Value value) {
        List<Put> ops = new ArrayList<>();
        boolean unlocking = prop.equals(Props.LOCKED);
        for (String id : ids) {
            if (!unlocking && Tree.locked(doc, id)) continue;
            if (!doc.get(id, prop).equals(value)) ops.add(Put.of(id, prop, value));
        }
        return ops;
    }

    /** Deletes the elements and everything inside them, so that undo brings back exactly what was there. */
    public static List<Put> delete(Document doc, Collection<String> ids) {
        List<Put> ops = new ArrayList<>();
        for (String id : Tree.outermost(doc, ids)) {
            if (Tree.locked(doc, id)) continue;
            for (String each : Tree.withDescendants(doc, id)) ops.add(Put.of(each, Props.DELETED, Value.of(true)));
        }
        return ops;
    }

    /** Coordinates are kept to a hundredth of a point, so drags do not write long fractions. */
    public static double round(double v) {
        return Math.round(v * 100) / 100.0;
    }
}
