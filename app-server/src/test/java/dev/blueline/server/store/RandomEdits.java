package dev.blueline.server.store;

import dev.blueline.model.document.Document;
import dev.blueline.model.document.Kind;
import dev.blueline.model.document.Props;
import dev.blueline.model.document.Value;
import dev.blueline.model.ops.Put;
import dev.blueline.model.order.FractionalIndex;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Proposes designer-like edits from what a document holds: screens and elements created, moved,
 * restyled, retyped, reparented, deleted and undeleted. Some proposals are invalid on purpose
 * (a parent that cannot hold children, a deleted screen); the validator refuses those.
 */
final class RandomEdits {
    private static final List<String> TYPES = List.of("button", "label", "text-input", "panel", "checkbox", "heading", "tabs");
    private static final List<String> TEXTS = List.of("OK", "Pay \"now\"", "Grüße — ✓", "line\nbreak", "", "a,b;c|d", "x".repeat(500));

    private final Random rnd;
    private int next;

    RandomEdits(Random rnd) {
        this.rnd = rnd;
    }

    List<Put> propose(Document doc) {
        List<String> screens = ids(doc, Kind.SCREEN);
        List<String> elements = ids(doc, Kind.ELEMENT);
        int pick = rnd.nextInt(100);
        if (screens.isEmpty() || pick < 4) return List.of(newScreen(doc, screens));
        if (elements.isEmpty() || pick < 30) return List.of(newElement(doc, any(screens), elements));
        String e = any(elements);
        return switch (pick % 8) {
            case 0 -> List.of(Put.on(e).set(Props.X, (double) rnd.nextInt(1400)).set(Props.Y, rnd.nextInt(900) + 0.5).build());
            case 1 -> List.of(Put.on(e).set(Props.TEXT, any(TEXTS)).build());
            case 2 -> List.of(Put.on(e).set(Props.FILL, rnd.nextBoolean() ? Value.NULL : Value.of("#a0b0c0"))
                    .set(Props.BOLD, rnd.nextBoolean()).build());
            case 3 -> List.of(Put.on(e).set(Props.PARENT, rnd.nextBoolean() ? Value.NULL : Value.of(any(elements)))
                    .set(Props.ORDER, FractionalIndex.between(null, null)).build());
            case 4 -> List.of(Put.of(rnd.nextInt(5) == 0 ? any(screens) : e, Props.DELETED, Value.of(true)));
            case 5 -> List.of(Put.of(rnd.nextBoolean() ? any(ids(doc, null)) : e, Props.DELETED, Value.of(false)));
            case 6 -> List.of(Put.on(e).set(Props.W, (double) rnd.nextInt(600)).build(), Put.on(any(elements)).set(Props.H, 30.0).build());
            default -> List.of(Put.on(e).set(Props.X, -5.25).build());
        };
    }

    private Put newScreen(Document doc, List<String> screens) {
        String last = screens.isEmpty() ? null : doc.text(screens.stream().max(doc.byOrder()).orElseThrow(), Props.ORDER);
        return Put.on("s" + next++).set(Props.KIND, "screen").set(Props.NAME, "Screen " + next).set(Props.W, 1440.0)
                .set(Props.H, 900.0).set(Props.ORDER, FractionalIndex.between(last, null)).build();
    }

    private Put newElement(Document doc, String screen, List<String> elements) {
        String parent = elements.isEmpty() || rnd.nextBoolean() ? null : any(elements);
        return Put.on("e" + next++).set(Props.KIND, "element").set(Props.TYPE, any(TYPES)).set(Props.SCREEN, screen)
                .set(Props.PARENT, parent == null ? Value.NULL : Value.of(parent)).set(Props.ORDER, FractionalIndex.between(null, null))
                .set(Props.X, (double) rnd.nextInt(1000)).set(Props.Y, (double) rnd.nextInt(800))
                .set(Props.W, 120.0).set(Props.H, 40.0).build();
    }

    private static List<String> ids(Document doc, Kind kind) {
        List<String> out = new ArrayList<>();
        for (String id : doc.ids()) if (kind == null || doc.is(id, kind)) out.add(id);
        out.sort(null); // HashMap order is not a seedable order
        return out;
    }

    private <T> T any(List<T> list) {
        return list.get(rnd.nextInt(list.size()));
    }
}
