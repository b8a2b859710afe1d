package dev.blueline.desktop.editor.commands;

import dev.blueline.model.document.Document;
import dev.blueline.model.document.Kind;
import dev.blueline.model.document.Props;
import dev.blueline.model.document.Value;
import dev.blueline.model.geometry.Geometry;
import dev.blueline.model.geometry.Rect;
import dev.blueline.model.ops.Put;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * What the inspector's fields write, as ops. Positions are typed in screen coordinates and written
 * relative to each element's container. Locked elements keep their geometry, text and style; their
 * name, lock and visibility can still be changed.
 */
public final class Inspect {
    private Inspect() {
    }

    /** One side of an element's screen-space bounds. */
    public enum Edge { X, Y, W, H }

    /** Gives every element the same screen-space x, y, width or height, leaving the rest of its bounds alone. */
    public static List<Put> bounds(Document doc, Collection<String> ids, Edge edge, double value) {
        List<Put> ops = new ArrayList<>();
        for (String id : ids) {
            Rect r = Geometry.bounds(doc, id);
            Rect to = switch (edge) {
                case X -> new Rect(value, r.y(), r.w(), r.h());
                case Y -> new Rect(r.x(), value, r.w(), r.h());
                case W -> new Rect(r.x(), r.y(), Math.max(1, value), r.h());
                case H -> new Rect(r.x(), r.y(), r.w(), Math.max(1, value));
            };
            if (to.equals(r)) continue;
            ops.addAll(Edits.setBounds(doc, id, to));
        }
        return ops;
    }

    /** The text (content markup) of every element; over-long text is cut to the limit. */
    public static List<Put> text(Document doc, Collection<String> ids, String text) {
        String t = text == null ? "" : text;
        if (t.length() > Props.MAX_TEXT_LENGTH) t = t.substring(0, Props.MAX_TEXT_LENGTH);
        return Edits.set(doc, ids, Props.TEXT, t.isEmpty() ? Value.NULL : Value.of(t));
    }

    /** A style property ({@link Props#STYLE}); {@link Value#NULL} goes back to the control's default. */
    public static List<Put> style(Document doc, Collection<String> ids, String prop, Value value) {
        if (!Props.STYLE.contains(prop)) throw new IllegalArgumentException(prop + " is not a style property");
        return Edits.set(doc, ids, prop, value);
    }

    /** Links the elements to a screen (clicked in Preview), or unlinks them with null. */
    public static List<Put> link(Document doc, Collection<String> ids, String screen) {
        if (screen != null && (!doc.is(screen, Kind.SCREEN) || doc.isDeleted(screen))) return List.of();
        return Edits.set(doc, ids, Props.LINK, Value.of(screen));
    }

    /** Locks or unlocks; hides or shows. Works on locked elements too. */
    public static List<Put> flag(Document doc, Collection<String> ids, String prop, boolean on) {
        if (!prop.equals(Props.LOCKED) && !prop.equals(Props.HIDDEN)) throw new IllegalArgumentException(prop);
        List<Put> ops = new ArrayList<>();
        for (String id : ids) {
            if (doc.flag(id, prop) != on) ops.add(Put.of(id, prop, Value.of(on)));
        }
        return ops;
    }

    /** The layer name; blank removes it (the layers list shows the control's name again). */
    public static List<Put> name(Document doc, Collection<String> ids, String name) {
        String n = name == null ? "" : name.strip();
        if (n.length() > Props.MAX_NAME_LENGTH) n = n.substring(0, Props.MAX_NAME_LENGTH);
        Value v = n.isEmpty() ? Value.NULL : Value.of(n);
        List<Put> ops = new ArrayList<>();
        for (String id : ids) {
            if (!doc.get(id, Props.NAME).equals(v)) ops.add(Put.of(id, Props.NAME, v));
        }
        return ops;
    }
}
