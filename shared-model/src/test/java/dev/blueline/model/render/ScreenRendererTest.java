package dev.blueline.model.render;

import dev.blueline.model.document.Document;
import dev.blueline.model.document.Props;
import dev.blueline.model.document.Value;
import dev.blueline.model.geometry.Rect;
import dev.blueline.model.ops.Ops;
import dev.blueline.model.render.RecordingPainter.Kind;
import dev.blueline.model.testing.Fixtures;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ScreenRendererTest {

    /** Records which elements were drawn, in order, and tags primitives with their element. */
    static final class Trace implements ScreenRenderer.Visitor {
        final RecordingPainter p;
        final List<String> entered = new ArrayList<>();
        final List<String> events = new ArrayList<>();

        Trace(RecordingPainter p) {
            this.p = p;
        }

        @Override
        public void enter(RenderItem item) {
            entered.add(item.id());
            events.add("+" + item.id());
            p.owner = item.id();
        }

        @Override
        public void exit(RenderItem item) {
            events.add("-" + item.id());
            p.owner = null;
        }
    }

    static Trace render(Document doc, String screen) {
        RecordingPainter p = new RecordingPainter();
        Trace t = new Trace(p);
        ScreenRenderer.draw(p, doc, screen, Skin.WIREFRAME, t);
        assertThat(p.depth()).isZero();
        return t;
    }

    static Document screen() {
        Document doc = new Document();
        Ops.apply(doc, Fixtures.screen("s", "Home"));
        return doc;
    }

    static void add(Document doc, String id, String type, String parent, String order, double x, double y, double w, double h) {
        Ops.apply(doc, Fixtures.element(id, type, "s", parent, x, y));
        doc.set(id, Props.ORDER, Value.of(order));
        doc.set(id, Props.W, Value.of(w));
        doc.set(id, Props.H, Value.of(h));
    }

    @Test
    void drawsTheBackgroundThenSiblingsByOrderThenId() {
        Document doc = screen();
        doc.set("s", Props.BACKGROUND, Value.of("#fafafa"));
        add(doc, "c", "button", null, "a2", 0, 0, 100, 40);
        add(doc, "b", "button", null, "a1", 0, 0, 100, 40);
        add(doc, "a", "button", null, "a2", 0, 0, 100, 40);
        Trace t = render(doc, "s");
        assertThat(t.entered).containsExactly("b", "a", "c");
        var first = t.p.prims.getFirst();
        assertThat(first.fill()).isEqualTo(Rgba.parse("#fafafa", null));
        assertThat(first.box()).isEqualTo(new Rect(0, 0, 1440, 900));
    }

    @Test
    void parentsComeBeforeChildrenWhichAreClippedToThem() {
        Document doc = screen();
        add(doc, "panel", "panel", null, "a1", 100, 50, 300, 200);
        add(doc, "inner", "button", "panel", "a1", 250, 180, 120, 40); // hangs out of the panel
        add(doc, "later", "button", null, "a2", 0, 0, 100, 40);
        Trace t = render(doc, "s");
        assertThat(t.events).containsExactly("+panel", "+inner", "-inner", "-panel", "+later", "-later");
        Rect panel = new Rect(100, 50, 300, 200);
        assertThat(t.p.ownedBy("inner")).isNotEmpty().allSatisfy(x -> {
            assertThat(panel.contains(x.clip())).isTrue();
            assertThat(x.box().x()).isGreaterThanOrEqualTo(349); // child offsets add up: 100 + 250
        });
        assertThat(t.p.ownedBy("later")).allSatisfy(x -> assertThat(x.clip()).isEqualTo(new Rect(0, 0, 100, 40).inflate(1)));
    }

    @Test
    void hiddenDeletedAndOrphanedElementsAreNotDrawn() {
        Document doc = screen();
        add(doc, "shown", "button", null, "a1", 0, 0, 100, 40);
        add(doc, "hidden", "button", null, "a2", 0, 0, 100, 40);
        doc.set("hidden", Props.HIDDEN, Value.of(true));
        add(doc, "deleted", "button", null, "a3", 0, 0, 100, 40);
        doc.set("deleted", Props.DELETED, Value.of(true));
        add(doc, "gone", "panel", null, "a4", 0, 0, 300, 300);
        doc.set("gone", Props.DELETED, Value.of(true));
        add(doc, "child", "panel", "gone", "a1", 0, 0, 100, 100);
        add(doc, "grandchild", "button", "child", "a1", 0, 0, 50, 20);
        add(doc, "veiled", "panel", null, "a5", 0, 0, 300, 300);
        doc.set("veiled", Props.HIDDEN, Value.of(true));
        add(doc, "inVeiled", "button", "veiled", "a1", 0, 0, 50, 20);
        add(doc, "orphan", "button", "no-such-parent", "a1", 0, 0, 50, 20);
        Ops.apply(doc, Fixtures.screen("s2", "Other"));
        Ops.apply(doc, Fixtures.element("elsewhere", "button", "s2", 0, 0));
        Trace t = render(doc, "s");
        assertThat(t.entered).containsExactly("shown");
        assertThat(t.p.prims.stream().filter(x -> x.owner() == null)).hasSize(1); // the background
    }

    @Test
    void aMissingOrDeletedScreenDrawsNothing() {
        Document doc = screen();
        add(doc, "b", "button", null, "a1", 0, 0, 100, 40);
        assertThat(render(doc, "nope").p.prims).isEmpty();
        doc.set("s", Props.DELETED, Value.of(true));
        assertThat(render(doc, "s").p.prims).isEmpty();
    }

    @Test
    void parentCyclesAndDeepNestingDoNotHang() {
        Document doc = screen();
        add(doc, "x", "panel", "y", "a1", 0, 0, 10, 10);
        add(doc, "y", "panel", "x", "a1", 0, 0, 10, 10);
        String parent = null;
        for (int i = 0; i < 2_000; i++) {
            add(doc, "n" + i, "panel", parent, "a1", 1, 1, 500, 500);
            parent = "n" + i;
        }
        Trace t = render(doc, "s");
        assertThat(t.entered).doesNotContain("x", "y").hasSizeLessThanOrEqualTo(ScreenRenderer.MAX_DEPTH + 1).contains("n0");
    }

    @Test
    void tenThousandElementsAllGetDrawn() {
        Document doc = screen();
        String[] types = {"button", "text-input", "label", "checkbox", "data-grid", "panel", "icon", "bar-chart"};
        for (int i = 0; i < 10_000; i++) {
            String parent = i % 100 == 0 || i < 100 ? null : "e" + (i - i % 100);
            String type = i % 100 == 0 ? "panel" : types[i % types.length];
            add(doc, "e" + i, type, parent, String.format("a%05d", i), (i % 40) * 30, (i / 40) % 30 * 30, 120, 60);
        }
        Trace t = render(doc, "s");
        assertThat(new LinkedHashSet<>(t.entered)).hasSize(10_000);
        assertThat(t.p.of(Kind.TEXT)).isNotEmpty();
    }
}
