package dev.blueline.model.export;

import dev.blueline.model.catalog.Catalog;
import dev.blueline.model.catalog.content.Content;
import dev.blueline.model.export.Layout.Axis;
import dev.blueline.model.export.Layout.Free;
import dev.blueline.model.export.Layout.Placed;
import dev.blueline.model.export.Layout.Single;
import dev.blueline.model.export.Layout.Stack;
import dev.blueline.model.geometry.Rect;
import dev.blueline.model.render.Style;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

class LayoutPlannerTest {
    static final Rect SCREEN = new Rect(0, 0, 1000, 800);

    @Test
    void elementsAboveEachOtherBecomeAColumnWithExactGaps() {
        Layout l = LayoutPlanner.arrange(List.of(el("a", 40, 100, 200, 40), el("b", 60, 150, 200, 40)), SCREEN);
        Stack s = (Stack) l;
        assertThat(s.axis()).isEqualTo(Axis.COLUMN);
        assertThat(s.parts()).extracting(Placed::before).containsExactly(100.0, 10.0);
        assertThat(s.parts()).extracting(Placed::across).containsExactly(40.0, 60.0);
    }

    @Test
    void elementsSideBySideBecomeARow() {
        Stack row = (Stack) LayoutPlanner.arrange(List.of(el("save", 300, 500, 120, 40), el("cancel", 140, 500, 120, 40)), SCREEN);
        assertThat(row.axis()).isEqualTo(Axis.ROW);
        assertThat(row.parts()).extracting(p -> ((Single) p.part()).element().id()).containsExactly("cancel", "save");
        assertThat(row.parts()).extracting(Placed::before).containsExactly(140.0, 40.0);
        assertThat(row.parts()).extracting(Placed::across).containsExactly(500.0, 500.0);
    }

    @Test
    void aRowUnderAHeadingIsARowInsideTheColumn() {
        Stack column = (Stack) LayoutPlanner.arrange(List.of(el("title", 100, 20, 300, 40),
                el("save", 300, 100, 120, 40), el("cancel", 140, 110, 120, 40)), SCREEN);
        assertThat(column.axis()).isEqualTo(Axis.COLUMN);
        Stack row = (Stack) column.parts().get(1).part();
        assertThat(row.axis()).isEqualTo(Axis.ROW);
        assertThat(row.box()).isEqualTo(new Rect(140, 100, 280, 50));
        assertThat(column.parts().get(1).before()).isEqualTo(40.0);
        assertThat(row.parts()).extracting(Placed::across).containsExactly(10.0, 0.0);
    }

    @Test
    void elementsThatOnlyTouchStillStack() {
        Stack s = (Stack) LayoutPlanner.arrange(List.of(el("a", 0, 0, 100, 50), el("b", 0, 50, 100, 50)), SCREEN);
        assertThat(s.parts()).hasSize(2);
        assertThat(s.parts().get(1).before()).isZero();
    }

    @Test
    void overlappingElementsKeepAbsolutePositionsInPaintingOrder() {
        Layout l = LayoutPlanner.arrange(List.of(el("title", 0, 0, 100, 40),
                el("back", 100, 100, 300, 200), el("front", 150, 150, 100, 40)), SCREEN);
        Stack column = (Stack) l;
        Free free = (Free) column.parts().get(1).part();
        assertThat(free.parts()).extracting(p -> ((Single) p).element().id()).containsExactly("back", "front");
        assertThat(free.left(free.parts().get(1))).isEqualTo(50.0);
        assertThat(free.top(free.parts().get(1))).isEqualTo(50.0);
    }

    @Test
    void noElementsGiveAnEmptyColumn() {
        assertThat(LayoutPlanner.arrange(List.of(), SCREEN).isEmpty()).isTrue();
    }

    /** Whatever the arrangement, walking the layout's offsets lands every element on its own bounds. */
    @Test
    void offsetsReproduceEveryPositionForRandomScreens() {
        Random random = new Random(7);
        for (int round = 0; round < 300; round++) {
            List<ExportElement> items = new ArrayList<>();
            int n = 1 + random.nextInt(25);
            for (int i = 0; i < n; i++) {
                double snap = random.nextBoolean() ? 20 : 1;
                items.add(el("e" + i, Math.round(random.nextDouble() * 900 / snap) * snap, Math.round(random.nextDouble() * 700 / snap) * snap,
                        10 + random.nextInt(200), 10 + random.nextInt(120)));
            }
            List<Rect> placed = new ArrayList<>();
            walk(LayoutPlanner.arrange(items, SCREEN), 0, 0, placed, items);
            assertThat(placed).as("round %d", round).hasSize(n);
        }
    }

    /** Places each part as a flex box would and checks the element lands where it belongs. */
    private static void walk(Layout l, double x, double y, List<Rect> placed, List<ExportElement> items) {
        switch (l) {
            case Single s -> {
                assertThat(s.element().bounds().x()).isCloseTo(x, org.assertj.core.data.Offset.offset(1e-6));
                assertThat(s.element().bounds().y()).isCloseTo(y, org.assertj.core.data.Offset.offset(1e-6));
                placed.add(s.element().bounds());
            }
            case Stack s -> {
                double along = 0;
                for (Placed p : s.parts()) {
                    along += p.before();
                    double px = s.axis() == Axis.COLUMN ? x + p.across() : x + along;
                    double py = s.axis() == Axis.COLUMN ? y + along : y + p.across();
                    walk(p.part(), px, py, placed, items);
                    along += s.axis() == Axis.COLUMN ? p.part().box().h() : p.part().box().w();
                }
            }
            case Free f -> {
                for (Layout p : f.parts()) walk(p, x + f.left(p), y + f.top(p), placed, items);
            }
        }
    }

    static ExportElement el(String id, double x, double y, double w, double h) {
        Rect b = new Rect(x, y, w, h);
        return new ExportElement(id, Catalog.get("button"), new Content.Plain(id), Style.DEFAULT, b, "", Optional.empty(),
                Optional.empty(), LayoutPlanner.arrange(List.of(), new Rect(0, 0, w, h)), "");
    }
}
