package dev.blueline.model.render;

import dev.blueline.model.catalog.Catalog;
import dev.blueline.model.catalog.ControlType;
import dev.blueline.model.geometry.Rect;
import dev.blueline.model.render.RecordingPainter.Kind;
import dev.blueline.model.render.RecordingPainter.Prim;
import dev.blueline.model.render.Style.State;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static dev.blueline.model.render.ControlRendererTest.X;
import static dev.blueline.model.render.ControlRendererTest.Y;
import static dev.blueline.model.render.ControlRendererTest.assertInside;
import static dev.blueline.model.render.ControlRendererTest.assertVisibleInside;
import static dev.blueline.model.render.ControlRendererTest.draw;
import static org.assertj.core.api.Assertions.assertThat;

/** Whatever a designer (or a paste) puts in, every control draws, stays inside and stays cheap. */
class OddContentTest {
    /** More than any default-sized control could show; a drawing above this emits hidden work. */
    static final int MAX_PRIMITIVES = 1_500;

    static final String HUGE = huge();
    static final String UNICODE = "Ünïcödé 日本語のテキスト 👩‍💻🚀 עברית العربية e\u0301 \u200b\u2028 ★☆ ｆｕｌｌ";
    static final String HOSTILE = "<script>alert('x')</script> & \"quotes\" \u0000\u0007\u001b\ud800 tab\there\r\nCR";

    static Stream<Arguments> oddTexts() {
        List<Arguments> out = new ArrayList<>();
        for (ControlType c : Catalog.all()) {
            for (Skin s : Skin.values()) {
                out.add(Arguments.of(c.id(), s, "empty", ""));
                out.add(Arguments.of(c.id(), s, "huge", HUGE));
                out.add(Arguments.of(c.id(), s, "unicode", UNICODE));
                out.add(Arguments.of(c.id(), s, "hostile", HOSTILE));
                out.add(Arguments.of(c.id(), s, "many lines", "a, b\n".repeat(3000)));
            }
        }
        return out.stream();
    }

    @ParameterizedTest(name = "{0} {1} {2}")
    @MethodSource("oddTexts")
    void drawsInsideAndBounded(String id, Skin skin, String what, String text) {
        ControlType type = Catalog.get(id);
        RenderItem item = RenderItem.of("odd", type, text, new Rect(X, Y, type.defaultWidth(), type.defaultHeight()), Style.DEFAULT);
        RecordingPainter p = draw(item, skin);
        assertInside(p, item.bounds());
        assertThat(p.prims.size()).isLessThan(MAX_PRIMITIVES);
        assertThat(p.depth()).isZero();
    }

    static Stream<Arguments> everyState() {
        return Catalog.all().stream().flatMap(c -> Stream.of(State.values()).flatMap(st ->
                Stream.of(Skin.values()).map(sk -> Arguments.of(c.id(), st, sk))));
    }

    @ParameterizedTest(name = "{0} {1} {2}")
    @MethodSource("everyState")
    void drawsEveryStateInside(String id, State state, Skin skin) {
        ControlType type = Catalog.get(id);
        RenderItem item = RenderItem.of("st", type, type.defaultText(), new Rect(X, Y, type.defaultWidth(), type.defaultHeight()),
                Style.DEFAULT.withState(state));
        RecordingPainter p = draw(item, skin);
        assertThat(p.prims.isEmpty()).isEqualTo(ControlRendererTest.INVISIBLE.contains(id));
        assertInside(p, item.bounds());
    }

    /** Tiny, huge and oddly shaped boxes, and a huge font: what shows stays inside (the clip may cut). */
    @ParameterizedTest(name = "{0}")
    @MethodSource("ids")
    void oddSizesAndFontsStayVisiblyInside(String id) {
        ControlType type = Catalog.get(id);
        Rect[] sizes = {new Rect(X, Y, 1, 1), new Rect(X, Y, 6, 300), new Rect(X, Y, 300, 6), new Rect(X, Y, 3000, 2000)};
        for (Rect r : sizes) {
            for (Style st : new Style[]{Style.DEFAULT, Style.DEFAULT.withFontSize(200), Style.DEFAULT.withFontSize(4)}) {
                for (Skin skin : Skin.values()) {
                    RecordingPainter p = draw(RenderItem.of("z", type, type.defaultText(), r, st), skin);
                    assertVisibleInside(p, r);
                    assertThat(p.prims.size()).isLessThan(MAX_PRIMITIVES);
                }
            }
        }
    }

    static Stream<String> ids() {
        return Catalog.all().stream().map(ControlType::id);
    }

    @Test
    void aThousandRowGridDrawsOnlyTheRowsThatFit() {
        StringBuilder csv = new StringBuilder("Name, Role, Status\n");
        for (int i = 0; i < 1000; i++) csv.append("Person ").append(i).append(", Engineer, Active\n");
        ControlType grid = Catalog.get("data-grid");
        Rect bounds = new Rect(X, Y, 480, 200);
        RenderItem item = RenderItem.of("g", grid, csv.toString(), bounds, Style.DEFAULT);
        for (Skin skin : Skin.values()) {
            RecordingPainter p = draw(item, skin);
            assertInside(p, bounds);
            List<String> texts = p.texts();
            assertThat(texts).contains("Person 0").doesNotContain("Person 10", "Person 999");
            assertThat(p.prims.size()).isLessThan(100);
            assertThat(p.of(Kind.TEXT)).allSatisfy(t -> assertThat(t.box().bottom()).isLessThanOrEqualTo(bounds.bottom()));
        }
    }

    @Test
    void aHugeParagraphWrapsToTheBoxAndStops() {
        Rect bounds = new Rect(X, Y, 400, 96);
        RecordingPainter p = draw(RenderItem.of("p", Catalog.get("paragraph"), HUGE, bounds, Style.DEFAULT), Skin.WIREFRAME);
        List<Prim> lines = p.of(Kind.TEXT);
        assertThat(lines).hasSizeBetween(2, 12);
        assertInside(p, bounds);
        int shown = lines.stream().mapToInt(l -> l.text().length()).sum();
        assertThat(shown).isLessThan(2_000);
    }

    @Test
    void aHugeSingleLineIsCutWithAnEllipsis() {
        Rect bounds = new Rect(X, Y, 240, 40);
        RecordingPainter p = draw(RenderItem.of("t", Catalog.get("text-input"), HUGE, bounds, Style.DEFAULT), Skin.WIREFRAME);
        assertThat(p.texts()).singleElement().satisfies(t -> assertThat(t).endsWith(Text.ELLIPSIS).hasSizeLessThan(100));
    }

    @Test
    void emptyTextStillDrawsTheControl() {
        for (String id : List.of("button", "text-input", "tabs", "data-grid", "bar-chart", "pie-chart", "tree", "calendar")) {
            RecordingPainter p = draw(RenderItem.of("e", Catalog.get(id), "", new Rect(0, 0, 200, 120), Style.DEFAULT), Skin.WIREFRAME);
            assertThat(p.prims).as(id).isNotEmpty();
        }
    }

    /** Words, long words, emphasis markers and line breaks: 20,000 characters, the document's limit. */
    private static String huge() {
        StringBuilder s = new StringBuilder();
        int i = 0;
        while (s.length() < 20_000) {
            s.append(i % 7 == 0 ? "*bold* " : i % 11 == 0 ? "_it_ " : "word").append(i).append(i % 13 == 0 ? "\n" : " ");
            if (i % 97 == 0) s.append("x".repeat(300)).append(' ');
            i++;
        }
        return s.substring(0, 20_000);
    }
}
