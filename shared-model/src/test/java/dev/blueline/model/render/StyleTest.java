package dev.blueline.model.render;

import dev.blueline.model.catalog.Catalog;
import dev.blueline.model.document.Document;
import dev.blueline.model.document.Props;
import dev.blueline.model.document.Value;
import dev.blueline.model.geometry.Rect;
import dev.blueline.model.ops.Ops;
import dev.blueline.model.render.RecordingPainter.Kind;
import dev.blueline.model.render.RecordingPainter.Prim;
import dev.blueline.model.render.Style.State;
import dev.blueline.model.testing.Fixtures;
import org.junit.jupiter.api.Test;

import java.util.Objects;

import static dev.blueline.model.render.ControlRendererTest.draw;
import static org.assertj.core.api.Assertions.assertThat;

/** Style overrides and states show up in what is drawn. */
class StyleTest {
    static final Rgba RED = new Rgba(255, 0, 0, 255);
    static final Rgba GREEN = new Rgba(0, 128, 0, 255);
    static final Rect BOX = new Rect(10, 20, 200, 48);

    static RecordingPainter drawn(String type, String text, Style style) {
        return draw(RenderItem.of("e1", Catalog.get(type), text, BOX, style), Skin.WIREFRAME);
    }

    @Test
    void fillStrokeAndTextColourOverridesAreUsed() {
        RecordingPainter p = drawn("button", "Save", Style.DEFAULT.withFill(RED).withStroke(GREEN).withTextColor(Palette.ACCENT));
        assertThat(p.prims).anySatisfy(x -> assertThat(x.fill()).isEqualTo(RED));
        assertThat(p.prims).anySatisfy(x -> assertThat(x.stroke()).isNotNull().extracting(Stroke::color).isEqualTo(GREEN));
        assertThat(p.of(Kind.TEXT)).singleElement().extracting(Prim::fill).isEqualTo(Palette.ACCENT);
    }

    @Test
    void everyControlThatTakesAFillShowsIt() {
        for (var type : Catalog.all()) {
            if (!type.styleProps().contains(Props.FILL)) continue;
            RecordingPainter p = draw(RenderItem.of("e", type, type.defaultText(), new Rect(0, 0, type.defaultWidth(), type.defaultHeight()),
                    Style.DEFAULT.withFill(RED)), Skin.WIREFRAME);
            assertThat(p.prims).as(type.id()).anySatisfy(x -> assertThat(x.fill()).isEqualTo(RED));
        }
    }

    @Test
    void everyControlThatTakesATextColourShowsIt() {
        for (var type : Catalog.all()) {
            if (!type.styleProps().contains(Props.TEXT_COLOR) || !type.usesText()) continue;
            RecordingPainter p = draw(RenderItem.of("e", type, type.defaultText(), new Rect(0, 0, type.defaultWidth(), type.defaultHeight()),
                    Style.DEFAULT.withTextColor(RED)), Skin.WIREFRAME);
            if (p.of(Kind.TEXT).isEmpty() && !type.id().equals("icon")) continue; // e.g. a pie without room for its legend
            assertThat(p.prims).as(type.id()).anySatisfy(x -> assertThat(Objects.equals(x.fill(), RED)
                    || (x.stroke() != null && x.stroke().color().equals(RED))).isTrue());
        }
    }

    @Test
    void fontSizeBoldItalicAndAlignAreUsed() {
        Style s = new Style(null, null, null, 20, true, true, true, TextAlign.RIGHT, State.NORMAL, 1);
        Prim t = drawn("label", "Hello", s).of(Kind.TEXT).getFirst();
        assertThat(t.font()).isEqualTo(new Font(20, true, true, true, false));
        assertThat(t.box().right()).isCloseTo(BOX.right(), org.assertj.core.data.Offset.offset(0.01));
    }

    @Test
    void opacityAppliesToTheWholeElement() {
        RecordingPainter p = drawn("button", "Save", Style.DEFAULT.withOpacity(0.4));
        assertThat(p.opacities).containsExactly(0.4);
        assertThat(drawn("button", "Save", Style.DEFAULT).opacities).isEmpty();
    }

    @Test
    void theSketchSkinAsksForAHandwrittenFont() {
        RecordingPainter p = draw(RenderItem.of("e", Catalog.get("button"), "Save", BOX, Style.DEFAULT), Skin.SKETCH);
        assertThat(p.of(Kind.TEXT)).allSatisfy(t -> assertThat(t.font().handwritten()).isTrue());
        assertThat(drawn("button", "Save", Style.DEFAULT).of(Kind.TEXT)).allSatisfy(t -> assertThat(t.font().handwritten()).isFalse());
    }

    @Test
    void selectedButtonIsPrimaryAndDisabledIsGrey() {
        assertThat(drawn("button", "Save", Style.DEFAULT.withState(State.SELECTED)).prims)
                .anySatisfy(x -> assertThat(x.fill()).isEqualTo(Palette.ACCENT));
        RecordingPainter off = drawn("button", "Save", Style.DEFAULT.withState(State.DISABLED));
        assertThat(off.of(Kind.TEXT).getFirst().fill()).isEqualTo(Palette.DISABLED_TEXT);
        assertThat(off.prims).noneSatisfy(x -> assertThat(x.fill()).isEqualTo(Palette.ACCENT));
    }

    @Test
    void errorStateOutlinesInRed() {
        for (String type : new String[]{"text-input", "button", "dropdown", "password", "text-area"}) {
            assertThat(drawn(type, "x", Style.DEFAULT.withState(State.ERROR)).prims).as(type)
                    .anySatisfy(x -> assertThat(x.stroke()).isNotNull().extracting(Stroke::color).isEqualTo(Palette.ERROR));
        }
        assertThat(drawn("alert", "Oops", Style.DEFAULT.withState(State.ERROR)).prims)
                .anySatisfy(x -> assertThat(x.fill()).isEqualTo(Palette.ERROR_LIGHT));
    }

    @Test
    void focusedFieldsShowACaret() {
        RecordingPainter focused = drawn("text-input", "abc", Style.DEFAULT.withState(State.FOCUSED));
        RecordingPainter normal = drawn("text-input", "abc", Style.DEFAULT);
        assertThat(focused.of(Kind.LINE)).hasSize(normal.of(Kind.LINE).size() + 1);
        Prim caret = focused.of(Kind.LINE).getLast();
        assertThat(caret.stroke().color()).isEqualTo(Palette.ACCENT);
        assertThat(caret.box().w()).isLessThan(3);
    }

    @Test
    void checkStatesDiffer() {
        RecordingPainter on = drawn("checkbox", "[x] Yes", Style.DEFAULT);
        RecordingPainter off = drawn("checkbox", "[ ] Yes", Style.DEFAULT);
        RecordingPainter mixed = drawn("checkbox", "[-] Yes", Style.DEFAULT);
        assertThat(on.prims).anySatisfy(x -> assertThat(x.fill()).isEqualTo(Palette.ACCENT));
        assertThat(off.prims).noneSatisfy(x -> assertThat(x.fill()).isEqualTo(Palette.ACCENT));
        assertThat(mixed.of(Kind.LINE)).isNotEmpty();
        assertThat(drawn("toggle", "[on] Wi-Fi", Style.DEFAULT).prims).anySatisfy(x -> assertThat(x.fill()).isEqualTo(Palette.ACCENT));
    }

    @Test
    void sliderKnobSitsAtTheValue() {
        Prim knob = drawn("slider", "25", Style.DEFAULT).of(Kind.ELLIPSE).getLast();
        Prim knob2 = drawn("slider", "75", Style.DEFAULT).of(Kind.ELLIPSE).getLast();
        assertThat(knob.box().centerX()).isLessThan(BOX.centerX()).isLessThan(knob2.box().centerX());
    }

    @Test
    void readsStyleFromTheDocumentWithDefaultsForTheRest() {
        Document doc = new Document();
        Ops.apply(doc, Fixtures.screen("s", "Home"));
        Ops.apply(doc, Fixtures.element("e", "button", "s", 5, 6));
        doc.set("e", Props.FILL, Value.of("#ff0000"));
        doc.set("e", Props.STROKE, Value.of("not a colour"));
        doc.set("e", Props.STATE, Value.of("selected"));
        doc.set("e", Props.ALIGN, Value.of("right"));
        doc.set("e", Props.FONT_SIZE, Value.of(-3));
        doc.set("e", Props.OPACITY, Value.of(7));
        RenderItem item = RenderItem.of(doc, "e");
        assertThat(item.style()).isEqualTo(new Style(RED, null, null, 0, false, false, false, TextAlign.RIGHT, State.SELECTED, 1));
        assertThat(item.bounds()).isEqualTo(new Rect(5, 6, 120, 40));
        assertThat(Style.State.parse("bogus")).isEqualTo(State.NORMAL);
    }

    @Test
    void anUnknownTypeInTheDocumentBecomesAPlaceholderItem() {
        Document doc = new Document();
        Ops.apply(doc, Fixtures.screen("s", "Home"));
        Ops.apply(doc, Fixtures.element("e", "button", "s", 5, 6));
        doc.set("e", Props.TYPE, Value.of("hologram"));
        doc.set("e", Props.X, Value.NULL);
        RenderItem item = RenderItem.of(doc, "e");
        assertThat(item.type()).isEqualTo(RenderItem.UNKNOWN_TYPE);
        assertThat(item.bounds().x()).isZero();
    }
}
