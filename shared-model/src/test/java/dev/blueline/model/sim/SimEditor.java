package dev.blueline.model.sim;

import dev.blueline.model.catalog.Catalog;
import dev.blueline.model.catalog.ControlType;
import dev.blueline.model.document.Document;
import dev.blueline.model.document.Kind;
import dev.blueline.model.document.Props;
import dev.blueline.model.document.Value;
import dev.blueline.model.ops.Put;
import dev.blueline.model.order.FractionalIndex;
import dev.blueline.model.sync.SyncClient;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** Random designer edits, chosen from what the client sees: create, move, resize, text, style, reparent, reorder, delete, undelete, undo, redo. */
final class SimEditor {
    private final Random rnd;
    private final List<ControlType> types = Catalog.all();
    private int nextId;

    SimEditor(Random rnd) {
        this.rnd = rnd;
    }

    void randomEdit(SimClient c) {
        SyncClient s = c.sync;
        Document doc = s.visible();
        List<String> screens = doc.screens();
        if (screens.isEmpty() || (screens.size() < 3 && rnd.nextInt(40) == 0)) {
            c.record(s.submit(List.of(newScreen(c, doc))));
            return;
        }
        String screen = screens.get(rnd.nextInt(screens.size()));
        List<String> elements = live(doc, screen);
        int pick = rnd.nextInt(100);
        if (elements.isEmpty() || pick < 18) {
            c.record(s.submit(create(c, doc, screen)));
        } else if (pick < 26) {
            c.record(s.undo());
        } else if (pick < 31) {
            c.record(s.redo());
        } else {
            String e = elements.get(rnd.nextInt(elements.size()));
            Put op = switch (pick % 9) {
                case 0, 1 -> Put.on(e).set(Props.X, (double) rnd.nextInt(1400)).set(Props.Y, (double) rnd.nextInt(900)).build();
                case 2 -> Put.on(e).set(Props.W, (double) rnd.nextInt(600)).set(Props.H, (double) rnd.nextInt(400)).build();
                case 3 -> Put.on(e).set(Props.TEXT, "text " + rnd.nextInt(1000)).build();
                case 4 -> Put.on(e).set(Props.BOLD, rnd.nextBoolean()).set(Props.FILL, rnd.nextBoolean() ? Value.NULL : Value.of("#a0b0c0")).build();
                case 5 -> reparent(doc, screen, e);
                case 6 -> reorder(doc, e);
                case 7 -> delete(doc, e);
                default -> undelete(doc, screen);
            };
            if (op != null) c.record(s.submit(List.of(op), rnd.nextInt(5) == 0));
        }
    }

    private String id(SimClient c) {
        return c.name + "-" + (nextId++);
    }

    private Put newScreen(SimClient c, Document doc) {
        List<String> screens = doc.screens();
        String last = screens.isEmpty() ? null : doc.text(screens.getLast(), Props.ORDER);
        return Put.on(id(c)).set(Props.KIND, "screen").set(Props.NAME, "Screen").set(Props.W, 1440.0).set(Props.H, 900.0)
                .set(Props.ORDER, FractionalIndex.between(last, null)).build();
    }

    /** One element, or sometimes a container with a child in the same change. */
    private List<Put> create(SimClient c, Document doc, String screen) {
        ControlType type = types.get(rnd.nextInt(types.size()));
        String parent = rnd.nextBoolean() ? randomContainer(doc, screen, null) : null;
        String id = id(c);
        List<Put> ops = new ArrayList<>();
        ops.add(element(id, type, screen, parent, orderAtEnd(doc, screen, parent)));
        if (type.container() && rnd.nextBoolean()) {
            ControlType childType = types.get(rnd.nextInt(types.size()));
            ops.add(element(id(c), childType, screen, id, FractionalIndex.first()));
        }
        return ops;
    }

    private Put element(String id, ControlType type, String screen, String parent, String order) {
        return Put.on(id).set(Props.KIND, "element").set(Props.TYPE, type.id()).set(Props.SCREEN, screen)
                .set(Props.PARENT, parent == null ? Value.NULL : Value.of(parent)).set(Props.ORDER, order)
                .set(Props.X, (double) rnd.nextInt(1200)).set(Props.Y, (double) rnd.nextInt(800))
                .set(Props.W, type.defaultWidth()).set(Props.H, type.defaultHeight()).build();
    }

    private String orderAtEnd(Document doc, String screen, String parent) {
        List<String> siblings = doc.children(screen, parent);
        return siblings.isEmpty() ? FractionalIndex.first() : FractionalIndex.after(doc.text(siblings.getLast(), Props.ORDER));
    }

    private Put reparent(Document doc, String screen, String e) {
        String parent = rnd.nextInt(3) == 0 ? null : randomContainer(doc, screen, e);
        // a move always writes parent and order together
        return Put.on(e).set(Props.PARENT, parent == null ? Value.NULL : Value.of(parent))
                .set(Props.ORDER, orderAtEnd(doc, screen, parent)).build();
    }

    private Put reorder(Document doc, String e) {
        String screen = doc.text(e, Props.SCREEN);
        String parent = doc.text(e, Props.PARENT);
        List<String> siblings = doc.children(screen, parent);
        int at = rnd.nextInt(siblings.size() + 1);
        String lo = at == 0 ? null : doc.text(siblings.get(at - 1), Props.ORDER);
        String hi = at == siblings.size() ? null : doc.text(siblings.get(at), Props.ORDER);
        if (lo != null && hi != null && lo.compareTo(hi) >= 0) return null; // equal keys from concurrent inserts
        return Put.on(e).set(Props.PARENT, parent == null ? Value.NULL : Value.of(parent)).set(Props.ORDER, FractionalIndex.between(lo, hi)).build();
    }

    private Put delete(Document doc, String e) {
        return Put.of(e, Props.DELETED, Value.of(true));
    }

    private Put undelete(Document doc, String screen) {
        List<String> deleted = new ArrayList<>();
        for (String id : doc.ids()) {
            if (doc.is(id, Kind.ELEMENT) && doc.isDeleted(id) && screen.equals(doc.text(id, Props.SCREEN))) deleted.add(id);
        }
        if (deleted.isEmpty()) return null;
        deleted.sort(null);
        return Put.of(deleted.get(rnd.nextInt(deleted.size())), Props.DELETED, Value.of(false));
    }

    private String randomContainer(Document doc, String screen, String notInside) {
        List<String> containers = new ArrayList<>();
        for (String id : live(doc, screen)) {
            if (Catalog.find(doc.text(id, Props.TYPE)).map(ControlType::container).orElse(false) && !id.equals(notInside)) containers.add(id);
        }
        return containers.isEmpty() ? null : containers.get(rnd.nextInt(containers.size()));
    }

    /** Live elements of a screen, in a stable order. */
    private static List<String> live(Document doc, String screen) {
        List<String> out = new ArrayList<>();
        for (String id : doc.ids()) {
            if (doc.is(id, Kind.ELEMENT) && screen.equals(doc.text(id, Props.SCREEN)) && doc.isLive(id)) out.add(id);
        }
        out.sort(null);
        return out;
    }
}
