package dev.blueline.model.ops;

import dev.blueline.model.document.Document;
import dev.blueline.model.document.Kind;
import dev.blueline.model.document.Props;
import dev.blueline.model.document.Value;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static dev.blueline.model.document.Props.DELETED;
import static dev.blueline.model.document.Props.KIND;
import static dev.blueline.model.document.Props.PARENT;
import static dev.blueline.model.document.Props.TEXT;
import static dev.blueline.model.document.Props.X;
import static dev.blueline.model.ops.ChangeValidatorTest.element;
import static dev.blueline.model.ops.ChangeValidatorTest.screen;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class OpsTest {

    /** A small project built through the validator, with a deleted element and optional properties. */
    private static Document project() {
        Document doc = new Document();
        Rejection r = new ChangeValidator().apply(doc, List.of(
                screen("s2").set(Props.BACKGROUND, "#f8fafc").build(),
                screen("s1").set(Props.ORDER, "Zz").build(),
                element("panel", "panel", "s1").build(),
                element("ok", "button", "s1").set(PARENT, "panel").set(TEXT, "OK").set(Props.BOLD, true).set(X, 12.5).build(),
                element("gone", "label", "s2").set(DELETED, true).build()));
        assertThat(r).isNull();
        return doc;
    }

    @Test
    void a_snapshot_rebuilds_an_equal_document() {
        Document doc = project();
        Document rebuilt = Ops.fromSnapshot(Ops.snapshot(doc));
        assertThat(rebuilt).isEqualTo(doc);
        assertThat(rebuilt.kind("panel")).contains(Kind.ELEMENT);
        assertThat(rebuilt.children("s1", "panel")).containsExactly("ok");
    }

    @Test
    void a_snapshot_is_one_creation_op_per_object_sorted_by_id_including_deleted_ones() {
        List<Put> snapshot = Ops.snapshot(project());
        assertThat(snapshot).extracting(Put::id).containsExactly("gone", "ok", "panel", "s1", "s2");
        assertThat(snapshot).allSatisfy(op -> assertThat(op.set()).containsKey(KIND));
        assertThat(snapshot.getFirst().set()).containsEntry(DELETED, Value.of(true));
    }

    @Test
    void snapshots_of_equal_documents_are_equal() {
        assertThat(Ops.snapshot(project())).isEqualTo(Ops.snapshot(project().copy()));
    }

    @Test
    void a_snapshot_does_not_change_when_the_document_does_later() {
        Document doc = project();
        List<Put> snapshot = Ops.snapshot(doc);
        doc.set("ok", X, Value.of(1));
        assertThat(Ops.fromSnapshot(snapshot).get("ok", X)).isEqualTo(Value.of(12.5));
        assertThatThrownBy(() -> snapshot.getFirst().set().put(X, Value.of(2))).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void an_empty_document_round_trips() {
        assertThat(Ops.snapshot(new Document())).isEmpty();
        assertThat(Ops.fromSnapshot(List.of())).isEqualTo(new Document());
    }

    @Test
    void applying_an_accepted_change_gives_what_the_validator_produced() {
        // the host validates and applies; every other client applies the broadcast ops with Ops.apply
        Document host = project();
        Document client = host.copy();
        List<Put> change = List.of(element("n1", "label", "s1").set(PARENT, "panel").build(),
                Put.on("ok").set(X, 40).set(TEXT, Value.NULL).build());
        assertThat(new ChangeValidator().apply(host, change)).isNull();
        Ops.applyAll(client, change);
        assertThat(client).isEqualTo(host);
    }

    @Test
    void an_op_for_an_unknown_object_without_a_kind_is_ignored() {
        Document doc = project();
        Document before = doc.copy();
        Ops.apply(doc, Put.of("ghost", X, Value.of(1)));
        Ops.apply(doc, new Put("ghost2", Map.of(KIND, Value.of("widget"), X, Value.of(1))));
        assertThat(doc).isEqualTo(before);
    }

    @Test
    void applying_never_changes_the_kind_of_an_existing_object() {
        Document doc = project();
        Ops.apply(doc, new Put("ok", Map.of(KIND, Value.of("screen"), X, Value.of(3))));
        assertThat(doc.kind("ok")).contains(Kind.ELEMENT);
        assertThat(doc.get("ok", KIND)).isEqualTo(Value.of("element"));
        assertThat(doc.get("ok", X)).isEqualTo(Value.of(3));
    }
}
