package dev.blueline.model.ops;

import dev.blueline.model.catalog.Catalog;
import dev.blueline.model.catalog.ControlType;
import dev.blueline.model.document.Document;
import dev.blueline.model.document.Ids;
import dev.blueline.model.document.Kind;
import dev.blueline.model.document.PropSpec;
import dev.blueline.model.document.Props;
import dev.blueline.model.document.Value;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The one gate every change passes, on the host and (as a courtesy) on the client before sending.
 * Each op is checked against the document as it stands after the ops before it in the same change,
 * and applied; at the first invalid op everything the change did is undone and the change is
 * refused whole.
 */
public final class ChangeValidator {

    private final Limits limits;

    public ChangeValidator(Limits limits) {
        this.limits = limits;
    }

    public ChangeValidator() {
        this(Limits.DEFAULT);
    }

    public Limits limits() {
        return limits;
    }

    /** Validates and applies {@code ops}; returns null when applied, or why nothing was applied. */
    public Rejection apply(Document doc, List<Put> ops) {
        if (ops.isEmpty()) return new Rejection(RejectCode.INVALID_OP, "a change needs at least one op");
        if (ops.size() > limits.maxOpsPerChange()) {
            return new Rejection(RejectCode.TOO_MANY_OPS,
                    "a change may hold at most " + limits.maxOpsPerChange() + " ops, this one has " + ops.size());
        }
        List<Undo> undo = new ArrayList<>(ops.size());
        for (int i = 0; i < ops.size(); i++) {
            Put op = ops.get(i);
            Rejection r = check(doc, op);
            if (r != null) {
                rollback(doc, undo);
                return ops.size() == 1 ? r : new Rejection(r.code(), "op " + (i + 1) + " of " + ops.size() + ": " + r.message());
            }
            undo.add(applyRecording(doc, op));
        }
        return null;
    }

    private Rejection check(Document doc, Put op) {
        if (op == null) return reject(RejectCode.INVALID_OP, "an op is missing (null)");
        String id = op.id();
        if (!Ids.isValid(id)) return reject(RejectCode.INVALID_OP, "object id '" + clip(id) + "' is not valid");
        Map<String, Value> set = op.set();
        if (set.isEmpty()) return reject(RejectCode.INVALID_OP, id + ": an op must set at least one property");
        if (set.size() > limits.maxPropsPerOp()) {
            return reject(RejectCode.TOO_MANY_OPS, id + ": an op may set at most " + limits.maxPropsPerOp() + " properties");
        }
        boolean creating = !doc.exists(id);
        Kind kind;
        if (creating) {
            Value k = set.get(Props.KIND);
            if (k == null || k.isNull()) return reject(RejectCode.MISSING_PROPERTY, id + " does not exist, so the op must create it and set kind");
            kind = Kind.fromWire(k.asText()).orElse(null);
            if (kind == null) return reject(RejectCode.BAD_VALUE, id + ": kind must be screen or element");
            if (doc.size() >= limits.maxObjects()) {
                return reject(RejectCode.LIMIT_EXCEEDED, "a project may hold at most " + limits.maxObjects() + " objects");
            }
        } else {
            kind = doc.kind(id).orElseThrow();
        }
        Map<String, PropSpec> specs = Props.of(kind);
        for (Map.Entry<String, Value> e : set.entrySet()) {
            String prop = e.getKey();
            PropSpec spec = specs.get(prop);
            if (spec == null) return reject(RejectCode.UNKNOWN_PROPERTY, id + ": " + kind.wireName() + "s have no property '" + clip(prop) + "'");
            String problem = spec.problem(e.getValue());
            if (problem != null) return reject(RejectCode.BAD_VALUE, id + ": " + prop + " " + problem);
            if (!creating && spec.immutable() && !doc.get(id, prop).equals(e.getValue())) {
                return reject(RejectCode.IMMUTABLE_PROPERTY, id + ": " + prop + " is set when the object is created and cannot change");
            }
        }
        if (creating) {
            for (PropSpec spec : specs.values()) {
                if (spec.required() && !set.containsKey(spec.name())) {
                    return reject(RejectCode.MISSING_PROPERTY, id + ": a new " + kind.wireName() + " needs " + spec.name());
                }
            }
        }
        return kind == Kind.ELEMENT ? checkElementLinks(doc, id, set, creating) : null;
    }

    private Rejection checkElementLinks(Document doc, String id, Map<String, Value> set, boolean creating) {
        String screen;
        if (creating) {
            String type = set.get(Props.TYPE).asText();
            if (Catalog.find(type).isEmpty()) return reject(RejectCode.UNKNOWN_TYPE, id + ": there is no control type '" + clip(type) + "'");
            screen = set.get(Props.SCREEN).asText();
            if (!doc.is(screen, Kind.SCREEN)) return reject(RejectCode.BAD_REFERENCE, id + ": screen " + screen + " does not exist");
            if (doc.isDeleted(screen)) return reject(RejectCode.BAD_REFERENCE, id + ": screen " + screen + " was deleted");
        } else {
            screen = doc.text(id, Props.SCREEN);
        }
        Value parent = set.get(Props.PARENT);
        if (parent != null && !parent.isNull()) {
            Rejection r = checkParent(doc, id, screen, parent.asText());
            if (r != null) return r;
        }
        if (creating && Catalog.COMPONENT.equals(set.get(Props.TYPE).asText())) {
            Rejection r = checkMaster(doc, id, screen, set.get(Props.MASTER));
            if (r != null) return r;
        } else if (creating && set.containsKey(Props.MASTER) && !set.get(Props.MASTER).isNull()) {
            return reject(RejectCode.BAD_VALUE, id + ": only a component instance has a master");
        }
        Value link = set.get(Props.LINK);
        if (link != null && !link.isNull()) {
            String target = link.asText();
            if (!doc.is(target, Kind.SCREEN) || doc.isDeleted(target)) {
                return reject(RejectCode.BAD_REFERENCE, id + ": link target " + target + " is not a screen of this project");
            }
        }
        return null;
    }

    /**
     * A component instance shows a live master screen, and that master must not show, directly or
     * through other instances, the screen the instance is on: a component cannot contain itself.
     */
    private Rejection checkMaster(Document doc, String id, String screen, Value master) {
        if (master == null || master.isNull()) return reject(RejectCode.MISSING_PROPERTY, id + ": a component instance needs its master");
        String m = master.asText();
        if (!doc.is(m, Kind.SCREEN) || doc.isDeleted(m) || !doc.flag(m, Props.COMPONENT)) {
            return reject(RejectCode.BAD_REFERENCE, id + ": master " + m + " is not a component of this project");
        }
        Set<String> seen = new HashSet<>();
        Deque<String> todo = new ArrayDeque<>(List.of(m));
        while (!todo.isEmpty()) {
            String s = todo.pop();
            if (s.equals(screen)) return reject(RejectCode.PARENT_CYCLE, id + ": component " + m + " would contain itself");
            if (!seen.add(s)) continue;
            for (String e : doc.ids()) {
                if (doc.isLive(e) && s.equals(doc.text(e, Props.SCREEN)) && Catalog.COMPONENT.equals(doc.text(e, Props.TYPE))) {
                    String inner = doc.text(e, Props.MASTER);
                    if (inner != null) todo.push(inner);
                }
            }
        }
        return null;
    }

    private Rejection checkParent(Document doc, String id, String screen, String parent) {
        if (parent.equals(id)) return reject(RejectCode.PARENT_CYCLE, id + " cannot be its own parent");
        if (!doc.is(parent, Kind.ELEMENT)) return reject(RejectCode.BAD_PARENT, id + ": parent " + parent + " is not an element of this project");
        ControlType type = Catalog.find(doc.text(parent, Props.TYPE)).orElse(null);
        if (type == null || !type.container()) {
            return reject(RejectCode.BAD_PARENT, id + ": parent " + parent + " is a " + doc.text(parent, Props.TYPE) + ", which cannot hold other elements");
        }
        if (!screen.equals(doc.text(parent, Props.SCREEN))) {
            return reject(RejectCode.BAD_PARENT, id + ": parent " + parent + " is on another screen");
        }
        if (doc.isDeleted(parent)) return reject(RejectCode.BAD_PARENT, id + ": parent " + parent + " was deleted");
        String p = parent;
        for (int depth = 0; p != null; depth++) {
            if (p.equals(id)) return reject(RejectCode.PARENT_CYCLE, id + ": putting it inside " + parent + " would make a cycle");
            if (depth > 256) return reject(RejectCode.LIMIT_EXCEEDED, id + ": elements may be nested at most 256 deep");
            p = doc.text(p, Props.PARENT);
        }
        return null;
    }

    private static Rejection reject(RejectCode code, String message) {
        return new Rejection(code, message);
    }

    private static String clip(String s) {
        return s.length() > 80 ? s.substring(0, 80) + "…" : s;
    }

    /** What applying one op overwrote, so it can be put back (arrays: this runs for every op the host accepts). */
    private record Undo(String id, boolean created, String[] props, Value[] previous) {
    }

    private static Undo applyRecording(Document doc, Put op) {
        boolean created = !doc.exists(op.id());
        if (created) {
            doc.create(op.id(), Kind.fromWire(op.set().get(Props.KIND).asText()).orElseThrow());
        }
        int n = op.set().size();
        String[] props = created ? null : new String[n];
        Value[] previous = created ? null : new Value[n];
        int i = 0;
        for (Map.Entry<String, Value> e : op.set().entrySet()) {
            if (e.getKey().equals(Props.KIND)) continue;
            Value prev = doc.set(op.id(), e.getKey(), e.getValue());
            if (!created) {
                props[i] = e.getKey();
                previous[i++] = prev;
            }
        }
        return new Undo(op.id(), created, props, previous);
    }

    private static void rollback(Document doc, List<Undo> undo) {
        for (int i = undo.size() - 1; i >= 0; i--) {
            Undo u = undo.get(i);
            if (u.created()) {
                doc.remove(u.id());
                continue;
            }
            // the same property can appear once per op, so restoring in reverse order is exact
            for (int k = u.props().length - 1; k >= 0; k--) {
                if (u.props()[k] != null) doc.set(u.id(), u.props()[k], u.previous()[k]);
            }
        }
    }
}
