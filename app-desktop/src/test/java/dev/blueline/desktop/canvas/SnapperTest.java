package dev.blueline.desktop.canvas;

import dev.blueline.model.geometry.Rect;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class SnapperTest {
    static final boolean[] ALL = {true, true, true};
    static final Rect PAGE = new Rect(0, 0, 1440, 900);

    @Test
    void snapsALeftEdgeToANeighboursLeftEdgeAndShowsAGuide() {
        Rect other = new Rect(100, 100, 120, 40);
        Snapper.Result r = Snapper.snap(new Rect(103, 300, 120, 40), List.of(other), PAGE, 6, 0, ALL, ALL);
        assertThat(r.dx()).isEqualTo(-3);
        assertThat(r.lines()).anySatisfy(l -> {
            assertThat(l.x1()).isEqualTo(100);
            assertThat(l.y1()).isEqualTo(100);
            assertThat(l.y2()).isEqualTo(340);
        });
    }

    @Test
    void snapsCentresToo() {
        Rect other = new Rect(100, 100, 200, 40); // centre x = 200
        Snapper.Result r = Snapper.snap(new Rect(144, 300, 100, 40), List.of(other), PAGE, 10, 0, ALL, ALL);
        assertThat(144 + r.dx() + 50).isEqualTo(200);
    }

    @Test
    void fallsBackToTheGridWhenNothingIsClose() {
        Snapper.Result r = Snapper.snap(new Rect(403, 301, 50, 50), List.of(), null, 2, 8, ALL, ALL);
        assertThat(403 + r.dx()).isEqualTo(400);
        assertThat(301 + r.dy()).isEqualTo(304);
        assertThat(r.lines()).isEmpty();
    }

    @Test
    void reportsSpacingToNeighboursInTheSameRow() {
        Rect left = new Rect(0, 100, 100, 40);
        Snapper.Result r = Snapper.snap(new Rect(124, 100, 100, 40), List.of(left), null, 1, 0, ALL, ALL);
        assertThat(r.spacings()).anySatisfy(s -> assertThat(s.distance()).isEqualTo(24));
    }

    @Test
    void aResizeSnapsOnlyTheEdgeBeingDragged() {
        Rect other = new Rect(300, 0, 10, 10);
        boolean[] rightOnly = {false, false, true};
        Snapper.Result r = Snapper.snap(new Rect(100, 100, 198, 40), List.of(other), null, 6, 0, rightOnly, new boolean[3]);
        assertThat(r.dx()).isEqualTo(2);
    }
}
