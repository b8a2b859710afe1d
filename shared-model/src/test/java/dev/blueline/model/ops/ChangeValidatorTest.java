package dev.blueline.model.ops;

import dev.blueline.model.catalog.Catalog;
import dev.blueline.model.document.Document;
import dev.blueline.model.document.Kind;
import dev.blueline.model.document.PropSpec;
import dev.blueline.model.document.Props;
import dev.blueline.model.document.Value;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static dev.blueline.model.document.Props.ALIGN;
import static dev.blueline.model.document.Props.BOLD;
import static dev.blueline.model.document.Props.DELETED;
import static dev.blueline.model.document.Props.FILL;
import static dev.blueline.model.document.Props.FONT_SIZE;
import static dev.blueline.model.document.Props.H;
import static dev.blueline.model.document.Props.KIND;
import static dev.blueline.model.document.Props.LINK;
import static dev.blueline.model.document.Props.LOCKED;
import static dev.blueline.model.document.Props.NAME;
import static dev.blueline.model.document.Props.OPACITY;
import static dev.blueline.model.document.Props.ORDER;
import static dev.blueline.model.document.Props.PARENT;
import static dev.blueline.model.document.Props.SCREEN;
import static dev.blueline.model.document.Props.STATE;
import static dev.blueline.model.document.Props.TEXT;
import static dev.blueline.model.document.Props.TYPE;
import static dev.blueline.model.document.Props.W;
import static dev.blueline.model.document.Props.X;
import static dev.blueline.model.document.Props.Y;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/**
 * The validator against a small project: screens s1 and s2 (s2 a phone screen); on s1 a panel
 * {@code panel1} holding a button {@code btn1}; on s2 a panel {@code panel2}.
 */
class ChangeValidatorTest {

    private ChangeValidator validator;
    private Document doc;

    @BeforeAll
    static void catalogAssumptions() {
        assertThat(Catalog.get("panel").container()).as("panel is a container").isTrue();
        assertThat(Catalog.get("modal").container()).as("modal is a container").isTrue();
        assertThat(Catalog.get("browser-window").container()).as("browser-window is a container").isTrue();
        assertThat(Catalog.get("button").container()).as("button is not a container").isFalse();
        assertThat(Catalog.get("label").container()).as("label is not a container").isFalse();
    }

    @BeforeEach
    void project() {
        validator = new ChangeValidator();
        doc = new Document();
        accept(screen("s1").build(), screen("s2").set(W, 390).set(H, 844).build(),
                element("panel1", "panel", "s1").build(),
                element("btn1", "button", "s1").set(PARENT, "panel1").set(TEXT, "OK").build(),
                element("panel2", "panel", "s2").build());
    }

    static Put.Builder screen(String id) {
        return Put.on(id).set(KIND, "screen").set(NAME, "Screen " + id).set(W, 1280).set(H, 800).set(ORDER, "a0");
    }

    static Put.Builder element(String id, String type, String screen) {
        return Put.on(id).set(KIND, "element").set(TYPE, type).set(SCREEN, screen).set(ORDER, "a0")
                .set(X, 10).set(Y, 20).set(W, 120).set(H, 40);
    }

    private void accept(Put... ops) {
        Rejection r = validator.apply(doc, List.of(ops));
        assertThat(r).as("change should be accepted: %s", List.of(ops)).isNull();
    }

    /** Applies a change that must be refused; checks the document was left exactly as it was. */
    private Rejection reject(Put... ops) {
        return rejectWith(validator, ops);
    }

    private Rejection rejectWith(ChangeValidator v, Put... ops) {
        Document before = doc.copy();
        Rejection r = v.apply(doc, List.of(ops));
        assertThat(r).as("change should be refused: %s", List.of(ops)).isNotNull();
        assertThat(doc).as("a refused change leaves the document as it was").isEqualTo(before);
        return r;
    }

    private static Put set(String id, String prop, Value value) {
        return Put.of(id, prop, value);
    }

    @Nested
    class UnknownType {
        @Test
        void an_element_of_a_type_the_catalog_does_not_know_is_refused() {
            Rejection r = reject(element("e9", "spaceship", "s1").build());
            assertThat(r.code()).isEqualTo(RejectCode.UNKNOWN_TYPE);
            assertThat(r.message()).contains("e9").contains("spaceship");
            assertThat(doc.exists("e9")).isFalse();
        }

        @Test
        void every_catalog_id_we_rely_on_is_accepted() {
            int i = 0;
            for (String type : List.of("button", "label", "panel", "modal", "tabs", "browser-window")) {
                accept(element("t" + i++, type, "s1").build());
            }
        }
    }

    @Nested
    class UnknownProperty {
        @Test
        void a_property_elements_do_not_have_is_refused_naming_object_and_property() {
            Rejection r = reject(set("btn1", "colour", Value.of("#ff0000")));
            assertThat(r.code()).isEqualTo(RejectCode.UNKNOWN_PROPERTY);
            assertThat(r.message()).contains("btn1").contains("colour");
        }

        @Test
        void a_property_of_elements_is_unknown_on_a_screen() {
            Rejection r = reject(set("s1", X, Value.of(5)));
            assertThat(r.code()).isEqualTo(RejectCode.UNKNOWN_PROPERTY);
            assertThat(r.message()).contains("s1").contains("'x'");
        }

        @Test
        void an_unknown_property_on_creation_is_refused_too() {
            Rejection r = reject(element("e9", "button", "s1").set("onClick", "alert(1)").build());
            assertThat(r.code()).isEqualTo(RejectCode.UNKNOWN_PROPERTY);
            assertThat(r.message()).contains("e9").contains("onClick");
        }

        @Test
        void a_very_long_property_name_is_clipped_in_the_message() {
            Rejection r = reject(set("btn1", "p".repeat(10_000), Value.of(1)));
            assertThat(r.code()).isEqualTo(RejectCode.UNKNOWN_PROPERTY);
            assertThat(r.message()).hasSizeLessThan(200);
        }
    }

    @Nested
    class BadValue {

        /** (object, property, wrong value, what the message says) for each PropType. */
        static Stream<Arguments> wrongTypes() {
            return Stream.of(
                    arguments("text", "s1", NAME, Value.of(5), "must be text"),
                    arguments("text", "btn1", TEXT, Value.of(true), "must be text"),
                    arguments("number", "btn1", X, Value.of("10"), "must be a number"),
                    arguments("number", "s1", W, Value.of(false), "must be a number"),
                    arguments("flag", "btn1", BOLD, Value.of("yes"), "must be true or false"),
                    arguments("flag", "btn1", LOCKED, Value.of(1), "must be true or false"),
                    arguments("choice", "btn1", ALIGN, Value.of("middle"), "must be one of [center, left, right]"),
                    arguments("choice", "btn1", STATE, Value.of(2), "must be one of"),
                    arguments("choice", "s1", Props.DEVICE, Value.of("watch"), "must be one of"),
                    arguments("colour", "btn1", FILL, Value.of("red"), "must be a colour"),
                    arguments("colour", "btn1", FILL, Value.of("#12345"), "must be a colour"),
                    arguments("colour", "s1", Props.BACKGROUND, Value.of(0xffffff), "must be a colour"),
                    arguments("id", "btn1", LINK, Value.of("not an id!"), "must be an object id"),
                    arguments("id", "btn1", PARENT, Value.of(7), "must be an object id"),
                    arguments("id", "btn1", PARENT, Value.of("x".repeat(65)), "must be an object id"),
                    arguments("order key", "btn1", ORDER, Value.of("a10"), "must be an order key"),
                    arguments("order key", "s1", ORDER, Value.of(""), "must be an order key"),
                    arguments("order key", "btn1", ORDER, Value.of(3), "must be an order key"));
        }

        @ParameterizedTest(name = "{0}: {1}.{2} = {3}")
        @MethodSource("wrongTypes")
        void a_value_of_the_wrong_type_is_refused_naming_object_and_property(String propType, String id, String prop, Value value, String says) {
            Rejection r = reject(set(id, prop, value));
            assertThat(r.code()).isEqualTo(RejectCode.BAD_VALUE);
            assertThat(r.message()).contains(id).contains(prop).contains(says);
        }

        static Stream<Arguments> outOfRange() {
            return Stream.of(
                    arguments("btn1", X, 1_000_001, "between -1000000 and 1000000, got 1000001"),
                    arguments("btn1", Y, -1_000_001, "between -1000000 and 1000000"),
                    arguments("btn1", W, -1, "between 0 and 1000000, got -1"),
                    arguments("btn1", FONT_SIZE, 2, "between 4 and 400, got 2"),
                    arguments("btn1", OPACITY, 1.5, "between 0 and 1, got 1.5"),
                    arguments("s1", W, 0, "between 1 and 100000, got 0"),
                    arguments("s1", H, 100_001, "between 1 and 100000"));
        }

        @ParameterizedTest(name = "{0}.{1} = {2}")
        @MethodSource("outOfRange")
        void a_number_out_of_range_is_refused_with_the_range(String id, String prop, double value, String says) {
            Rejection r = reject(set(id, prop, Value.of(value)));
            assertThat(r.code()).isEqualTo(RejectCode.BAD_VALUE);
            assertThat(r.message()).contains(id).contains(prop).contains(says);
        }

        @Test
        void numbers_on_the_range_limits_are_accepted() {
            accept(Put.on("btn1").set(X, -1_000_000).set(Y, 1_000_000).set(W, 0).set(OPACITY, 1).set(FONT_SIZE, 4).build());
            accept(Put.on("s1").set(W, 1).set(H, 100_000).build());
        }

        @ParameterizedTest(name = "x = {0}")
        @ValueSource(doubles = {Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY})
        void not_a_finite_number_is_refused(double value) {
            Rejection r = reject(set("btn1", X, Value.of(value)));
            assertThat(r.code()).isEqualTo(RejectCode.BAD_VALUE);
            assertThat(r.message()).contains("btn1").contains("x").contains("finite");
        }

        @Test
        void infinity_is_refused_even_where_any_size_would_be_in_range_otherwise() {
            Rejection r = reject(set("s1", W, Value.of(Double.POSITIVE_INFINITY)));
            assertThat(r.code()).isEqualTo(RejectCode.BAD_VALUE);
        }

        @Test
        void text_over_the_limit_is_refused_with_its_length_and_the_limit() {
            Rejection r = reject(set("btn1", TEXT, Value.of("x".repeat(Props.MAX_TEXT_LENGTH + 1))));
            assertThat(r.code()).isEqualTo(RejectCode.BAD_VALUE);
            assertThat(r.message()).contains("btn1").contains("text")
                    .contains(String.valueOf(Props.MAX_TEXT_LENGTH + 1)).contains(String.valueOf(Props.MAX_TEXT_LENGTH));
        }

        @Test
        void text_of_exactly_the_limit_is_accepted() {
            accept(set("btn1", TEXT, Value.of("x".repeat(Props.MAX_TEXT_LENGTH))));
            assertThat(doc.text("btn1", TEXT)).hasSize(Props.MAX_TEXT_LENGTH);
        }

        @Test
        void a_screen_name_over_its_limit_is_refused() {
            Rejection r = reject(set("s1", NAME, Value.of("n".repeat(Props.MAX_NAME_LENGTH + 1))));
            assertThat(r.code()).isEqualTo(RejectCode.BAD_VALUE);
            assertThat(r.message()).contains("s1").contains("name");
        }

        @Test
        void null_is_refused_where_a_property_needs_a_value() {
            Rejection r = reject(set("btn1", X, Value.NULL));
            assertThat(r.code()).isEqualTo(RejectCode.BAD_VALUE);
            assertThat(r.message()).contains("btn1").contains("x").contains("null");
            assertThat(reject(set("s1", NAME, Value.NULL)).code()).isEqualTo(RejectCode.BAD_VALUE);
        }

        @Test
        void null_clears_an_optional_property() {
            accept(Put.on("btn1").set(FILL, "#1e293b").set(ALIGN, "center").build());
            accept(Put.on("btn1").set(FILL, Value.NULL).set(ALIGN, Value.NULL).set(PARENT, Value.NULL).build());
            assertThat(doc.props("btn1")).doesNotContainKeys(FILL, ALIGN, PARENT);
        }

        @Test
        void an_unknown_kind_is_refused() {
            Rejection r = reject(Put.on("x1").set(KIND, "widget").set(NAME, "w").build());
            assertThat(r.code()).isEqualTo(RejectCode.BAD_VALUE);
            assertThat(r.message()).contains("x1").contains("kind");
        }

        @Test
        void well_formed_values_of_every_type_are_accepted() {
            accept(Put.on("btn1").set(TEXT, "Save").set(BOLD, true).set(ALIGN, "right").set(STATE, "disabled")
                    .set(FILL, "#fff").set(Props.STROKE, "#1e293bcc").set(LINK, "s2").set(ORDER, "a0V").set(X, 12.5).build());
            assertThat(doc.get("btn1", X)).isEqualTo(Value.of(12.5));
        }
    }

    @Nested
    class MissingProperty {

        static Stream<String> requiredElementProps() {
            return Props.of(Kind.ELEMENT).values().stream().filter(PropSpec::required).map(PropSpec::name).filter(p -> !p.equals(KIND));
        }

        static Stream<String> requiredScreenProps() {
            return Props.of(Kind.SCREEN).values().stream().filter(PropSpec::required).map(PropSpec::name).filter(p -> !p.equals(KIND));
        }

        @ParameterizedTest(name = "element without {0}")
        @MethodSource("requiredElementProps")
        void creating_an_element_without_a_required_property_is_refused_naming_it(String prop) {
            Put full = element("e9", "button", "s1").build();
            var set = new LinkedHashMap<>(full.set());
            set.remove(prop);
            Rejection r = reject(new Put("e9", set));
            assertThat(r.code()).isEqualTo(RejectCode.MISSING_PROPERTY);
            assertThat(r.message()).contains("e9").contains(prop);
        }

        @ParameterizedTest(name = "screen without {0}")
        @MethodSource("requiredScreenProps")
        void creating_a_screen_without_a_required_property_is_refused_naming_it(String prop) {
            var set = new LinkedHashMap<>(screen("s9").build().set());
            set.remove(prop);
            Rejection r = reject(new Put("s9", set));
            assertThat(r.code()).isEqualTo(RejectCode.MISSING_PROPERTY);
            assertThat(r.message()).contains("s9").contains(prop);
        }

        @Test
        void an_op_on_an_object_that_does_not_exist_must_say_its_kind() {
            Rejection r = reject(set("ghost", X, Value.of(1)));
            assertThat(r.code()).isEqualTo(RejectCode.MISSING_PROPERTY);
            assertThat(r.message()).contains("ghost").contains("kind");
        }

        @Test
        void a_null_kind_counts_as_missing() {
            Rejection r = reject(Put.on("ghost").set(KIND, Value.NULL).set(X, 1).build());
            assertThat(r.code()).isEqualTo(RejectCode.MISSING_PROPERTY);
        }
    }

    @Nested
    class ImmutableProperty {

        @Test
        void the_kind_of_an_object_cannot_change() {
            Rejection r = reject(set("btn1", KIND, Value.of("screen")));
            assertThat(r.code()).isEqualTo(RejectCode.IMMUTABLE_PROPERTY);
            assertThat(r.message()).contains("btn1").contains("kind");
        }

        @Test
        void the_type_of_an_element_cannot_change() {
            Rejection r = reject(set("btn1", TYPE, Value.of("label")));
            assertThat(r.code()).isEqualTo(RejectCode.IMMUTABLE_PROPERTY);
            assertThat(r.message()).contains("btn1").contains("type");
        }

        @Test
        void the_screen_of_an_element_cannot_change() {
            Rejection r = reject(Put.on("panel1").set(SCREEN, "s2").build());
            assertThat(r.code()).isEqualTo(RejectCode.IMMUTABLE_PROPERTY);
            assertThat(r.message()).contains("panel1").contains("screen");
        }

        @Test
        void writing_the_same_value_again_is_allowed() {
            // e.g. a client re-sending a whole object after a reconnect
            accept(element("btn1", "button", "s1").set(PARENT, "panel1").build());
            assertThat(doc.text("btn1", TYPE)).isEqualTo("button");
        }
    }

    @Nested
    class BadReference {

        @Test
        void an_element_on_a_screen_that_does_not_exist_is_refused() {
            Rejection r = reject(element("e9", "button", "nowhere").build());
            assertThat(r.code()).isEqualTo(RejectCode.BAD_REFERENCE);
            assertThat(r.message()).contains("e9").contains("nowhere");
        }

        @Test
        void an_element_on_a_deleted_screen_is_refused() {
            accept(set("s2", DELETED, Value.of(true)));
            Rejection r = reject(element("e9", "button", "s2").build());
            assertThat(r.code()).isEqualTo(RejectCode.BAD_REFERENCE);
            assertThat(r.message()).contains("e9").contains("s2").contains("deleted");
        }

        @Test
        void an_element_whose_screen_is_an_element_is_refused() {
            assertThat(reject(element("e9", "button", "panel1").build()).code()).isEqualTo(RejectCode.BAD_REFERENCE);
        }

        @Test
        void a_link_to_something_that_is_not_a_screen_is_refused() {
            Rejection r = reject(set("btn1", LINK, Value.of("panel2")));
            assertThat(r.code()).isEqualTo(RejectCode.BAD_REFERENCE);
            assertThat(r.message()).contains("btn1").contains("link").contains("panel2");
            assertThat(reject(set("btn1", LINK, Value.of("missing"))).code()).isEqualTo(RejectCode.BAD_REFERENCE);
        }

        @Test
        void a_link_to_a_deleted_screen_is_refused() {
            accept(set("s2", DELETED, Value.of(true)));
            assertThat(reject(set("btn1", LINK, Value.of("s2"))).code()).isEqualTo(RejectCode.BAD_REFERENCE);
        }

        @Test
        void a_link_to_a_live_screen_and_clearing_it_are_accepted() {
            accept(set("btn1", LINK, Value.of("s2")));
            assertThat(doc.text("btn1", LINK)).isEqualTo("s2");
            accept(set("btn1", LINK, Value.NULL));
            assertThat(doc.get("btn1", LINK).isNull()).isTrue();
        }
    }

    @Nested
    class BadParent {

        @Test
        void a_parent_that_is_not_a_container_is_refused() {
            Rejection r = reject(element("e9", "label", "s1").set(PARENT, "btn1").build());
            assertThat(r.code()).isEqualTo(RejectCode.BAD_PARENT);
            assertThat(r.message()).contains("e9").contains("btn1").contains("button");
        }

        @Test
        void a_parent_on_another_screen_is_refused() {
            Rejection r = reject(element("e9", "label", "s1").set(PARENT, "panel2").build());
            assertThat(r.code()).isEqualTo(RejectCode.BAD_PARENT);
            assertThat(r.message()).contains("e9").contains("panel2").contains("another screen");
            assertThat(reject(set("btn1", PARENT, Value.of("panel2"))).code()).isEqualTo(RejectCode.BAD_PARENT);
        }

        @Test
        void a_deleted_parent_is_refused() {
            accept(element("modal1", "modal", "s1").build(), set("modal1", DELETED, Value.of(true)));
            Rejection r = reject(set("btn1", PARENT, Value.of("modal1")));
            assertThat(r.code()).isEqualTo(RejectCode.BAD_PARENT);
            assertThat(r.message()).contains("btn1").contains("modal1").contains("deleted");
        }

        @Test
        void a_parent_that_does_not_exist_or_is_a_screen_is_refused() {
            assertThat(reject(set("btn1", PARENT, Value.of("nothing"))).code()).isEqualTo(RejectCode.BAD_PARENT);
            assertThat(reject(set("btn1", PARENT, Value.of("s1"))).code()).isEqualTo(RejectCode.BAD_PARENT);
        }

        @Test
        void moving_into_a_container_on_the_same_screen_is_accepted() {
            accept(element("modal1", "modal", "s1").build());
            accept(Put.on("btn1").set(PARENT, "modal1").set(ORDER, "a1").build());
            assertThat(doc.text("btn1", PARENT)).isEqualTo("modal1");
        }
    }

    @Nested
    class ParentCycle {

        @Test
        void an_element_cannot_be_its_own_parent() {
            Rejection r = reject(set("panel1", PARENT, Value.of("panel1")));
            assertThat(r.code()).isEqualTo(RejectCode.PARENT_CYCLE);
            assertThat(r.message()).contains("panel1");
        }

        @Test
        void a_new_element_cannot_be_its_own_parent() {
            assertThat(reject(element("p9", "panel", "s1").set(PARENT, "p9").build()).code()).isEqualTo(RejectCode.PARENT_CYCLE);
        }

        @Test
        void two_containers_cannot_hold_each_other() {
            accept(element("inner", "panel", "s1").set(PARENT, "panel1").build());
            Rejection r = reject(set("panel1", PARENT, Value.of("inner")));
            assertThat(r.code()).isEqualTo(RejectCode.PARENT_CYCLE);
            assertThat(r.message()).contains("panel1").contains("inner");
        }

        @Test
        void a_deep_cycle_made_by_a_reparent_is_refused() {
            // A holds B holds C; putting A inside C would make A → C → B → A
            accept(element("A", "panel", "s1").build(),
                    element("B", "panel", "s1").set(PARENT, "A").build(),
                    element("C", "panel", "s1").set(PARENT, "B").build());
            Rejection r = reject(set("A", PARENT, Value.of("C")));
            assertThat(r.code()).isEqualTo(RejectCode.PARENT_CYCLE);
            assertThat(r.message()).contains("A").contains("C");
        }

        @Test
        void concurrent_reparenting_the_second_one_to_arrive_is_refused() {
            accept(element("A", "panel", "s1").build(), element("B", "panel", "s1").build());
            accept(set("A", PARENT, Value.of("B")));          // client 1, seq n
            Rejection r = reject(set("B", PARENT, Value.of("A"))); // client 2, seq n+1, made without seeing n
            assertThat(r.code()).isEqualTo(RejectCode.PARENT_CYCLE);
        }

        @Test
        void nesting_deeper_than_the_limit_is_refused() {
            List<Put> chain = new ArrayList<>();
            String parent = null;
            for (int i = 0; i < 300; i++) {
                Put.Builder b = element("n" + i, "panel", "s1");
                if (parent != null) b.set(PARENT, parent);
                chain.add(b.build());
                parent = "n" + i;
            }
            Rejection r = reject(chain.toArray(Put[]::new));
            assertThat(r.code()).isEqualTo(RejectCode.LIMIT_EXCEEDED);
            assertThat(r.message()).contains("256");
            accept(chain.subList(0, 100).toArray(Put[]::new)); // 100 deep is fine
        }
    }

    @Nested
    class LimitsExceeded {

        @Test
        void a_change_with_more_ops_than_the_limit_is_refused() {
            ChangeValidator small = new ChangeValidator(new Limits(3, 64, 1_000));
            Put op = set("btn1", X, Value.of(1));
            Rejection r = rejectWith(small, op, op, op, op);
            assertThat(r.code()).isEqualTo(RejectCode.TOO_MANY_OPS);
            assertThat(r.message()).contains("3").contains("4");
            assertThat(small.apply(doc, List.of(op, op, op))).isNull();
        }

        @Test
        void the_default_limit_is_a_thousand_ops() {
            Put op = set("btn1", X, Value.of(1));
            Rejection r = reject(Collections.nCopies(1_001, op).toArray(Put[]::new));
            assertThat(r.code()).isEqualTo(RejectCode.TOO_MANY_OPS);
            assertThat(validator.apply(doc, Collections.nCopies(1_000, op))).isNull();
        }

        @Test
        void an_op_setting_more_properties_than_the_limit_is_refused() {
            ChangeValidator small = new ChangeValidator(new Limits(10, 5, 1_000));
            Rejection r = rejectWith(small, Put.on("btn1").set(X, 1).set(Y, 2).set(W, 3).set(H, 4).set(BOLD, true).set(TEXT, "t").build());
            assertThat(r.code()).isEqualTo(RejectCode.TOO_MANY_OPS);
            assertThat(r.message()).contains("btn1").contains("5").contains("properties");
        }

        @Test
        void creating_objects_beyond_the_project_limit_is_refused_but_editing_still_works() {
            int existing = doc.size();
            ChangeValidator small = new ChangeValidator(new Limits(10, 64, existing + 1));
            assertThat(small.apply(doc, List.of(element("e9", "label", "s1").build()))).isNull();
            Rejection r = rejectWith(small, element("e10", "label", "s1").build());
            assertThat(r.code()).isEqualTo(RejectCode.LIMIT_EXCEEDED);
            assertThat(r.message()).contains(String.valueOf(existing + 1));
            assertThat(small.apply(doc, List.of(set("e9", X, Value.of(99))))).isNull();
        }

        @Test
        void objects_created_earlier_in_the_same_change_count_towards_the_limit() {
            ChangeValidator small = new ChangeValidator(new Limits(10, 64, doc.size() + 1));
            Rejection r = rejectWith(small, element("e9", "label", "s1").build(), element("e10", "label", "s1").build());
            assertThat(r.code()).isEqualTo(RejectCode.LIMIT_EXCEEDED);
            assertThat(doc.exists("e9")).isFalse();
        }
    }

    @Nested
    class InvalidOp {

        @Test
        void an_empty_change_is_refused() {
            assertThat(validator.apply(doc, List.of()).code()).isEqualTo(RejectCode.INVALID_OP);
        }

        @Test
        void an_op_that_sets_nothing_is_refused() {
            Rejection r = reject(new Put("btn1", Map.of()));
            assertThat(r.code()).isEqualTo(RejectCode.INVALID_OP);
            assertThat(r.message()).contains("btn1");
        }

        @ParameterizedTest(name = "id \"{0}\"")
        @ValueSource(strings = {"", "has space", "semi;colon", "<script>", "ü"})
        void an_invalid_id_is_refused(String id) {
            Rejection r = reject(element(id, "button", "s1").build());
            assertThat(r.code()).isEqualTo(RejectCode.INVALID_OP);
            assertThat(r.message()).contains("id");
        }

        @Test
        void an_overlong_id_is_refused_and_clipped_in_the_message() {
            Rejection r = reject(element("i".repeat(5_000), "button", "s1").build());
            assertThat(r.code()).isEqualTo(RejectCode.INVALID_OP);
            assertThat(r.message()).hasSizeLessThan(200);
        }
    }

    @Nested
    class Atomicity {

        @Test
        void an_invalid_op_in_the_middle_undoes_everything_the_change_did() {
            Document before = doc.copy();
            Rejection r = validator.apply(doc, List.of(
                    screen("s9").build(),                                          // creates a screen
                    element("e9", "panel", "s9").build(),                          // and an element on it
                    set("e9", X, Value.of(300)),                                   // edits the new element
                    Put.on("btn1").set(X, 77).set(FILL, "#000").set(TEXT, Value.NULL).build(), // edits an old one
                    set("btn1", X, Value.of(78)),                                  // twice
                    set("s1", NAME, Value.of("Renamed")),
                    set("btn1", BOLD, Value.of("very")),                           // invalid
                    set("s2", NAME, Value.of("never reached"))));
            assertThat(r).isNotNull();
            assertThat(r.code()).isEqualTo(RejectCode.BAD_VALUE);
            assertThat(r.message()).startsWith("op 7 of 8").contains("btn1").contains("bold");
            assertThat(doc).isEqualTo(before);
            assertThat(doc.exists("s9")).isFalse();
            assertThat(doc.exists("e9")).isFalse();
            assertThat(doc.get("btn1", X)).isEqualTo(Value.of(10));
            assertThat(doc.text("btn1", TEXT)).isEqualTo("OK");
            assertThat(doc.get("btn1", FILL).isNull()).isTrue();
            assertThat(doc.text("s1", NAME)).isEqualTo("Screen s1");
        }

        @Test
        void an_op_repeating_the_kind_of_an_existing_object_is_undone_too() {
            Document before = doc.copy();
            Rejection r = validator.apply(doc, List.of(
                    Put.on("btn1").set(KIND, "element").set(X, 5).set(TEXT, "changed").set(FILL, "#abc").build(),
                    Put.on("btn1").set(X, 6).set(TEXT, Value.NULL).build(),
                    set("btn1", Y, Value.of("bad"))));
            assertThat(r).isNotNull();
            assertThat(doc).isEqualTo(before);
        }

        @Test
        void a_failing_first_op_leaves_the_document_untouched() {
            Document before = doc.copy();
            assertThat(validator.apply(doc, List.of(set("btn1", X, Value.of("left")), set("btn1", Y, Value.of(1))))).isNotNull();
            assertThat(doc).isEqualTo(before);
        }

        @Test
        void a_single_op_rejection_has_no_op_number_but_names_object_and_property() {
            Rejection r = reject(set("btn1", Y, Value.of("top")));
            assertThat(r.message()).doesNotStartWith("op ").contains("btn1").contains("y");
            assertThat(r.toString()).startsWith("bad_value: ");
        }
    }

    @Nested
    class ValidChanges {

        @Test
        void a_screen_and_nested_elements_can_be_created_in_one_change() {
            accept(screen("home").set(ORDER, "a5").set(Props.DEVICE, "desktop").set(Props.BACKGROUND, "#ffffff").build(),
                    element("win", "browser-window", "home").set(W, 1280).set(H, 800).build(),
                    element("dlg", "modal", "home").set(PARENT, "win").build(),
                    element("title", "label", "home").set(PARENT, "dlg").set(TEXT, "Sign in").set(ORDER, "a0").build(),
                    element("ok", "button", "home").set(PARENT, "dlg").set(TEXT, "OK").set(ORDER, "a1").build(),
                    element("tabs1", "tabs", "home").set(PARENT, "win").set(ORDER, "a1").build());
            assertThat(doc.screens()).containsExactly("s1", "s2", "home");
            assertThat(doc.children("home", null)).containsExactly("win");
            assertThat(doc.children("home", "win")).containsExactly("dlg", "tabs1");
            assertThat(doc.children("home", "dlg")).containsExactly("title", "ok");
            assertThat(doc.isLive("ok")).isTrue();
            assertThat(doc.text("title", TEXT)).isEqualTo("Sign in");
        }

        @Test
        void deleting_and_undeleting_are_plain_property_writes() {
            accept(set("panel1", DELETED, Value.of(true)));
            assertThat(doc.isLive("panel1")).isFalse();
            assertThat(doc.isLive("btn1")).as("a child goes with its deleted container").isFalse();
            accept(set("panel1", DELETED, Value.of(false)));
            assertThat(doc.isLive("btn1")).isTrue();
        }

        @Test
        void editing_a_deleted_object_is_allowed() {
            // an offline peer's edit to something deleted meanwhile must not be refused (and must not revive it)
            accept(set("btn1", DELETED, Value.of(true)));
            accept(Put.on("btn1").set(X, 500).set(TEXT, "edited offline").build());
            assertThat(doc.get("btn1", X)).isEqualTo(Value.of(500));
            assertThat(doc.isDeleted("btn1")).isTrue();
            assertThat(doc.isLive("btn1")).isFalse();
        }

        @Test
        void editing_an_element_on_a_deleted_screen_is_allowed() {
            accept(set("s2", DELETED, Value.of(true)));
            accept(set("panel2", X, Value.of(1)));
        }

        @Test
        void a_later_op_sees_what_earlier_ops_of_the_same_change_did() {
            accept(element("m1", "modal", "s1").build(),
                    Put.on("btn1").set(PARENT, "m1").set(ORDER, "a0").build(),
                    set("panel1", DELETED, Value.of(true)));
            assertThat(doc.children("s1", "m1")).containsExactly("btn1");
            assertThat(doc.isLive("btn1")).isTrue();
        }

        @Test
        void the_validator_reports_the_limits_it_uses() {
            assertThat(validator.limits()).isEqualTo(Limits.DEFAULT);
        }
    }
}
