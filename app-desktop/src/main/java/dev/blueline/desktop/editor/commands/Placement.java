package dev.blueline.desktop.editor.commands;

import dev.blueline.model.catalog.Catalog;
import dev.blueline.model.catalog.ControlType;
import dev.blueline.model.document.Document;
import dev.blueline.model.document.Ids;
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
import java.util.function.Supplier;

/** Putting elements on a screen: new controls, duplicates, pasted copies, moves into and out of containers. */
public final class Placement {
    private Placement() {
    }

    /** A new control with its default size and text, its top-left at the screen point; inside the deepest container there. */
    public static List<Put> place(Document doc, String screen, ControlType type, double x, double y, String id) {
        Rect r = new Rect(x, y, type.defaultWidth(), type.defaultHeight());
        String parent = containerAt(doc, screen, r, null);
        double[] o = Geometry.origin(doc, parent);
        Put.Builder b = Put.on(id).set(Props.KIND, Kind.ELEMENT.wireName()).set(Props.TYPE, type.id()).set(Props.SCREEN, screen)
                .set(Props.PARENT, parent == null ? Value.NULL : Value.of(parent)).set(Props.ORDER, orderAtEnd(doc, screen, parent))
                .set(Props.X, Edits.round(x - o[0])).set(Props.Y, Edits.round(y - o[1]))
                .set(Props.W, type.defaultWidth()).set(Props.H, type.defaultHeight());
        if (!type.defaultText().isEmpty()) b.set(Props.TEXT, type.defaultText());
        return List.of(b.build());
    }

    /**
     * The deepest live container on the screen that fully holds {@code r} (ignoring {@code except}
     * and what is inside it), or null for the screen itself.
     */
    public static String containerAt(Document doc, String screen, Rect r, String except) {
        String best = null;
        int bestDepth = -1;
        for (String id : doc.ids()) {
            if (!doc.is(id, Kind.ELEMENT) || !screen.equals(doc.text(id, Props.SCREEN)) || !doc.isLive(id)) continue;
            if (id.equals(except) || (except != null && Tree.isInside(doc, id, except))) continue;
            if (doc.flag(id, Props.HIDDEN)) continue;
            if (!Catalog.find(doc.text(id, Props.TYPE)).map(ControlType::container).orElse(false)) continue;
            if (!Geometry.bounds(doc, id).contains(r)) continue;
            int depth = depth(doc, id);
            if (depth > bestDepth || (depth == bestDepth && doc.byOrder().compare(id, best) > 0)) {
                best = id;
                bestDepth = depth;
            }
        }
        return best;
    }

    /** Moves an element into another container (or to the screen), keeping where it is on screen; it goes on top there. */
    public static List<Put> reparent(Document doc, String id, String newParent) {
        if (Tree.locked(doc, id)) return List.of();
        String screen = doc.text(id, Props.SCREEN);
        Rect r = Geometry.bounds(doc, id);
        double[] o = Geometry.origin(doc, newParent);
        // parent and order always travel together
        return List.of(Put.on(id).set(Props.PARENT, newParent == null ? Value.NULL : Value.of(newParent))
                .set(Props.ORDER, orderAtEnd(doc, screen, newParent))
                .set(Props.X, Edits.round(r.x() - o[0])).set(Props.Y, Edits.round(r.y() - o[1])).build());
    }

    /** Copies of the elements (with everything inside them), offset by {@code dx, dy}, on top of their siblings. */
    public static List<Put> duplicate(Document doc, List<String> ids, double dx, double dy, Supplier<String> newId) {
        List<Put> ops = new ArrayList<>();
        Map<String, String> newIds = new HashMap<>();
        Map<String, String> lastOrder = new HashMap<>();
        for (String root : Tree.outermost(doc, ids)) {
            for (String each : Tree.withDescendants(doc, root)) {
                String copy = newId.get();
                newIds.put(each, copy);
                Map<String, Value> props = Tree.copyOf(doc, each);
                if (each.equals(root)) {
                    String screen = doc.text(root, Props.SCREEN);
                    String parent = doc.text(root, Props.PARENT);
                    String key = screen + "/" + parent;
                    String after = lastOrder.computeIfAbsent(key, k -> lastOrderOf(doc, screen, parent));
                    String order = FractionalIndex.between(after, null);
                    lastOrder.put(key, order);
                    props.put(Props.ORDER, Value.of(order));
                    props.put(Props.X, Value.of(doc.number(root, Props.X) + dx));
                    props.put(Props.Y, Value.of(doc.number(root, Props.Y) + dy));
                } else {
                    props.put(Props.PARENT, Value.of(newIds.get(doc.text(each, Props.PARENT))));
                }
                ops.add(new Put(copy, props));
            }
        }
        return ops;
    }

    static String orderAtEnd(Document doc, String screen, String parent) {
        return FractionalIndex.between(lastOrderOf(doc, screen, parent), null);
    }

    private static String lastOrderOf(Document doc, String screen, String parent) {
        List<String> siblings = doc.children(screen, parent);
        return siblings.isEmpty() ? null : doc.text(siblings.getLast(), Props.ORDER);
    }

    private static int depth(Document doc, String id) {
        int d = 0;
        for (String p = doc.text(id, Props.PARENT); p != null && d < 300; p = doc.text(p, Props.PARENT)) d++;
        return d;
    }

    /** A new element id. */
    public static String newId() {
        return Ids.random();
    }
}
