package dev.blueline.model.render;

import dev.blueline.model.document.Document;
import dev.blueline.model.document.Props;
import dev.blueline.model.document.Value;
import dev.blueline.model.ops.ChangeValidator;
import dev.blueline.model.ops.Put;
import dev.blueline.model.ops.RejectCode;
import dev.blueline.model.ops.Rejection;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.blueline.model.testing.Fixtures.element;
import static dev.blueline.model.testing.Fixtures.screen;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Reusable components: a master is a screen marked as a component; an instance is an element of
 * type "component" that shows its master. Editing the master changes every instance; a component
 * can never contain itself.
 */
class ComponentsTest {
    private final ChangeValidator validator = new ChangeValidator();
    private final Document doc = new Document();

    @BeforeEach
    void project() {
        apply(screen("home", "Home"),
                Put.on("card").set(Props.KIND, "screen").set(Props.NAME, "Pricing card").set(Props.W, 200.0).set(Props.H, 100.0)
                        .set(Props.ORDER, "a1").set(Props.COMPONENT, true).build(),
                text(element("title", "heading", "card", 10, 10), "Pro plan").with(Props.W, Value.of(180)),
                instance("i1", "home", "card", 100, 100, 200, 100),
                instance("i2", "home", "card", 400, 100, 400, 200));
    }

    @Test
    void everyInstanceShowsTheMastersElementsAndFollowsItsEdits() {
        String svg = SvgExporter.export(doc, "home", Skin.WIREFRAME);
        assertThat(count(svg, "Pro plan")).as("both instances show the master's heading").isEqualTo(2);

        apply(Put.of("title", Props.TEXT, Value.of("Team plan")));
        svg = SvgExporter.export(doc, "home", Skin.WIREFRAME);
        assertThat(svg).doesNotContain("Pro plan");
        assertThat(count(svg, "Team plan")).isEqualTo(2);
    }

    @Test
    void aDeletedMasterLeavesAPlaceholderNotAGap() {
        apply(Put.of("card", Props.DELETED, Value.of(true)));
        String svg = SvgExporter.export(doc, "home", Skin.WIREFRAME);
        assertThat(count(svg, "Missing component")).isEqualTo(2);
    }

    @Test
    void anInstanceNeedsALiveComponentAsItsMaster() {
        assertThat(reject(Put.on("x").set(Props.KIND, "element").set(Props.TYPE, "component").set(Props.SCREEN, "home")
                .set(Props.ORDER, "a2").set(Props.X, 0.0).set(Props.Y, 0.0).set(Props.W, 10.0).set(Props.H, 10.0).build()))
                .isEqualTo(RejectCode.MISSING_PROPERTY);
        assertThat(reject(instance("x", "home", "home", 0, 0, 10, 10)))
                .as("a page is not a component").isEqualTo(RejectCode.BAD_REFERENCE);
        assertThat(reject(instance("x", "home", "nowhere", 0, 0, 10, 10))).isEqualTo(RejectCode.BAD_REFERENCE);
        assertThat(reject(Put.of("i1", Props.MASTER, Value.of("home")))).as("an instance keeps its master")
                .isEqualTo(RejectCode.IMMUTABLE_PROPERTY);
        assertThat(reject(Put.of("card", Props.COMPONENT, Value.of(false)))).isEqualTo(RejectCode.IMMUTABLE_PROPERTY);
        assertThat(reject(element("btn", "button", "home", 0, 0).with(Props.MASTER, Value.of("card"))))
                .as("only instances have a master").isEqualTo(RejectCode.BAD_VALUE);
    }

    @Test
    void aComponentCannotContainItselfDirectlyOrThroughAnother() {
        assertThat(reject(instance("self", "card", "card", 0, 0, 50, 50))).isEqualTo(RejectCode.PARENT_CYCLE);

        apply(Put.on("badge").set(Props.KIND, "screen").set(Props.NAME, "Badge").set(Props.W, 80.0).set(Props.H, 24.0)
                .set(Props.ORDER, "a2").set(Props.COMPONENT, true).build(),
                instance("card-in-badge", "badge", "card", 0, 0, 80, 24));
        Rejection r = validator.apply(doc, List.of(instance("badge-in-card", "card", "badge", 0, 0, 40, 20)));
        assertThat(r).isNotNull();
        assertThat(r.code()).isEqualTo(RejectCode.PARENT_CYCLE);
        assertThat(r.message()).contains("contain itself");
    }

    @Test
    void nestedComponentsDrawTheirInnerMasterToo() {
        apply(Put.on("badge").set(Props.KIND, "screen").set(Props.NAME, "Badge").set(Props.W, 80.0).set(Props.H, 24.0)
                .set(Props.ORDER, "a2").set(Props.COMPONENT, true).build(),
                text(element("badge-label", "label", "badge", 4, 4), "NEW"),
                instance("badge-on-card", "card", "badge", 120, 10, 80, 24));
        assertThat(count(SvgExporter.export(doc, "home", Skin.WIREFRAME), "NEW")).isEqualTo(2);
    }

    private static Put instance(String id, String screen, String master, double x, double y, double w, double h) {
        return Put.on(id).set(Props.KIND, "element").set(Props.TYPE, "component").set(Props.SCREEN, screen)
                .set(Props.ORDER, "a8").set(Props.X, x).set(Props.Y, y).set(Props.W, w).set(Props.H, h)
                .set(Props.MASTER, master).build();
    }

    private static Put text(Put p, String text) {
        return p.with(Props.TEXT, Value.of(text));
    }

    private void apply(Put... ops) {
        Rejection r = validator.apply(doc, List.of(ops));
        assertThat(r).as("accepted, but %s", r).isNull();
    }

    private RejectCode reject(Put op) {
        Rejection r = validator.apply(doc, List.of(op));
        assertThat(r).as("refused: " + op).isNotNull();
        return r.code();
    }

    private static int count(String haystack, String needle) {
        int n = 0;
        for (int i = haystack.indexOf(needle); i >= 0; i = haystack.indexOf(needle, i + 1)) n++;
        return n;
    }
}
