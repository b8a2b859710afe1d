package dev.blueline.model.render;

import dev.blueline.model.geometry.Rect;
import dev.blueline.model.render.RecordingPainter.Kind;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SketchPainterTest {
    static final Rect BOX = new Rect(10, 10, 200, 100);
    static final Stroke INK = Stroke.solid(Palette.INK, 1);

    static RecordingPainter sketch(String seed) {
        RecordingPainter rec = new RecordingPainter();
        SketchPainter p = new SketchPainter(rec, seed, BOX);
        p.rect(DrawContext.inset(BOX, 0.5), 6, Palette.LIGHT, INK);
        p.rect(new Rect(20, 20, 50, 30), 0, null, INK);
        p.ellipse(new Rect(100, 20, 60, 60), Palette.ACCENT, INK);
        p.line(10, 110, 210, 10, Stroke.solid(Palette.INK, 2));
        p.path(new double[]{20, 60, 40}, new double[]{90, 90, 60}, true, null, Stroke.dashed(Palette.INK, 1, 3, 2));
        p.text("Hi", 20, 50, Font.of(14), Palette.TEXT, TextAlign.LEFT);
        return rec;
    }

    @Test
    void sameSeedSameDrawingDifferentSeedDifferentWobble() {
        assertThat(sketch("e1").prims).isEqualTo(sketch("e1").prims);
        assertThat(sketch("e1").prims).isNotEqualTo(sketch("e2").prims);
    }

    @Test
    void outlinesAreDoubledAndFillsKept() {
        RecordingPainter rec = sketch("e1");
        long strokes = rec.prims.stream().filter(p -> p.stroke() != null && !p.stroke().dashed()).count();
        assertThat(strokes).isEqualTo(2 * 4); // two rects, an ellipse and a line, each drawn twice
        assertThat(rec.prims.stream().filter(p -> p.stroke() != null && p.stroke().dashed())).hasSize(1);
        assertThat(rec.prims).anySatisfy(p -> assertThat(p.fill()).isEqualTo(Palette.ACCENT));
        assertThat(rec.of(Kind.TEXT)).singleElement().satisfies(t -> assertThat(t.font().handwritten()).isTrue());
    }

    @Test
    void staysInsideItsElement() {
        ControlRendererTest.assertInside(sketch("any"), BOX);
    }

    @Test
    void wobblesButNotMuch() {
        RecordingPainter rec = sketch("e1");
        var outlines = rec.prims.stream().filter(p -> p.stroke() != null).toList();
        var square = outlines.get(2); // the 50×30 rectangle's first pass, away from the edges
        Rect ideal = new Rect(20, 20, 50, 30).inflate(0.5);
        assertThat(square.kind()).isEqualTo(Kind.PATH);
        assertThat(square.box()).isNotEqualTo(ideal);
        assertThat(Math.abs(square.box().x() - ideal.x())).isLessThan(2);
        assertThat(Math.abs(square.box().w() - ideal.w())).isLessThan(4);
    }
}
