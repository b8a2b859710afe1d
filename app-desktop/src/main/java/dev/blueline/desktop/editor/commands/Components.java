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
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The project's component library. A component's master is a screen marked {@code component}; its
 * elements are the component. An instance is an element of type {@code component} that shows its
 * master scaled into its own bounds, so editing the master changes every instance.
 */
public final class Components {
    private Components() {
    }

    /** The project's live masters, in screen order. */
    public static List<String> masters(Document doc) {
        return doc.screens().stream().filter(s -> doc.flag(s, Props.COMPONENT)).toList();
    }

    /** The pages: live screens that are not masters. */
    public static List<String> pages(Document doc) {
        return doc.screens().stream().filter(s -> !doc.flag(s, Props.COMPONENT)).toList();
    }

    public static boolean isInstance(Document doc, String id) {
        return Catalog.COMPONENT.equals(doc.text(id, Props.TYPE));
    }

    /**
     * Turns the selection into a component, in one change: a new master screen the size of the
     * selection holding copies of the selected elements (and everything inside them), and in the
     * selection's place an instance of it. The ids: {@code masterId} for the master, {@code instanceId}
     * for the instance, fresh ones from {@code newId} for the copies. Empty when nothing is selected.
     */
    public static List<Put> create(Document doc, List<String> selection, String name, String masterId, String instanceId,
                                   Supplier<String> newId) {
        List<String> roots = Tree.outermost(doc, selection);
        if (roots.isEmpty()) return List.of();
        roots.sort(doc.byOrder());
        Rect box = Arrange.bounds(doc, roots);
        String screen = doc.text(roots.getFirst(), Props.SCREEN);
        List<String> screens = doc.screens();
        String masterOrder = FractionalIndex.between(screens.isEmpty() ? null : doc.text(screens.getLast(), Props.ORDER), null);
        List<Put> ops = new ArrayList<>();
        ops.add(Put.on(masterId).set(Props.KIND, Kind.SCREEN.wireName()).set(Props.NAME, name)
                .set(Props.W, Math.max(1, Edits.round(box.w()))).set(Props.H, Math.max(1, Edits.round(box.h())))
                .set(Props.ORDER, masterOrder).set(Props.COMPONENT, true).build());
        Map<String, String> copies = new HashMap<>();
        String order = null;
        for (String root : roots) {
            Rect r = Geometry.bounds(doc, root);
            for (String each : Tree.withDescendants(doc, root)) {
                String copy = newId.get();
                copies.put(each, copy);
                Map<String, Value> props = Tree.copyOf(doc, each);
                props.put(Props.SCREEN, Value.of(masterId));
                if (each.equals(root)) {
                    order = FractionalIndex.between(order, null);
                    props.put(Props.PARENT, Value.NULL);
                    props.put(Props.ORDER, Value.of(order));
                    props.put(Props.X, Value.of(Edits.round(r.x() - box.x())));
                    props.put(Props.Y, Value.of(Edits.round(r.y() - box.y())));
                } else {
                    props.put(Props.PARENT, Value.of(copies.get(doc.text(each, Props.PARENT))));
                }
                ops.add(new Put(copy, props));
            }
        }
        // the instance takes the place of the selection: in the first element's container, on top of it
        String parent = doc.text(roots.getFirst(), Props.PARENT);
        double[] o = Geometry.origin(doc, parent);
        ops.add(Put.on(instanceId).set(Props.KIND, Kind.ELEMENT.wireName()).set(Props.TYPE, Catalog.COMPONENT)
                .set(Props.SCREEN, screen).set(Props.PARENT, parent == null ? Value.NULL : Value.of(parent))
                .set(Props.ORDER, orderAfter(doc, screen, parent, roots.getLast()))
                .set(Props.X, Edits.round(box.x() - o[0])).set(Props.Y, Edits.round(box.y() - o[1]))
                .set(Props.W, Edits.round(box.w())).set(Props.H, Edits.round(box.h()))
                .set(Props.MASTER, masterId).build());
        ops.addAll(Edits.delete(doc, roots));
        return ops;
    }

    /** An order key right after {@code id} among its siblings. */
    private static String orderAfter(Document doc, String screen, String parent, String id) {
        List<String> siblings = doc.children(screen, parent);
        int i = siblings.indexOf(id);
        String order = doc.text(id, Props.ORDER);
        String next = i >= 0 && i + 1 < siblings.size() ? doc.text(siblings.get(i + 1), Props.ORDER) : null;
        // siblings may share a key (ties go by id); then there is no room before the next one
        if (next != null && next.compareTo(order) <= 0) next = null;
        return FractionalIndex.between(order, next);
    }

    /** A new instance of a master on {@code screen}, its top-left at the screen point, at the master's size, on top. */
    public static List<Put> place(Document doc, String screen, String master, double x, double y, String id) {
        List<String> top = doc.children(screen, null);
        String after = top.isEmpty() ? null : doc.text(top.getLast(), Props.ORDER);
        return List.of(Put.on(id).set(Props.KIND, Kind.ELEMENT.wireName()).set(Props.TYPE, Catalog.COMPONENT)
                .set(Props.SCREEN, screen).set(Props.PARENT, Value.NULL).set(Props.ORDER, FractionalIndex.between(after, null))
                .set(Props.X, Edits.round(x)).set(Props.Y, Edits.round(y))
                .set(Props.W, doc.number(master, Props.W)).set(Props.H, doc.number(master, Props.H))
                .set(Props.MASTER, master).build());
    }

    /** A name for the next component: "Component 1", "Component 2", … not yet taken. */
    public static String nextName(Document doc) {
        List<String> taken = masters(doc).stream().map(m -> doc.text(m, Props.NAME)).toList();
        for (int i = 1; ; i++) {
            String name = "Component " + i;
            if (!taken.contains(name)) return name;
        }
    }
}
