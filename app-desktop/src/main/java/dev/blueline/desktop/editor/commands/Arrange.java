package dev.blueline.desktop.editor.commands;

import dev.blueline.model.catalog.Catalog;
import dev.blueline.model.document.Document;
import dev.blueline.model.document.Kind;
import dev.blueline.model.document.Props;
import dev.blueline.model.document.Value;
import dev.blueline.model.geometry.Geometry;
import dev.blueline.model.geometry.Rect;
import dev.blueline.model.ops.Put;
import dev.blueline.model.order.FractionalIndex;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Align, distribute, stacking order, group and ungroup. */
public final class Arrange {
    private Arrange() {
    }

    public enum Edge { LEFT, CENTER, RIGHT, TOP, MIDDLE, BOTTOM }

    public enum Axis { HORIZONTAL, VERTICAL }

    public enum Stack { FRONT, FORWARD, BACKWARD, BACK }

    /** Lines the elements up on an edge or centre of their common bounds (one element: of its container or screen). */
    public static List<Put> align(Document doc, List<String> ids, Edge edge) {
        List<String> items = Tree.outermost(doc, ids);
        if (items.isEmpty()) return List.of();
        Rect box = items.size() == 1 ? containerBounds(doc, items.getFirst()) : bounds(doc, items);
        List<Put> ops = new ArrayList<>();
        for (String id : items) {
            if (Tree.locked(doc, id)) continue;
            Rect r = Geometry.bounds(doc, id);
            double dx = switch (edge) {
                case LEFT -> box.x() - r.x();
                case CENTER -> box.centerX() - r.centerX();
                case RIGHT -> box.right() - r.right();
                default -> 0;
            };
            double dy = switch (edge) {
                case TOP -> box.y() - r.y();
                case MIDDLE -> box.centerY() - r.centerY();
                case BOTTOM -> box.bottom() - r.bottom();
                default -> 0;
            };
            if (dx != 0 || dy != 0) ops.addAll(Edits.moveBy(doc, List.of(id), dx, dy));
        }
        return ops;
    }

    /** Equal gaps between three or more elements, keeping the first and last where they are. */
    public static List<Put> distribute(Document doc, List<String> ids, Axis axis) {
        List<String> items = new ArrayList<>(Tree.outermost(doc, ids));
        if (items.size() < 3) return List.of();
        boolean h = axis == Axis.HORIZONTAL;
        items.sort(Comparator.comparingDouble(id -> h ? Geometry.bounds(doc, id).x() : Geometry.bounds(doc, id).y()));
        Rect first = Geometry.bounds(doc, items.getFirst()), last = Geometry.bounds(doc, items.getLast());
        double span = h ? last.right() - first.x() : last.bottom() - first.y();
        double sizes = 0;
        for (String id : items) sizes += h ? Geometry.bounds(doc, id).w() : Geometry.bounds(doc, id).h();
        double gap = (span - sizes) / (items.size() - 1);
        double at = h ? first.x() : first.y();
        List<Put> ops = new ArrayList<>();
        for (String id : items) {
            Rect r = Geometry.bounds(doc, id);
            double d = at - (h ? r.x() : r.y());
            if (Math.abs(d) > 0.001 && !Tree.locked(doc, id)) ops.addAll(Edits.moveBy(doc, List.of(id), h ? d : 0, h ? 0 : d));
            at += (h ? r.w() : r.h()) + gap;
        }
        return ops;
    }

    /** Moves elements in the stacking order among their siblings (one order key each; nobody else is renumbered). */
    public static List<Put> stack(Document doc, List<String> ids, Stack where) {
        List<Put> ops = new ArrayList<>();
        for (String id : Tree.outermost(doc, ids)) {
            String screen = doc.text(id, Props.SCREEN), parent = doc.text(id, Props.PARENT);
            List<String> siblings = new ArrayList<>(doc.children(screen, parent));
            int i = siblings.indexOf(id);
            siblings.remove(id);
            int to = switch (where) {
                case FRONT -> siblings.size();
                case BACK -> 0;
                case FORWARD -> Math.min(siblings.size(), i + 1);
                case BACKWARD -> Math.max(0, i - 1);
            };
            if (to == i && where != Stack.FRONT && where != Stack.BACK) continue;
            String lo = to == 0 ? null : doc.text(siblings.get(to - 1), Props.ORDER);
            String hi = to == siblings.size() ? null : doc.text(siblings.get(to), Props.ORDER);
            if (lo != null && hi != null && lo.compareTo(hi) >= 0) hi = null; // equal keys from concurrent inserts: go after
            ops.add(Put.on(id).set(Props.PARENT, parent == null ? Value.NULL : Value.of(parent))
                    .set(Props.ORDER, FractionalIndex.between(lo, hi)).build());
        }
        return ops;
    }

    /** Wraps elements that share a parent in a new group, keeping where everything is on screen. */
    public static List<Put> group(Document doc, List<String> ids, String groupId) {
        List<String> items = Tree.outermost(doc, ids);
        if (items.isEmpty()) return List.of();
        String parent = doc.text(items.getFirst(), Props.PARENT);
        String screen = doc.text(items.getFirst(), Props.SCREEN);
        for (String id : items) {
            if (!java.util.Objects.equals(parent, doc.text(id, Props.PARENT))) return List.of();
        }
        items.sort(doc.byOrder());
        Rect box = bounds(doc, items);
        double[] o = Geometry.origin(doc, parent);
        List<Put> ops = new ArrayList<>();
        ops.add(Put.on(groupId).set(Props.KIND, Kind.ELEMENT.wireName()).set(Props.TYPE, "group").set(Props.SCREEN, screen)
                .set(Props.PARENT, parent == null ? Value.NULL : Value.of(parent)).set(Props.ORDER, doc.text(items.getLast(), Props.ORDER))
                .set(Props.X, box.x() - o[0]).set(Props.Y, box.y() - o[1]).set(Props.W, box.w()).set(Props.H, box.h()).build());
        String order = null;
        for (String id : items) {
            Rect r = Geometry.bounds(doc, id);
            order = FractionalIndex.between(order, null);
            ops.add(Put.on(id).set(Props.PARENT, groupId).set(Props.ORDER, order)
                    .set(Props.X, Edits.round(r.x() - box.x())).set(Props.Y, Edits.round(r.y() - box.y())).build());
        }
        return ops;
    }

    /** Takes the children out of a group (into the group's parent, where they were on screen) and deletes the group. */
    public static List<Put> ungroup(Document doc, String groupId) {
        if (!"group".equals(doc.text(groupId, Props.TYPE))) return List.of();
        String screen = doc.text(groupId, Props.SCREEN), parent = doc.text(groupId, Props.PARENT);
        double[] o = Geometry.origin(doc, parent);
        List<Put> ops = new ArrayList<>();
        String lo = doc.text(groupId, Props.ORDER);
        List<String> siblings = doc.children(screen, parent);
        int i = siblings.indexOf(groupId);
        String hi = i + 1 < siblings.size() ? doc.text(siblings.get(i + 1), Props.ORDER) : null;
        if (hi != null && lo.compareTo(hi) >= 0) hi = null;
        List<String> children = doc.children(screen, groupId);
        List<String> keys = FractionalIndex.spread(lo, hi, children.size());
        for (int k = 0; k < children.size(); k++) {
            String c = children.get(k);
            Rect r = Geometry.bounds(doc, c);
            ops.add(Put.on(c).set(Props.PARENT, parent == null ? Value.NULL : Value.of(parent)).set(Props.ORDER, keys.get(k))
                    .set(Props.X, Edits.round(r.x() - o[0])).set(Props.Y, Edits.round(r.y() - o[1])).build());
        }
        ops.add(Put.of(groupId, Props.DELETED, Value.of(true)));
        return ops;
    }

    public static Rect bounds(Document doc, List<String> ids) {
        Rect box = null;
        for (String id : ids) {
            Rect r = Geometry.bounds(doc, id);
            box = box == null ? r : box.union(r);
        }
        return box;
    }

    private static Rect containerBounds(Document doc, String id) {
        String parent = doc.text(id, Props.PARENT);
        if (parent != null) return Geometry.bounds(doc, parent);
        String screen = doc.text(id, Props.SCREEN);
        return new Rect(0, 0, doc.number(screen, Props.W), doc.number(screen, Props.H));
    }

    static boolean isContainer(Document doc, String id) {
        return Catalog.find(doc.text(id, Props.TYPE)).map(t -> t.container()).orElse(false);
    }
}
