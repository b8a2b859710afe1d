package dev.blueline.desktop.editor.commands;

import dev.blueline.model.document.Document;
import dev.blueline.model.document.Kind;
import dev.blueline.model.document.Props;
import dev.blueline.model.document.Value;
import dev.blueline.model.ops.Put;
import dev.blueline.model.order.FractionalIndex;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** Screens as ops: add, rename, resize, reorder, background, delete. Other screens are never renumbered. */
public final class Screens {
    private Screens() {
    }

    /** A new screen after the last one. {@code device} is one of {@link Props#DEVICES}, or null. */
    public static List<Put> add(Document doc, String id, String name, double w, double h, String device) {
        List<String> screens = doc.screens();
        String last = screens.isEmpty() ? null : doc.text(screens.getLast(), Props.ORDER);
        Put.Builder b = Put.on(id).set(Props.KIND, Kind.SCREEN.wireName()).set(Props.NAME, name)
                .set(Props.W, w).set(Props.H, h).set(Props.ORDER, FractionalIndex.between(last, null));
        if (device != null) b.set(Props.DEVICE, device);
        return List.of(b.build());
    }

    /** "Screen 1", "Screen 2", …: the first such name no live screen has. */
    public static String nextName(Document doc) {
        for (int n = doc.screens().size() + 1; ; n++) {
            String name = "Screen " + n;
            boolean taken = false;
            for (String s : doc.screens()) {
                if (name.equalsIgnoreCase(doc.text(s, Props.NAME))) taken = true;
            }
            if (!taken) return name;
        }
    }

    /** A new name (trimmed, at most {@link Props#MAX_NAME_LENGTH}); nothing when blank or unchanged. */
    public static List<Put> rename(Document doc, String id, String name) {
        String clean = name == null ? "" : name.strip();
        if (clean.length() > Props.MAX_NAME_LENGTH) clean = clean.substring(0, Props.MAX_NAME_LENGTH);
        if (clean.isEmpty() || clean.equals(doc.text(id, Props.NAME))) return List.of();
        return List.of(Put.of(id, Props.NAME, Value.of(clean)));
    }

    /** A new size; {@code device} says which preset it is ("custom" for none), or null to leave it alone. */
    public static List<Put> resize(Document doc, String id, double w, double h, String device) {
        Put.Builder b = Put.on(id);
        boolean any = false;
        if (w != doc.number(id, Props.W)) {
            b.set(Props.W, w);
            any = true;
        }
        if (h != doc.number(id, Props.H)) {
            b.set(Props.H, h);
            any = true;
        }
        if (device != null && !device.equals(doc.text(id, Props.DEVICE))) {
            b.set(Props.DEVICE, device);
            any = true;
        }
        return any ? List.of(b.build()) : List.of();
    }

    /** The background colour ({@code #rrggbb}), or null for the default. */
    public static List<Put> background(Document doc, String id, String color) {
        Value v = Value.of(color);
        return doc.get(id, Props.BACKGROUND).equals(v) ? List.of() : List.of(Put.of(id, Props.BACKGROUND, v));
    }

    /** Deletes one screen; what is on it goes with it, and undo brings both back. */
    public static List<Put> delete(Document doc, String id) {
        if (!doc.is(id, Kind.SCREEN) || doc.isDeleted(id)) return List.of();
        return List.of(Put.of(id, Props.DELETED, Value.of(true)));
    }

    /**
     * Moves a screen so that it ends up at {@code index} in the list of the other screens (0 =
     * first). Writes one order key, between its new neighbours.
     */
    public static List<Put> move(Document doc, String id, int index) {
        List<String> others = new ArrayList<>(doc.screens());
        int from = others.indexOf(id);
        if (from < 0) return List.of();
        others.remove(id);
        int to = Math.max(0, Math.min(index, others.size()));
        if (to == from) return List.of();
        String lo = to == 0 ? null : doc.text(others.get(to - 1), Props.ORDER);
        String hi = to == others.size() ? null : doc.text(others.get(to), Props.ORDER);
        if (lo != null && hi != null && lo.compareTo(hi) >= 0) hi = null; // equal keys from concurrent inserts
        String key = FractionalIndex.between(lo, hi);
        return Objects.equals(key, doc.text(id, Props.ORDER)) ? List.of() : List.of(Put.of(id, Props.ORDER, Value.of(key)));
    }
}
