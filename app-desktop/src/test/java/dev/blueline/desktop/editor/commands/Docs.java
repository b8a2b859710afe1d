package dev.blueline.desktop.editor.commands;

import dev.blueline.model.catalog.Catalog;
import dev.blueline.model.document.Document;
import dev.blueline.model.document.Props;
import dev.blueline.model.document.Value;
import dev.blueline.model.ops.ChangeValidator;
import dev.blueline.model.ops.Put;
import dev.blueline.model.ops.Rejection;
import dev.blueline.model.order.FractionalIndex;

import java.util.List;

/** Small documents for unit tests of the commands, built through the same validation the host runs. */
final class Docs {
    private final Document doc = new Document();
    private final ChangeValidator validator = new ChangeValidator();

    Document doc() {
        return doc;
    }

    /** Applies ops as the host would; fails the test when it would refuse them. */
    Docs apply(List<Put> ops) {
        Rejection r = validator.apply(doc, ops);
        if (r != null) throw new AssertionError("refused: " + r.message() + " in " + ops);
        return this;
    }

    Docs screen(String id, String name) {
        String last = doc.screens().isEmpty() ? null : doc.text(doc.screens().getLast(), Props.ORDER);
        return apply(List.of(Put.on(id).set(Props.KIND, "screen").set(Props.NAME, name).set(Props.W, 1440.0).set(Props.H, 900.0)
                .set(Props.ORDER, FractionalIndex.between(last, null)).build()));
    }

    /** An element at x, y relative to its parent, on top of its siblings. */
    Docs element(String id, String type, String screen, String parent, double x, double y, double w, double h) {
        List<String> siblings = doc.children(screen, parent);
        String last = siblings.isEmpty() ? null : doc.text(siblings.getLast(), Props.ORDER);
        Catalog.get(type);
        return apply(List.of(Put.on(id).set(Props.KIND, "element").set(Props.TYPE, type).set(Props.SCREEN, screen)
                .set(Props.PARENT, parent == null ? Value.NULL : Value.of(parent)).set(Props.ORDER, FractionalIndex.between(last, null))
                .set(Props.X, x).set(Props.Y, y).set(Props.W, w).set(Props.H, h).build()));
    }

    Docs set(String id, String prop, Value v) {
        return apply(List.of(Put.of(id, prop, v)));
    }
}
