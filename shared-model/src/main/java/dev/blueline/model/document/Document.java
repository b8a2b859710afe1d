package dev.blueline.model.document;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A project document: objects by id, each a kind plus a map of properties. Null values are not
 * stored: an absent property reads as {@link Value#NULL}, which means "none" or "default".
 *
 * <p>This class only stores; what may be written is decided by
 * {@code dev.blueline.model.ops.ChangeValidator}. Not thread-safe: a room or a client owns one.
 */
public final class Document {

    private static final class Entry {
        final Kind kind;
        final HashMap<String, Value> props;

        Entry(Kind kind, HashMap<String, Value> props) {
            this.kind = kind;
            this.props = props;
        }
    }

    private final HashMap<String, Entry> objects;

    public Document() {
        this.objects = new HashMap<>();
    }

    private Document(HashMap<String, Entry> objects) {
        this.objects = objects;
    }

    public boolean exists(String id) {
        return objects.containsKey(id);
    }

    public Optional<Kind> kind(String id) {
        Entry e = objects.get(id);
        return e == null ? Optional.empty() : Optional.of(e.kind);
    }

    /** True when the object exists and is of this kind. */
    public boolean is(String id, Kind kind) {
        Entry e = objects.get(id);
        return e != null && e.kind == kind;
    }

    /** The value of one property; {@link Value#NULL} when unset or when the object does not exist. */
    public Value get(String id, String prop) {
        Entry e = objects.get(id);
        if (e == null) return Value.NULL;
        Value v = e.props.get(prop);
        return v == null ? Value.NULL : v;
    }

    public String text(String id, String prop) {
        return get(id, prop).asText();
    }

    public double number(String id, String prop) {
        return get(id, prop).asNumber();
    }

    public boolean flag(String id, String prop) {
        return get(id, prop).isTrue();
    }

    /** All set properties of an object (read-only), or an empty map when it does not exist. */
    public Map<String, Value> props(String id) {
        Entry e = objects.get(id);
        return e == null ? Map.of() : Collections.unmodifiableMap(e.props);
    }

    public Set<String> ids() {
        return Collections.unmodifiableSet(objects.keySet());
    }

    public int size() {
        return objects.size();
    }

    /** Creates an empty object of a kind (its {@code kind} property is set too). */
    public void create(String id, Kind kind) {
        Objects.requireNonNull(id);
        if (objects.containsKey(id)) throw new IllegalStateException("object exists: " + id);
        HashMap<String, Value> props = new HashMap<>();
        props.put(Props.KIND, Value.of(kind.wireName()));
        objects.put(id, new Entry(kind, props));
    }

    /** Writes one property of an existing object; NULL removes it. Returns the previous value. */
    public Value set(String id, String prop, Value value) {
        Entry e = objects.get(id);
        if (e == null) throw new IllegalStateException("no object " + id);
        Value prev = value.isNull() ? e.props.remove(prop) : e.props.put(prop, value);
        return prev == null ? Value.NULL : prev;
    }

    /**
     * Makes this document's copy of one object equal to {@code source}'s: same kind and properties,
     * or absent when the source does not have it.
     */
    public void copyObjectFrom(Document source, String id) {
        Entry e = source.objects.get(id);
        if (e == null) objects.remove(id);
        else objects.put(id, new Entry(e.kind, new HashMap<>(e.props)));
    }

    /** Removes an object entirely. Only used to roll back its creation; deleting is {@code deleted = true}. */
    public void remove(String id) {
        objects.remove(id);
    }

    // ---- questions the editor, exporters and validation ask ----

    public boolean isDeleted(String id) {
        return get(id, Props.DELETED).isTrue();
    }

    /**
     * True when the object should be shown: it exists, is not deleted, its screen is not deleted and
     * no ancestor is deleted (children of a deleted container are gone with it).
     */
    public boolean isLive(String id) {
        Entry e = objects.get(id);
        if (e == null || isDeleted(id)) return false;
        if (e.kind == Kind.SCREEN) return true;
        String screen = text(id, Props.SCREEN);
        if (screen == null || !is(screen, Kind.SCREEN) || isDeleted(screen)) return false;
        String parent = text(id, Props.PARENT);
        int depth = 0;
        while (parent != null && depth++ < 1_000) {
            if (!exists(parent) || isDeleted(parent)) return false;
            parent = text(parent, Props.PARENT);
        }
        return true;
    }

    /** Live screens sorted by (order, id). */
    public List<String> screens() {
        List<String> out = new ArrayList<>();
        for (Map.Entry<String, Entry> e : objects.entrySet()) {
            if (e.getValue().kind == Kind.SCREEN && !isDeleted(e.getKey())) out.add(e.getKey());
        }
        out.sort(byOrder());
        return out;
    }

    /** Direct children of a parent element on a screen ({@code parent == null}: top level) that are not deleted themselves, sorted by (order, id). */
    public List<String> children(String screen, String parent) {
        List<String> out = new ArrayList<>();
        for (Map.Entry<String, Entry> e : objects.entrySet()) {
            String id = e.getKey();
            if (e.getValue().kind != Kind.ELEMENT || isDeleted(id)) continue;
            Map<String, Value> p = e.getValue().props;
            if (!Value.of(screen).equals(p.get(Props.SCREEN))) continue;
            Value par = p.getOrDefault(Props.PARENT, Value.NULL);
            if (parent == null ? par.isNull() : Value.of(parent).equals(par)) out.add(id);
        }
        out.sort(byOrder());
        return out;
    }

    /** Sibling order: by order key, then by id so that equal keys from concurrent inserts sort the same everywhere. */
    public Comparator<String> byOrder() {
        return Comparator.<String, String>comparing(id -> Objects.requireNonNullElse(text(id, Props.ORDER), ""))
                .thenComparing(Comparator.naturalOrder());
    }

    /** A deep copy. */
    public Document copy() {
        HashMap<String, Entry> copy = HashMap.newHashMap(objects.size());
        objects.forEach((id, e) -> copy.put(id, new Entry(e.kind, new HashMap<>(e.props))));
        return new Document(copy);
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof Document other) || other.objects.size() != objects.size()) return false;
        for (Map.Entry<String, Entry> e : objects.entrySet()) {
            Entry mine = e.getValue();
            Entry theirs = other.objects.get(e.getKey());
            if (theirs == null || theirs.kind != mine.kind || !theirs.props.equals(mine.props)) return false;
        }
        return true;
    }

    @Override
    public int hashCode() {
        return objects.size();
    }

    @Override
    public String toString() {
        return "Document(" + objects.size() + " objects)";
    }
}
