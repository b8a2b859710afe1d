package dev.blueline.model.render;

import dev.blueline.model.catalog.Catalog;
import dev.blueline.model.catalog.ControlType;
import dev.blueline.model.catalog.content.Content;
import dev.blueline.model.geometry.Rect;
import dev.blueline.model.render.RecordingPainter.Prim;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.Set;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Every catalog control has a drawing, in both skins, that stays inside the element. */
class ControlRendererTest {
    /** Position away from the origin so drawings that forget the offset are caught. */
    static final double X = 137.5, Y = 61.25;
    /** Controls that are by nature one mark (a single run of text or one stroke). */
    static final Set<String> SINGLE_MARK = Set.of("heading", "label", "link", "divider", "line", "rectangle", "ellipse");
    /** Controls that draw nothing themselves by design (a component's look is its master's, see ComponentsTest). */
    static final Set<String> INVISIBLE = Set.of("group", "component");
    static final ControlRenderer RENDERER = new ControlRenderer();

    static Stream<Arguments> controlsAndSkins() {
        return Catalog.all().stream().flatMap(c -> Stream.of(Skin.values()).map(s -> Arguments.of(c.id(), s)));
    }

    @Test
    void everyCatalogControlHasADrawingAndNoDrawingLacksAControl() {
        for (ControlType c : Catalog.all()) assertThat(RENDERER.covers(c.id())).as(c.id()).isTrue();
        assertThat(RENDERER.covered()).allSatisfy(id -> assertThat(Catalog.find(id)).as(id).isPresent());
        assertThat(SINGLE_MARK).allSatisfy(id -> assertThat(Catalog.find(id)).as(id).isPresent());
        assertThat(INVISIBLE).allSatisfy(id -> assertThat(Catalog.find(id)).as(id).isPresent());
        assertThat(RENDERER.covers("no-such-control")).isFalse();
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("controlsAndSkins")
    void drawsTheDefaultControlInsideItsBounds(String id, Skin skin) {
        ControlType type = Catalog.get(id);
        RenderItem item = RenderItem.of("e-" + id, type, type.defaultText(), new Rect(X, Y, type.defaultWidth(), type.defaultHeight()), Style.DEFAULT);
        RecordingPainter p = draw(item, skin);

        assertThat(RENDERER.covers(id)).isTrue();
        if (INVISIBLE.contains(id)) assertThat(p.prims).as("an invisible control").isEmpty();
        else assertThat(p.prims.size()).as("primitives of " + id).isGreaterThanOrEqualTo(SINGLE_MARK.contains(id) ? 1 : 2);
        assertInside(p, item.bounds());
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("controlsAndSkins")
    void showsTheDefaultTextOrItems(String id, Skin skin) {
        ControlType type = Catalog.get(id);
        RenderItem item = RenderItem.of("e", type, type.defaultText(), new Rect(X, Y, type.defaultWidth(), type.defaultHeight()), Style.DEFAULT);
        String expected = switch (item.content()) {
            case Content.Plain pl when !pl.spans().isEmpty() && !id.equals("password") && !id.equals("avatar") -> pl.spans().getFirst().text().strip();
            case Content.Items it when !it.items().isEmpty() -> it.items().get(it.selectedIndex().orElse(0)).label();
            case Content.Check ch -> ch.label();
            case Content.Grid g -> g.header().getFirst();
            case Content.Outline o -> o.roots().getFirst().label();
            default -> null;
        };
        if (expected == null) return;
        String firstWord = expected.split("\\s+")[0];
        assertThat(String.join(" ", draw(item, skin).texts())).as(id).contains(firstWord);
    }

    @Test
    void leavesThePainterAsItFoundIt() {
        for (ControlType type : Catalog.all()) {
            RecordingPainter p = draw(RenderItem.of("e", type, type.defaultText(), new Rect(0, 0, type.defaultWidth(), type.defaultHeight()), Style.DEFAULT), Skin.SKETCH);
            assertThat(p.depth()).as(type.id()).isZero();
        }
    }

    @Test
    void drawsNothingForEmptyOrBrokenBounds() {
        ControlType button = Catalog.get("button");
        for (Rect r : new Rect[]{new Rect(0, 0, 0, 40), new Rect(0, 0, 120, 0), new Rect(Double.NaN, 0, 120, 40), new Rect(0, 0, Double.POSITIVE_INFINITY, 40)}) {
            assertThat(draw(RenderItem.of("e", button, "Save", r, Style.DEFAULT), Skin.WIREFRAME).prims).isEmpty();
        }
    }

    @Test
    void anUnknownTypeIsAPlaceholderNamingIt() {
        RenderItem item = new RenderItem("e", RenderItem.UNKNOWN_TYPE, new dev.blueline.model.catalog.content.Content.Plain("hologram"),
                new Rect(0, 0, 200, 60), Style.DEFAULT);
        RecordingPainter p = draw(item, Skin.WIREFRAME);
        assertThat(p.texts()).anySatisfy(t -> assertThat(t).contains("hologram"));
        assertInside(p, item.bounds());
    }

    static RecordingPainter draw(RenderItem item, Skin skin) {
        RecordingPainter p = new RecordingPainter();
        RENDERER.draw(p, item, skin);
        return p;
    }

    /** Each primitive's box (stroke included, text by its estimated box) within the bounds, ±1 px. */
    static void assertInside(RecordingPainter p, Rect bounds) {
        Rect allowed = bounds.inflate(1.0001);
        for (Prim prim : p.prims) {
            assertThat(allowed.contains(prim.box()))
                    .as("%s %s%s outside %s", prim.kind(), prim.box(), prim.text() == null ? "" : " \"" + abbreviate(prim.text()) + "\"", bounds)
                    .isTrue();
        }
    }

    /** Like {@link #assertInside} but only the part that shows: the box cut by the clip in force. */
    static void assertVisibleInside(RecordingPainter p, Rect bounds) {
        Rect allowed = bounds.inflate(1.0001);
        for (Prim prim : p.prims) {
            Rect visible = prim.clip() == null ? prim.box() : RecordingPainter.intersect(prim.box(), prim.clip());
            if (visible.w() == 0 || visible.h() == 0) continue;
            assertThat(allowed.contains(visible)).as("%s %s visible outside %s", prim.kind(), visible, bounds).isTrue();
        }
    }

    static String abbreviate(String s) {
        return s.length() > 40 ? s.substring(0, 40) + "…" : s;
    }
}
