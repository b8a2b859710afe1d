package dev.blueline.desktop.canvas;

import dev.blueline.model.geometry.Rect;
import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.layout.Pane;
import javafx.scene.shape.Rectangle;
import javafx.scene.transform.Scale;
import javafx.scene.transform.Translate;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.function.LongConsumer;

/**
 * The content layer: painted pixels kept at the current zoom. A view painted from nothing (another
 * screen, skin or grid) is one canvas the size of the view, no dearer than painting the view used
 * to be. A zoom step (to a zoom where elements are drawn, not boxes) keeps what was painted as a backdrop, scaled to the new zoom, and paints the
 * squares of the new view over it nearest the middle first, at most {@link #FRAME_BUDGET_NANOS} of
 * painting a frame: the step shows at once, a little soft, and is sharp a few frames later. Panning
 * moves what is painted and paints only what it uncovers, in squares of a fixed grid (so the next
 * frames of a pan cost nothing until the next row of squares); an edit repaints only the stale part
 * of what shows it. Squares a square's width beyond the view are kept for panning back, farther ones
 * are reused, so the pixels held stay at about the view's plus (view + 2 squares)².
 */
final class TileLayer {
    /** How long a frame after a zoom step may spend painting squares; at least one is painted each frame. */
    static final long FRAME_BUDGET_NANOS = 3_000_000;
    private long frameBudget = FRAME_BUDGET_NANOS;

    private final Group world = new Group(); // tiles at their world pixels, moved by the pan
    /** What was painted before a zoom step, scaled to the new zoom until the new squares cover the view. */
    private final Group backdrop = new Group();
    private final List<Tile> behind = new ArrayList<>();
    /** Which of those was the view-sized first paint (null: none), so it goes back as the spare first. */
    private Tile firstBehind;
    private double backdropZoom = Double.NaN;
    private final Pane view = new Pane(backdrop, world);
    private final Rectangle clip = new Rectangle();
    /** The view as painted from nothing, or null once panned out of sight. */
    private Tile first;
    private Tile spareFirst;
    /** Grid squares by cell. */
    private final Map<Long, Tile> live = new HashMap<>();
    private final ArrayDeque<Tile> spare = new ArrayDeque<>();
    /** Screen areas changed since the last {@link #show}, marked then at the zoom of that moment. */
    private final List<Rect> pending = new ArrayList<>();
    private double zoom = Double.NaN;
    private long painted;

    /** A part of a tile to paint. */
    private record Job(Tile tile, PixelBox box) {
    }

    TileLayer() {
        view.setClip(clip);
        view.setMouseTransparent(true);
    }

    Node node() {
        return view;
    }

    void resize(double w, double h) {
        view.resize(w, h);
        clip.setWidth(w);
        clip.setHeight(h);
    }

    /** Everything must be painted again (another screen, skin, grid, or a change anywhere). */
    void invalidateAll() {
        for (Tile t : live.values()) park(t);
        live.clear();
        dropFirst();
        pending.clear();
        releaseBackdrop();
    }

    /** For tests: another budget (0: one square a frame). */
    void frameBudget(long nanos) {
        frameBudget = nanos;
    }

    /** True while a zoom step's squares are still being painted over the old pixels: paint again next frame. */
    boolean busy() {
        return !behind.isEmpty();
    }

    /**
     * A zoom step: what shows becomes the backdrop (unless an earlier step's backdrop is still there:
     * then what was painted since, at a zoom already gone, is dropped and the older backdrop stays).
     */
    private void keepAsBackdrop(double oldZoom) {
        if (behind.isEmpty()) {
            List<Tile> shown = new ArrayList<>(live.values());
            if (first != null) shown.add(first);
            for (Tile t : shown) {
                world.getChildren().remove(t.canvas);
                backdrop.getChildren().add(t.canvas);
                behind.add(t);
            }
            live.clear();
            firstBehind = first;
            first = null;
            backdropZoom = oldZoom;
        } else {
            for (Tile t : live.values()) park(t);
            live.clear();
            dropFirst();
        }
        pending.clear();
    }

    /** The new squares cover the view: the old pixels go back to the pools. */
    private void releaseBackdrop() {
        for (Tile t : behind) {
            backdrop.getChildren().remove(t.canvas);
            if (t != firstBehind) {
                world.getChildren().add(t.canvas);
                park(t);
            } else if (spareFirst == null) {
                world.getChildren().add(t.canvas);
                t.canvas.setVisible(false);
                spareFirst = t;
            }
        }
        behind.clear();
        firstBehind = null;
        backdrop.getTransforms().clear();
    }

    /** What shows this screen area must be painted again. */
    void invalidate(Rect screenArea) {
        pending.add(screenArea);
    }

    /**
     * Brings what a {@code w × h} view at {@code grid} shows up to date and puts it in place. Returns
     * how many elements were drawn (an element over several tiles counts once per tile).
     */
    int show(PixelGrid grid, int w, int h, ContentPainter painter, ContentPainter.Setup setup) {
        long t0 = System.nanoTime();
        if (grid.zoom() != zoom) {
            // far out, elements are boxes written straight into pixels: the whole view at once is cheaper
            boolean boxes = grid.zoom() < ScenePainter.BOXES_BELOW;
            if (Double.isNaN(zoom) || boxes || (first == null && live.isEmpty() && behind.isEmpty())) invalidateAll();
            else keepAsBackdrop(zoom);
            zoom = grid.zoom();
        }
        for (Rect r : pending) {
            long[] px = grid.pixelsOf(r);
            if (first != null) first.markStale(px[0], px[1], px[2], px[3]);
            for (Tile t : live.values()) t.markStale(px[0], px[1], px[2], px[3]);
        }
        pending.clear();
        world.setTranslateX(-grid.left());
        world.setTranslateY(-grid.top());
        if (!behind.isEmpty()) {
            // old world pixels × (new zoom / old zoom) = new world pixels
            double s = grid.zoom() / backdropZoom;
            backdrop.getTransforms().setAll(new Translate(-grid.left(), -grid.top()), new Scale(s, s));
        }
        if (w <= 0 || h <= 0) return 0;
        long left = grid.left(), top = grid.top(), right = left + w, bottom = top + h;
        int c0 = (int) Math.floorDiv(left, Tile.SIZE), c1 = (int) Math.floorDiv(right - 1, Tile.SIZE);
        int r0 = (int) Math.floorDiv(top, Tile.SIZE), r1 = (int) Math.floorDiv(bottom - 1, Tile.SIZE);
        evict(c0, c1, r0, r1, left, top, right, bottom);
        List<Job> jobs = new ArrayList<>();
        List<long[]> missing = new ArrayList<>();
        if (first == null && live.isEmpty() && behind.isEmpty()) {
            // nothing painted shows (a zoom, or a jump): the view as one canvas
            first = obtainFirst(w, h);
            first.place(left, top);
            jobs.add(new Job(first, first.all()));
        } else {
            if (first != null && !first.stale.isEmpty()) jobs.add(new Job(first, first.stale));
            if (first != null) first.stale = PixelBox.EMPTY;
            for (int r = r0; r <= r1; r++) {
                for (int c = c0; c <= c1; c++) {
                    Tile t = live.get(key(c, r));
                    if (t == null) {
                        // a square the view reaches into where the first paint does not show it: painted whole
                        long x0 = Math.max(left, (long) c * Tile.SIZE), y0 = Math.max(top, (long) r * Tile.SIZE);
                        long x1 = Math.min(right, (long) (c + 1) * Tile.SIZE), y1 = Math.min(bottom, (long) (r + 1) * Tile.SIZE);
                        if (first != null && first.covers(x0, y0, x1, y1)) continue;
                        if (!behind.isEmpty()) {
                            missing.add(new long[]{c, r});
                            continue;
                        }
                        t = obtain();
                        t.place((long) c * Tile.SIZE, (long) r * Tile.SIZE);
                        live.put(key(c, r), t);
                        jobs.add(new Job(t, t.all()));
                    } else if (!t.stale.isEmpty()) {
                        jobs.add(new Job(t, t.stale));
                        t.stale = PixelBox.EMPTY;
                    }
                }
            }
        }
        painted += jobs.size();
        int drawn = paint(jobs, grid, painter, setup);
        if (!behind.isEmpty()) drawn += paintWithin(missing, t0, grid, w, h, painter, setup);
        return drawn;
    }

    /**
     * After a zoom step: paints the squares the view still lacks, nearest its middle first, until the
     * frame's budget is spent; when none is left the backdrop goes.
     */
    private int paintWithin(List<long[]> missing, long t0, PixelGrid grid, int w, int h, ContentPainter painter, ContentPainter.Setup setup) {
        double mx = grid.left() + w / 2.0, my = grid.top() + h / 2.0;
        missing.sort(Comparator.comparingDouble(cell -> {
            double dx = (cell[0] + 0.5) * Tile.SIZE - mx, dy = (cell[1] + 0.5) * Tile.SIZE - my;
            return dx * dx + dy * dy;
        }));
        int drawn = 0, done = 0;
        for (long[] cell : missing) {
            if (done > 0 && System.nanoTime() - t0 > frameBudget) break;
            Tile t = obtain();
            t.place(cell[0] * Tile.SIZE, cell[1] * Tile.SIZE);
            live.put(key((int) cell[0], (int) cell[1]), t);
            drawn += paint(List.of(new Job(t, t.all())), grid, painter, setup);
            painted++;
            done++;
        }
        if (done == missing.size()) releaseBackdrop();
        return drawn;
    }

    /**
     * Lets go of what the view no longer needs: the first paint once out of sight; squares more than
     * a square away (their canvases are reused, no more kept than the view and its margin can use);
     * and stale squares out of sight, which are not repainted now but afresh if they come back.
     */
    private void evict(int c0, int c1, int r0, int r1, long left, long top, long right, long bottom) {
        if (first != null && !first.meets(left, top, right, bottom)) dropFirst();
        for (Iterator<Tile> it = live.values().iterator(); it.hasNext(); ) {
            Tile t = it.next();
            int c = (int) (t.left() / Tile.SIZE), r = (int) (t.top() / Tile.SIZE);
            boolean near = c >= c0 - 1 && c <= c1 + 1 && r >= r0 - 1 && r <= r1 + 1;
            if (!near || (!t.stale.isEmpty() && !t.meets(left, top, right, bottom))) {
                it.remove();
                park(t);
            }
        }
        int most = (c1 - c0 + 3) * (r1 - r0 + 3);
        while (live.size() + spare.size() > most && !spare.isEmpty()) world.getChildren().remove(spare.pop().canvas);
    }

    /** Paints the jobs, asking the scene once for what they all need and giving each its share. */
    private static int paint(List<Job> jobs, PixelGrid grid, ContentPainter painter, ContentPainter.Setup setup) {
        if (jobs.isEmpty()) return 0;
        Rect[] areas = new Rect[jobs.size()];
        Rect all = null;
        for (int i = 0; i < areas.length; i++) {
            Job j = jobs.get(i);
            areas[i] = grid.screenArea(j.tile().left() + j.box().x0(), j.tile().top() + j.box().y0(), j.box().w(), j.box().h());
            all = ScreenScene.union(all, areas[i]);
        }
        List<ScreenScene.Item> candidates = setup.scene() == null ? List.of() : ScenePainter.reaching(setup.scene(), all, grid.zoom());
        List<List<ScreenScene.Item>> shares = share(candidates, areas, grid.zoom());
        int drawn = 0;
        for (int i = 0; i < areas.length; i++) {
            Job j = jobs.get(i);
            PixelBox b = j.box();
            drawn += painter.paint(j.tile().surface, setup, shares.get(i), b.x0(), b.y0(), b.w(), b.h(), j.tile().left(), j.tile().top(),
                    b.equals(j.tile().all()));
        }
        return drawn;
    }

    /**
     * Which candidates each area needs, in paint order: each element is offered only to the areas
     * in the grid squares it stands on, so thousands of elements over dozens of areas are shared
     * out in one pass rather than one pass per area.
     */
    private static List<List<ScreenScene.Item>> share(List<ScreenScene.Item> candidates, Rect[] areas, double zoom) {
        List<List<ScreenScene.Item>> out = new ArrayList<>(areas.length);
        if (areas.length == 1) {
            out.add(candidates);
            return out;
        }
        double m = ScenePainter.margin(zoom), cell = Tile.SIZE / zoom; // screen units a square spans
        Map<Long, List<Integer>> byCell = new HashMap<>();
        Rect[] wide = new Rect[areas.length];
        for (int i = 0; i < areas.length; i++) {
            int area = i;
            wide[i] = areas[i].inflate(m);
            out.add(new ArrayList<>());
            forCells(wide[i], cell, k -> byCell.computeIfAbsent(k, x -> new ArrayList<>()).add(area));
        }
        for (ScreenScene.Item it : candidates) {
            Rect b = it.bounds();
            forCells(b, cell, k -> {
                List<Integer> here = byCell.get(k);
                if (here == null) return;
                for (int j : here) {
                    // an area over several cells is met once per cell: add once, in order
                    List<ScreenScene.Item> share = out.get(j);
                    if (b.intersects(wide[j]) && (share.isEmpty() || share.getLast() != it)) share.add(it);
                }
            });
        }
        return out;
    }

    /** Calls {@code action} with the key of each grid cell a screen rectangle meets. */
    private static void forCells(Rect r, double cell, LongConsumer action) {
        int c0 = (int) Math.floor(r.x() / cell), c1 = (int) Math.floor(r.right() / cell);
        int r0 = (int) Math.floor(r.y() / cell), r1 = (int) Math.floor(r.bottom() / cell);
        for (int y = r0; y <= r1; y++) for (int x = c0; x <= c1; x++) action.accept(key(x, y));
    }

    /** How many times a tile or a part of one has been painted. */
    long painted() {
        return painted;
    }

    /** Canvases held, shown or spare. */
    int tiles() {
        return live.size() + spare.size() + (first != null ? 1 : 0) + (spareFirst != null ? 1 : 0);
    }

    /** The bytes of pixels those canvases hold (4 a pixel), with the images of the far-out boxes. */
    long bytes() {
        long sum = 0;
        for (Tile t : live.values()) sum += bytes(t);
        for (Tile t : spare) sum += bytes(t);
        if (first != null) sum += bytes(first);
        if (spareFirst != null) sum += bytes(spareFirst);
        for (Tile t : behind) sum += bytes(t);
        return sum;
    }

    private static long bytes(Tile t) {
        return (long) t.w() * t.h() * 4 + t.surface.extraBytes();
    }

    /** A copy of this layer's arrangement (canvases of the same sizes at the same places, in the same order) painted afresh: for tests. */
    TileLayer repaintedAfresh(PixelGrid grid, int w, int h, ContentPainter painter, ContentPainter.Setup setup) {
        TileLayer copy = new TileLayer();
        copy.resize(w, h);
        List<Job> jobs = new ArrayList<>();
        for (Node n : world.getChildren()) {
            Tile t = n == (first == null ? null : first.canvas) ? first
                    : live.values().stream().filter(x -> x.canvas == n).findFirst().orElse(null);
            if (t == null) continue;
            Tile c = new Tile(t.w(), t.h(), t == first);
            copy.world.getChildren().add(c.canvas);
            c.place(t.left(), t.top());
            jobs.add(new Job(c, c.all()));
        }
        copy.world.setTranslateX(-grid.left());
        copy.world.setTranslateY(-grid.top());
        paint(jobs, grid, painter, setup);
        return copy;
    }

    private Tile obtain() {
        Tile t = spare.poll();
        if (t == null) {
            t = new Tile(Tile.SIZE, Tile.SIZE, false);
            world.getChildren().add(t.canvas);
        }
        t.canvas.setVisible(true);
        return t;
    }

    private void park(Tile t) {
        t.canvas.setVisible(false);
        spare.push(t);
    }

    private Tile obtainFirst(int w, int h) {
        Tile t = spareFirst;
        spareFirst = null;
        if (t == null) {
            t = new Tile(w, h, true);
            world.getChildren().add(t.canvas);
        }
        t.canvas.setWidth(w);
        t.canvas.setHeight(h);
        t.canvas.setVisible(true);
        return t;
    }

    private void dropFirst() {
        if (first == null) return;
        if (spareFirst != null) world.getChildren().remove(spareFirst.canvas);
        first.canvas.setVisible(false);
        spareFirst = first;
        first = null;
    }

    private static long key(int col, int row) {
        return ((long) col << 32) ^ (row & 0xffffffffL);
    }
}
