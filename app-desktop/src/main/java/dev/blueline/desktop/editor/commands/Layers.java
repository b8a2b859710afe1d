package dev.blueline.desktop.editor.commands;

import dev.blueline.model.catalog.Catalog;
import dev.blueline.model.catalog.ControlType;
import dev.blueline.model.document.Document;
import dev.blueline.model.document.Kind;
import dev.blueline.model.document.Props;
import dev.blueline.model.document.Value;
import dev.blueline.model.geometry.Geometry;
import dev.blueline.model.geometry.Rect;
import dev.blueline.model.ops.Put;
import dev.blueline.model.order.FractionalIndex;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The layers list as ops: moving elements in the stacking order and in and out of containers.
 * Front-most is first in the layers list, so "above a row" means "in front of that element".
 * Every move writes {@code parent} and {@code order} together and keeps the element where it is
 * on screen; only the moved elements get new order keys.
 */
public final class Layers {
    private Layers() {
    }

    /** Where moved elements go relative to a target element. */
    public enum Where {
        /** In front of the target, same container (above it in the layers list). */
        IN_FRONT,
        /** Into the target container, in front of what is already there. */
        INTO,
        /** Behind the target, same container (below it in the layers list). */
        BEHIND
    }

    /** The elements of a screen by containment, front-most first at every level. */
    public record Layer(String id, List<Layer> children) {
    }

    /** The layer tree of a screen: one pass over the document, so it stays fast for big screens. */
    public static List<Layer> tree(Document doc, String screen) {
        Map<String, List<String>> kids = new HashMap<>();
        for (String id : doc.ids()) {
            if (!doc.is(id, Kind.ELEMENT) || doc.isDeleted(id) || !screen.equals(doc.text(id, Props.SCREEN))) continue;
            String parent = doc.text(id, Props.PARENT);
            kids.computeIfAbsent(parent == null ? "" : parent, k -> new ArrayList<>()).add(id);
        }
        return layers(doc, kids, "", 0);
    }

    private static List<Layer> layers(Document doc, Map<String, List<String>> kids, String parent, int depth) {
        List<String> ids = kids.getOrDefault(parent, List.of());
        if (ids.isEmpty() || depth > 256) return List.of();
        ids.sort(doc.byOrder().reversed());
        List<Layer> out = new ArrayList<>(ids.size());
        for (String id : ids) out.add(new Layer(id, layers(doc, kids, id, depth + 1)));
        return out;
    }

    public static boolean isContainer(Document doc, String id) {
        return Catalog.find(doc.text(id, Props.TYPE)).map(ControlType::container).orElse(false);
    }

    /**
     * Moves {@code ids} (in layers-list order, front-most first) next to or into {@code target}.
     * {@code target == null} means the back of the screen's top level. Nothing when the move is
     * impossible (into itself or something inside itself, into a non-container, all locked).
     */
    public static List<Put> move(Document doc, List<String> ids, String target, Where where) {
        String screen;
        String parent;
        if (target == null) {
            if (ids.isEmpty()) return List.of();
            screen = doc.text(ids.getFirst(), Props.SCREEN);
            parent = null;
            where = Where.BEHIND;
        } else {
            screen = doc.text(target, Props.SCREEN);
            if (where == Where.INTO && !isContainer(doc, target)) return List.of();
            parent = where == Where.INTO ? target : doc.text(target, Props.PARENT);
        }
        List<String> moving = new ArrayList<>();
        for (String id : Tree.outermost(doc, ids)) {
            if (!doc.is(id, Kind.ELEMENT) || !Objects.equals(screen, doc.text(id, Props.SCREEN))) continue;
            if (id.equals(target) || (target != null && Tree.isInside(doc, target, id))) return List.of(); // into itself
            if (Tree.locked(doc, id)) continue;
            moving.add(id);
        }
        if (moving.isEmpty()) return List.of();
        List<String> siblings = new ArrayList<>(doc.children(screen, parent)); // back to front
        siblings.removeAll(moving);
        int at; // index in back-to-front siblings where the moved ones go
        if (target == null || where == Where.INTO) at = target == null ? 0 : siblings.size();
        else {
            int i = siblings.indexOf(target);
            if (i < 0) return List.of();
            at = where == Where.IN_FRONT ? i + 1 : i;
        }
        String lo = at == 0 ? null : doc.text(siblings.get(at - 1), Props.ORDER);
        String hi = at == siblings.size() ? null : doc.text(siblings.get(at), Props.ORDER);
        if (lo != null && hi != null && lo.compareTo(hi) >= 0) hi = null; // equal keys from concurrent inserts: go after
        List<String> keys = FractionalIndex.spread(lo, hi, moving.size()); // ascending: back to front
        double[] o = Geometry.origin(doc, parent);
        List<Put> ops = new ArrayList<>();
        for (int k = 0; k < moving.size(); k++) {
            String id = moving.get(moving.size() - 1 - k); // the list is front-most first
            Rect r = Geometry.bounds(doc, id);
            Put.Builder b = Put.on(id).set(Props.PARENT, parent == null ? Value.NULL : Value.of(parent)).set(Props.ORDER, keys.get(k));
            if (!Objects.equals(parent, doc.text(id, Props.PARENT))) {
                b.set(Props.X, Edits.round(r.x() - o[0])).set(Props.Y, Edits.round(r.y() - o[1]));
            }
            ops.add(b.build());
        }
        return ops;
    }
}
