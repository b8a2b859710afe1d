package dev.blueline.model.ops;

import dev.blueline.model.document.Document;
import dev.blueline.model.document.Kind;
import dev.blueline.model.document.Props;
import dev.blueline.model.document.Value;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Applying ops that are already known to be valid (the host accepted them), and taking snapshots. */
public final class Ops {
    private Ops() {
    }

    /**
     * Applies one op. Creates the object when it does not exist yet (the op then carries its kind).
     * An op for a missing object without a kind is ignored: it cannot come from the host.
     */
    public static void apply(Document doc, Put op) {
        if (!doc.exists(op.id())) {
            Value kindValue = op.set().get(Props.KIND);
            Kind kind = kindValue == null ? null : Kind.fromWire(kindValue.asText()).orElse(null);
            if (kind == null) return;
            doc.create(op.id(), kind);
        }
        for (Map.Entry<String, Value> e : op.set().entrySet()) {
            if (!e.getKey().equals(Props.KIND)) doc.set(op.id(), e.getKey(), e.getValue());
        }
    }

    public static void applyAll(Document doc, List<Put> ops) {
        for (Put op : ops) apply(doc, op);
    }

    /** The whole document as creation ops, sorted by id so that snapshots compare and compress well. */
    public static List<Put> snapshot(Document doc) {
        List<String> ids = new ArrayList<>(doc.ids());
        ids.sort(null);
        List<Put> out = new ArrayList<>(ids.size());
        for (String id : ids) out.add(new Put(id, doc.props(id)));
        return out;
    }

    /** A document built from snapshot ops. */
    public static Document fromSnapshot(List<Put> objects) {
        Document doc = new Document();
        applyAll(doc, objects);
        return doc;
    }
}
