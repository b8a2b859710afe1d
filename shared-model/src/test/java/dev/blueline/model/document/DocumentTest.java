package dev.blueline.model.document;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import static dev.blueline.model.document.Props.DELETED;
import static dev.blueline.model.document.Props.NAME;
import static dev.blueline.model.document.Props.ORDER;
import static dev.blueline.model.document.Props.PARENT;
import static dev.blueline.model.document.Props.SCREEN;
import static dev.blueline.model.document.Props.TYPE;
import static dev.blueline.model.document.Props.X;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The document as a store and the questions the editor asks it. Objects are written directly
 * here (validation is {@code ChangeValidatorTest}'s business).
 */
class DocumentTest {

    private Document doc;

    @BeforeEach
    void project() {
        doc = new Document();
        screen("s1", "a1");
        screen("s2", "a0");
        element("win", "s1", null, "a0", "browser-window");
        element("panel", "s1", "win", "a0", "panel");
        element("ok", "s1", "panel", "a1", "button");
        element("cancel", "s1", "panel", "a0", "button");
        element("logo", "s2", null, "a0", "label");
    }

    private void screen(String id, String order) {
        doc.create(id, Kind.SCREEN);
        doc.set(id, NAME, Value.of("Screen " + id));
        doc.set(id, ORDER, Value.of(order));
    }

    private void element(String id, String screen, String parent, String order, String type) {
        doc.create(id, Kind.ELEMENT);
        doc.set(id, TYPE, Value.of(type));
        doc.set(id, SCREEN, Value.of(screen));
        doc.set(id, PARENT, Value.of(parent));
        doc.set(id, ORDER, Value.of(order));
    }

    private void delete(String id) {
        doc.set(id, DELETED, Value.of(true));
    }

    @Nested
    class Store {

        @Test
        void a_created_object_has_its_kind_as_a_property() {
            assertThat(doc.kind("ok")).contains(Kind.ELEMENT);
            assertThat(doc.is("s1", Kind.SCREEN)).isTrue();
            assertThat(doc.is("s1", Kind.ELEMENT)).isFalse();
            assertThat(doc.get("s1", Props.KIND)).isEqualTo(Value.of("screen"));
        }

        @Test
        void unset_properties_and_missing_objects_read_as_null() {
            assertThat(doc.get("ok", Props.FILL)).isEqualTo(Value.NULL);
            assertThat(doc.get("nothing", X)).isEqualTo(Value.NULL);
            assertThat(doc.text("nothing", NAME)).isNull();
            assertThat(doc.number("ok", X)).isNaN();
            assertThat(doc.flag("ok", Props.BOLD)).isFalse();
            assertThat(doc.props("nothing")).isEmpty();
            assertThat(doc.kind("nothing")).isEmpty();
        }

        @Test
        void writing_null_removes_the_property_and_set_returns_the_previous_value() {
            assertThat(doc.set("ok", X, Value.of(5))).isEqualTo(Value.NULL);
            assertThat(doc.set("ok", X, Value.of(6))).isEqualTo(Value.of(5));
            assertThat(doc.set("ok", X, Value.NULL)).isEqualTo(Value.of(6));
            assertThat(doc.props("ok")).doesNotContainKey(X);
            assertThat(doc.props("win")).as("a null parent is not stored").doesNotContainKey(PARENT);
        }

        @Test
        void props_cannot_be_modified_from_outside() {
            assertThatThrownBy(() -> doc.props("ok").put(X, Value.of(1))).isInstanceOf(UnsupportedOperationException.class);
            assertThatThrownBy(() -> doc.ids().remove("ok")).isInstanceOf(UnsupportedOperationException.class);
        }

        @Test
        void creating_an_existing_id_or_writing_a_missing_object_fails_loudly() {
            assertThatThrownBy(() -> doc.create("ok", Kind.ELEMENT)).isInstanceOf(IllegalStateException.class).hasMessageContaining("ok");
            assertThatThrownBy(() -> doc.set("ghost", X, Value.of(1))).isInstanceOf(IllegalStateException.class).hasMessageContaining("ghost");
        }

        @Test
        void numbers_written_as_120_and_120_0_are_the_same_value() {
            doc.set("ok", X, Value.of(120));
            assertThat(doc.get("ok", X)).isEqualTo(Value.of(120.0)).hasSameHashCodeAs(Value.of(120.0));
            assertThat(Value.of(0.0)).isEqualTo(Value.of(-0.0)).hasSameHashCodeAs(Value.of(-0.0));
        }
    }

    @Nested
    class IsLive {

        @Test
        void live_screens_and_elements_are_live() {
            assertThat(doc.isLive("s1")).isTrue();
            assertThat(doc.isLive("win")).isTrue();
            assertThat(doc.isLive("ok")).isTrue();
        }

        @Test
        void a_missing_object_is_not_live() {
            assertThat(doc.isLive("nothing")).isFalse();
        }

        @Test
        void a_deleted_object_is_not_live_and_undeleting_revives_it() {
            delete("ok");
            assertThat(doc.isLive("ok")).isFalse();
            doc.set("ok", DELETED, Value.of(false));
            assertThat(doc.isLive("ok")).isTrue();
        }

        @Test
        void elements_on_a_deleted_screen_are_not_live() {
            delete("s1");
            assertThat(doc.isLive("s1")).isFalse();
            assertThat(doc.isLive("win")).isFalse();
            assertThat(doc.isLive("ok")).isFalse();
            assertThat(doc.isLive("logo")).isTrue();
        }

        @Test
        void elements_below_a_deleted_ancestor_are_not_live() {
            delete("win");
            assertThat(doc.isLive("panel")).isFalse();
            assertThat(doc.isLive("ok")).as("grandchild").isFalse();
            assertThat(doc.isDeleted("ok")).as("but not itself deleted").isFalse();
        }

        @Test
        void an_element_whose_parent_or_screen_is_missing_is_not_live() {
            element("orphan", "s1", "gone", "a0", "label");
            element("lost", "nowhere", null, "a0", "label");
            element("misplaced", "win", null, "a0", "label"); // "screen" names an element
            assertThat(doc.isLive("orphan")).isFalse();
            assertThat(doc.isLive("lost")).isFalse();
            assertThat(doc.isLive("misplaced")).isFalse();
        }
    }

    @Nested
    class ScreensAndChildren {

        @Test
        void screens_are_the_live_ones_in_order() {
            assertThat(doc.screens()).containsExactly("s2", "s1");
            delete("s2");
            assertThat(doc.screens()).containsExactly("s1");
        }

        @Test
        void top_level_children_of_a_screen() {
            assertThat(doc.children("s1", null)).containsExactly("win");
            assertThat(doc.children("s2", null)).containsExactly("logo");
            assertThat(doc.children("nothing", null)).isEmpty();
        }

        @Test
        void children_of_a_container_in_order() {
            assertThat(doc.children("s1", "win")).containsExactly("panel");
            assertThat(doc.children("s1", "panel")).containsExactly("cancel", "ok");
            assertThat(doc.children("s1", "ok")).isEmpty();
        }

        @Test
        void deleted_children_are_left_out() {
            delete("cancel");
            assertThat(doc.children("s1", "panel")).containsExactly("ok");
        }

        @Test
        void children_on_another_screen_are_left_out() {
            element("stray", "s2", "panel", "a0", "label");
            assertThat(doc.children("s1", "panel")).containsExactly("cancel", "ok");
        }

        @Test
        void moving_changes_the_order() {
            doc.set("ok", ORDER, Value.of("Zz"));
            assertThat(doc.children("s1", "panel")).containsExactly("ok", "cancel");
        }

        @Test
        void equal_order_keys_from_concurrent_inserts_sort_by_id() {
            element("b", "s2", null, "a5", "label");
            element("a", "s2", null, "a5", "label");
            element("c", "s2", null, "a5", "label");
            assertThat(doc.children("s2", null)).containsExactly("logo", "a", "b", "c");
            screen("s0", "a1"); // same order as s1
            assertThat(doc.screens()).containsExactly("s2", "s0", "s1");
        }

        @Test
        void by_order_compares_keys_then_ids_and_puts_missing_keys_first() {
            doc.create("noorder", Kind.ELEMENT);
            var byOrder = doc.byOrder();
            assertThat(byOrder.compare("cancel", "ok")).isNegative();
            assertThat(byOrder.compare("logo", "cancel")).as("same key a0: by id").isPositive();
            assertThat(byOrder.compare("noorder", "cancel")).isNegative();
            assertThat(byOrder.compare("ok", "ok")).isZero();
        }
    }

    @Nested
    class CopyAndEquals {

        @Test
        void a_copy_is_equal() {
            Document copy = doc.copy();
            assertThat(copy).isEqualTo(doc).hasSameHashCodeAs(doc);
            assertThat(copy.size()).isEqualTo(doc.size());
        }

        @Test
        void a_copy_is_deep_changes_to_either_do_not_leak() {
            Document copy = doc.copy();
            copy.set("ok", X, Value.of(99));
            doc.set("cancel", X, Value.of(1));
            copy.create("new", Kind.SCREEN);
            assertThat(doc.get("ok", X)).isEqualTo(Value.NULL);
            assertThat(copy.get("cancel", X)).isEqualTo(Value.NULL);
            assertThat(doc.exists("new")).isFalse();
            assertThat(copy).isNotEqualTo(doc);
        }

        @Test
        void documents_differ_when_a_property_value_differs() {
            Document copy = doc.copy();
            copy.set("ok", ORDER, Value.of("a2"));
            assertThat(copy).isNotEqualTo(doc);
        }

        @Test
        void documents_differ_when_a_property_is_only_in_one() {
            Document copy = doc.copy();
            copy.set("ok", Props.BOLD, Value.of(false));
            assertThat(copy).isNotEqualTo(doc);
        }

        @Test
        void documents_differ_when_the_same_id_has_another_kind() {
            Document a = new Document();
            Document b = new Document();
            a.create("x", Kind.SCREEN);
            b.create("x", Kind.ELEMENT);
            assertThat(a).isNotEqualTo(b);
        }

        @Test
        void documents_differ_when_ids_differ_with_the_same_size() {
            Document a = new Document();
            Document b = new Document();
            a.create("x", Kind.SCREEN);
            b.create("y", Kind.SCREEN);
            assertThat(a).isNotEqualTo(b);
        }

        @Test
        void empty_documents_are_equal_and_not_equal_to_other_things() {
            assertThat(new Document()).isEqualTo(new Document());
            assertThat(new Document()).isNotEqualTo("Document(0 objects)");
        }

        @Test
        void removing_an_object_takes_it_out_entirely() {
            doc.remove("logo");
            assertThat(doc.exists("logo")).isFalse();
            assertThat(doc.children("s2", null)).isEmpty();
        }
    }
}
