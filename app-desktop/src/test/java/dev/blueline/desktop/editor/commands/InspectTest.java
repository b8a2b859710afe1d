package dev.blueline.desktop.editor.commands;

import dev.blueline.model.document.Props;
import dev.blueline.model.document.Value;
import dev.blueline.model.geometry.Geometry;
import dev.blueline.model.geometry.Rect;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class InspectTest {
    private Docs d;

    @BeforeEach
    void document() {
        d = new Docs().screen("s", "Home").screen("t", "Checkout")
                .element("P", "panel", "s", null, 100, 100, 400, 300)
                .element("B", "button", "s", "P", 20, 30, 120, 40)
                .element("C", "button", "s", null, 700, 30, 120, 40);
    }

    @Test
    void positionsAreTypedInScreenCoordinatesAndWrittenRelativeToTheContainer() {
        d.apply(Inspect.bounds(d.doc(), List.of("B"), Inspect.Edge.X, 150));
        assertThat(d.doc().number("B", Props.X)).isEqualTo(50);
        assertThat(Geometry.bounds(d.doc(), "B")).isEqualTo(new Rect(150, 130, 120, 40));
    }

    @Test
    void oneSideForSeveralElementsLeavesTheirOtherSidesAlone() {
        d.apply(Inspect.bounds(d.doc(), List.of("B", "C"), Inspect.Edge.W, 200));
        assertThat(Geometry.bounds(d.doc(), "B")).isEqualTo(new Rect(120, 130, 200, 40));
        assertThat(Geometry.bounds(d.doc(), "C")).isEqualTo(new Rect(700, 30, 200, 40));
        assertThat(Inspect.bounds(d.doc(), List.of("B", "C"), Inspect.Edge.W, 200)).isEmpty();
    }

    @Test
    void lockedElementsKeepGeometryTextAndStyleButCanBeRenamedShownAndUnlocked() {
        d.set("C", Props.LOCKED, Value.of(true));
        assertThat(Inspect.bounds(d.doc(), List.of("C"), Inspect.Edge.X, 1)).isEmpty();
        assertThat(Inspect.text(d.doc(), List.of("C"), "Go")).isEmpty();
        assertThat(Inspect.style(d.doc(), List.of("C"), Props.FILL, Value.of("#ff0000"))).isEmpty();
        d.apply(Inspect.name(d.doc(), List.of("C"), "  Sign up "));
        d.apply(Inspect.flag(d.doc(), List.of("C"), Props.HIDDEN, true));
        d.apply(Inspect.flag(d.doc(), List.of("C"), Props.LOCKED, false));
        assertThat(d.doc().text("C", Props.NAME)).isEqualTo("Sign up");
        assertThat(d.doc().flag("C", Props.HIDDEN)).isTrue();
        assertThat(d.doc().flag("C", Props.LOCKED)).isFalse();
    }

    @Test
    void emptyTextAndDefaultStyleAndNoLinkUnsetTheProperty() {
        d.apply(Inspect.style(d.doc(), List.of("B"), Props.FILL, Value.of("#fef3c7")));
        d.apply(Inspect.link(d.doc(), List.of("B"), "t"));
        d.apply(Inspect.text(d.doc(), List.of("B"), "Pay"));
        assertThat(d.doc().text("B", Props.LINK)).isEqualTo("t");
        d.apply(Inspect.style(d.doc(), List.of("B"), Props.FILL, Value.NULL));
        d.apply(Inspect.link(d.doc(), List.of("B"), null));
        d.apply(Inspect.text(d.doc(), List.of("B"), ""));
        assertThat(d.doc().props("B")).doesNotContainKeys(Props.FILL, Props.LINK, Props.TEXT);
    }

    @Test
    void refusesWhatTheHostWouldRefuseBeforeItIsSent() {
        assertThat(Inspect.link(d.doc(), List.of("B"), "nope")).isEmpty();
        assertThat(Inspect.text(d.doc(), List.of("B"), "x".repeat(Props.MAX_TEXT_LENGTH + 5)).getFirst().set().get(Props.TEXT).asText())
                .hasSize(Props.MAX_TEXT_LENGTH);
        assertThatThrownBy(() -> Inspect.style(d.doc(), List.of("B"), Props.X, Value.of(1))).isInstanceOf(IllegalArgumentException.class);
    }
}
