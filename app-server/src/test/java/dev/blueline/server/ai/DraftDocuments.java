package dev.blueline.server.ai;

import dev.blueline.model.document.Document;
import dev.blueline.model.document.Props;
import dev.blueline.model.document.Value;
import dev.blueline.model.ops.ChangeValidator;
import dev.blueline.model.ops.Put;
import dev.blueline.model.ops.Rejection;
import dev.blueline.model.order.FractionalIndex;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Drafts the way the desktop will use them: as one change to a document, through the document's own validator. */
final class DraftDocuments {
    private DraftDocuments() {
    }

    /** The draft as a new screen "s" of a fresh document; fails the test when the validator refuses any op. */
    static Document apply(Draft draft, double width, double height) {
        Document doc = new Document();
        List<Put> ops = new ArrayList<>();
        ops.add(Put.on("s").set(Props.KIND, "screen").set(Props.NAME, draft.screenName()).set(Props.W, width).set(Props.H, height)
                .set(Props.ORDER, FractionalIndex.first()).build());
        List<String> orders = FractionalIndex.spread(null, null, Math.max(1, draft.elements().size()));
        for (int i = 0; i < draft.elements().size(); i++) {
            DraftElement e = draft.elements().get(i);
            ops.add(Put.on(e.key()).set(Props.KIND, "element").set(Props.TYPE, e.type()).set(Props.SCREEN, "s")
                    .set(Props.PARENT, e.parent() == null ? Value.NULL : Value.of(e.parent())).set(Props.ORDER, orders.get(i))
                    .set(Props.X, e.x()).set(Props.Y, e.y()).set(Props.W, e.w()).set(Props.H, e.h()).set(Props.TEXT, e.text()).build());
        }
        Rejection r = new ChangeValidator().apply(doc, ops);
        assertThat(r).as("the document accepts the draft as one change").isNull();
        return doc;
    }

    /** Every element inside the screen, children inside their container, at least 8×8, keys unique, containers first. */
    static void assertWellFormed(Draft draft, double width, double height) {
        Map<String, DraftElement> seen = new HashMap<>();
        for (DraftElement e : draft.elements()) {
            assertThat(seen).as("keys are unique").doesNotContainKey(e.key());
            double w = width, h = height;
            if (e.parent() != null) {
                DraftElement p = seen.get(e.parent());
                assertThat(p).as(e.key() + "'s container comes before it").isNotNull();
                assertThat(dev.blueline.model.catalog.Catalog.get(p.type()).container()).as(p.type() + " is a container").isTrue();
                w = p.w();
                h = p.h();
            }
            assertThat(e.w()).as(e + " width").isBetween(8.0, w);
            assertThat(e.h()).as(e + " height").isBetween(8.0, h);
            assertThat(e.x()).as(e + " left").isBetween(0.0, w - e.w());
            assertThat(e.y()).as(e + " top").isBetween(0.0, h - e.h());
            assertThat(e.text().length()).isLessThanOrEqualTo(Props.MAX_TEXT_LENGTH);
            seen.put(e.key(), e);
        }
        apply(draft, width, height);
    }
}
