package dev.blueline.desktop.editor.commands;

import dev.blueline.model.catalog.Catalog;
import dev.blueline.model.catalog.ControlType;
import dev.blueline.model.document.Document;
import dev.blueline.model.document.Kind;
import dev.blueline.model.document.Props;
import dev.blueline.model.document.Value;
import dev.blueline.model.ops.Limits;
import dev.blueline.model.ops.Put;
import dev.blueline.model.order.FractionalIndex;
import dev.blueline.server.ai.Draft;
import dev.blueline.server.ai.DraftElement;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

/**
 * An AI draft as ops: a new screen after the last one, then the draft's elements in draft order
 * (containers before their children), so the whole draft is one change and one undo removes it.
 * Draft keys become fresh element ids; coordinates stay relative to the parent, as in the document.
 */
public final class DraftScreen {
    /** The name a draft gets when it comes without one. */
    static final String FALLBACK_NAME = "Draft";

    private DraftScreen() {
    }

    /**
     * The ops of the drafted screen {@code screenId}, {@code w × h} points, its {@code device}
     * one of {@link Props#DEVICES} or null; element ids come from {@code newId}.
     *
     * @throws IllegalArgumentException when the draft breaks its own contract (an unknown type, a
     *                                  parent that is not a container listed earlier, …), so a
     *                                  broken draft is explained rather than half applied
     */
    public static List<Put> ops(Document doc, Draft draft, double w, double h, String device, String screenId,
                                Supplier<String> newId) {
        int max = Limits.DEFAULT.maxOpsPerChange() - 1; // one op is the screen
        if (draft.elements().size() > max) {
            throw new IllegalArgumentException("the draft has " + draft.elements().size() + " elements; at most " + max + " fit on one screen");
        }
        List<String> screens = doc.screens();
        String after = screens.isEmpty() ? null : doc.text(screens.getLast(), Props.ORDER);
        Put.Builder screen = Put.on(screenId).set(Props.KIND, Kind.SCREEN.wireName()).set(Props.NAME, uniqueName(doc, draft.screenName()))
                .set(Props.W, w).set(Props.H, h).set(Props.ORDER, FractionalIndex.between(after, null));
        if (device != null) screen.set(Props.DEVICE, device);
        List<Put> ops = new ArrayList<>();
        ops.add(screen.build());
        ops.addAll(elements(draft.elements(), screenId, newId));
        return ops;
    }

    private static List<Put> elements(List<DraftElement> draft, String screenId, Supplier<String> newId) {
        Map<String, String> ids = new HashMap<>();
        Map<String, ControlType> types = new HashMap<>();
        // the last order key given among each parent's children (key "" is the screen itself)
        Map<String, String> lastOrder = new HashMap<>();
        List<Put> ops = new ArrayList<>();
        for (DraftElement e : draft) {
            ControlType type = typeOf(e);
            if (e.key() == null || ids.containsKey(e.key())) throw new IllegalArgumentException("two draft elements share the key " + e.key());
            String parent = parentOf(e, ids, types);
            String order = FractionalIndex.between(lastOrder.get(e.parent() == null ? "" : e.parent()), null);
            lastOrder.put(e.parent() == null ? "" : e.parent(), order);
            String id = newId.get();
            ids.put(e.key(), id);
            types.put(e.key(), type);
            Put.Builder b = Put.on(id).set(Props.KIND, Kind.ELEMENT.wireName()).set(Props.TYPE, type.id()).set(Props.SCREEN, screenId)
                    .set(Props.PARENT, parent == null ? Value.NULL : Value.of(parent)).set(Props.ORDER, order)
                    .set(Props.X, number(e, "x", e.x())).set(Props.Y, number(e, "y", e.y()))
                    .set(Props.W, size(e, "w", e.w())).set(Props.H, size(e, "h", e.h()));
            if (e.text() != null && !e.text().isEmpty()) b.set(Props.TEXT, clip(e.text(), Props.MAX_TEXT_LENGTH));
            ops.add(b.build());
        }
        return ops;
    }

    /** A catalog type; a component instance needs a master in the project, which a draft cannot have. */
    private static ControlType typeOf(DraftElement e) {
        ControlType type = Catalog.find(e.type()).orElseThrow(() -> new IllegalArgumentException(
                "the draft element " + e.key() + " is a \"" + e.type() + "\", which is not a Blueline control"));
        if (Catalog.COMPONENT.equals(type.id())) {
            throw new IllegalArgumentException("the draft element " + e.key() + " is a component instance, which a draft cannot make");
        }
        return type;
    }

    /** The element id of the draft element's container, or null for the screen. */
    private static String parentOf(DraftElement e, Map<String, String> ids, Map<String, ControlType> types) {
        if (e.parent() == null) return null;
        String parent = ids.get(e.parent());
        if (parent == null) {
            throw new IllegalArgumentException("the draft element " + e.key() + " is inside " + e.parent() + ", which is not listed before it");
        }
        if (!types.get(e.parent()).container()) {
            throw new IllegalArgumentException("the draft element " + e.key() + " is inside a " + types.get(e.parent()).id()
                    + ", which cannot hold other elements");
        }
        return parent;
    }

    private static double number(DraftElement e, String what, double v) {
        if (!Double.isFinite(v) || Math.abs(v) > Props.MAX_COORDINATE) {
            throw new IllegalArgumentException("the draft element " + e.key() + " has " + what + " = " + v);
        }
        return Edits.round(v);
    }

    private static double size(DraftElement e, String what, double v) {
        if (v < 0) throw new IllegalArgumentException("the draft element " + e.key() + " has " + what + " = " + v);
        return number(e, what, v);
    }

    /**
     * The draft's name (trimmed, at most {@link Props#MAX_NAME_LENGTH}), made unique among the live
     * screens by a number ("Login", "Login 2", …) so the new screen is easy to tell apart.
     */
    public static String uniqueName(Document doc, String wanted) {
        String base = wanted == null || wanted.isBlank() ? FALLBACK_NAME : clip(wanted.strip(), Props.MAX_NAME_LENGTH);
        List<String> taken = doc.screens().stream().map(s -> doc.text(s, Props.NAME))
                .map(n -> n == null ? "" : n.toLowerCase(Locale.ROOT)).toList();
        String name = base;
        for (int n = 2; taken.contains(name.toLowerCase(Locale.ROOT)); n++) {
            String suffix = " " + n;
            name = clip(base, Props.MAX_NAME_LENGTH - suffix.length()).strip() + suffix;
        }
        return name;
    }

    private static String clip(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max);
    }
}
