package dev.blueline.desktop.canvas;

import dev.blueline.desktop.editor.Editor;
import dev.blueline.model.catalog.Catalog;
import dev.blueline.model.catalog.ControlType;
import dev.blueline.model.document.Document;
import dev.blueline.model.document.Props;
import dev.blueline.model.document.Value;
import dev.blueline.model.ops.ChangeValidator;
import dev.blueline.model.ops.Put;
import dev.blueline.model.order.FractionalIndex;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Scene;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import javax.imageio.ImageIO;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The cached tiles against the truth: after each edit, pan and zoom, the content the canvas
 * shows (tiles kept, moved and partly repainted) must have exactly the pixels of the whole view
 * painted afresh on one canvas. And the frames a designer causes must repaint little.
 */
@ExtendWith(ApplicationExtension.class)
class TileCacheTest {
    static final int W = 900, H = 620;
    Editor editor;
    CanvasView canvas;

    @Start
    void start(Stage stage) {
        editor = OfflineEditors.on(document());
        canvas = new CanvasView(editor);
        editor.showScreen("s1");
        stage.setScene(new Scene(canvas, W, H));
        stage.show();
        view(1, 0, 0);
    }

    /** A 3000×2000 screen: a grid of every kind of control, a few edges beside tile edges, a panel with children, and a copy of a component. */
    static Document document() {
        Document doc = new Document();
        List<Put> ops = new ArrayList<>();
        ops.add(Put.on("s1").set(Props.KIND, "screen").set(Props.NAME, "Big").set(Props.W, 3000.0).set(Props.H, 2000.0)
                .set(Props.ORDER, "a0").build());
        ops.add(Put.on("card").set(Props.KIND, "screen").set(Props.NAME, "Card").set(Props.W, 200.0).set(Props.H, 100.0)
                .set(Props.ORDER, "a5").set(Props.COMPONENT, true).build());
        ops.add(element("title", "heading", "card", null, "a0", 10, 10, 160, 40).set(Props.TEXT, "Card title").build());
        List<ControlType> types = Catalog.all().stream().filter(t -> !t.container() && !t.id().equals(Catalog.COMPONENT)).toList();
        String order = FractionalIndex.first();
        for (int i = 0; i < 240; i++) {
            order = FractionalIndex.after(order);
            ControlType t = types.get(i % types.size());
            Put.Builder b = element("e" + i, t.id(), "s1", null, order, (i % 20) * 150 + 10.5, (i / 20) * 160 + 7, 130, 60);
            if (!t.defaultText().isEmpty()) b.set(Props.TEXT, t.defaultText());
            ops.add(b.build());
        }
        // edges a hair before tile edges (256, 512 at 100 %): their strokes reach into the next tile
        for (String[] e : new String[][]{{"edgeX", "180", "80", "75.7", "40"}, {"edgeX2", "440", "80", "71.8", "40"}, {"edgeY", "141", "200", "18", "55.6"}}) {
            order = FractionalIndex.after(order);
            ops.add(element(e[0], "rectangle", "s1", null, order, Double.parseDouble(e[1]), Double.parseDouble(e[2]),
                    Double.parseDouble(e[3]), Double.parseDouble(e[4])).build());
        }
        order = FractionalIndex.after(order);
        ops.add(element("panel", "panel", "s1", null, order, 120, 90, 300, 200).build());
        ops.add(element("inside", "button", "s1", "panel", "a0", 200, 20, 160, 40).set(Props.TEXT, "Half out").build());
        order = FractionalIndex.after(order);
        ops.add(element("copy", Catalog.COMPONENT, "s1", null, order, 500, 300, 200, 100).set(Props.MASTER, "card").build());
        assertThat(new ChangeValidator().apply(doc, ops)).isNull();
        return doc;
    }

    static Put.Builder element(String id, String type, String screen, String parent, String order, double x, double y, double w, double h) {
        return Put.on(id).set(Props.KIND, "element").set(Props.TYPE, type).set(Props.SCREEN, screen)
                .set(Props.PARENT, parent == null ? Value.NULL : Value.of(parent)).set(Props.ORDER, order)
                .set(Props.X, x).set(Props.Y, y).set(Props.W, w).set(Props.H, h);
    }

    // ---- the comparison

    @Test
    void editsPansAndZoomsShowWhatAFreshPaintShows() throws Exception {
        matches("first paint");
        for (int i = 0; i < 5; i++) {
            fx(() -> editor.viewport().panBy(-40, 0));
            matches("pan right " + i);
        }
        fx(() -> editor.viewport().panBy(-13.3, -27.6));
        matches("pan by a fraction of a pixel");
        fx(() -> editor.viewport().panBy(-700, -450));
        matches("pan farther than a tile");
        fx(() -> editor.viewport().panBy(700, 450));
        matches("pan back");
        fx(() -> editor.viewport().panBy(-1900, -1300));
        matches("jump far away");
        fx(() -> editor.viewport().panBy(1900, 1300));
        matches("jump back");
        fx(() -> editor.select(List.of("e3")));
        matches("select");
        for (int i = 0; i < 4; i++) {
            int step = i;
            fx(() -> editor.submit(List.of(Put.on("e3").set(Props.X, 10.5 + 150 * 3 + 10 * (step + 1)).set(Props.Y, 7.0 + 3 * step).build()), true));
            matches("drag " + i);
        }
        fx(() -> editor.submit(List.of(Put.of("e4", Props.TEXT, Value.of("Typed a longer text here")))));
        matches("text edit");
        fx(() -> editor.submit(List.of(Put.on("e5").set(Props.W, 260.0).set(Props.H, 110.0).build())));
        matches("resize over neighbours");
        fx(() -> editor.submit(List.of(Put.on("panel").set(Props.X, 180.0).set(Props.Y, 120.0).build())));
        matches("move a container and what is inside");
        fx(() -> editor.submit(List.of(Put.of("e21", Props.DELETED, Value.of(true)))));
        matches("delete");
        fx(() -> editor.submit(List.of(element("late", "button", "s1", null, "Zz", 260, 150, 140, 44).set(Props.TEXT, "On top").build())));
        matches("create on top of others");
        fx(() -> editor.submit(List.of(Put.of("late", Props.ORDER, Value.of("a0")))));
        matches("send to back");
        fx(() -> editor.submit(List.of(Put.of("e22", Props.HIDDEN, Value.of(true)))));
        matches("hide");
        remote(Put.on("e23").set(Props.X, 333.0).set(Props.TEXT, "Moved by Lin").build());
        matches("someone else's edit");
        remote(Put.of("title", Props.TEXT, Value.of("Edited master")));
        matches("an edit of a component's master shows in its copy");

        fx(() -> editor.viewport().zoomAt(2, 300, 200));
        matches("zoom in");
        fx(() -> editor.viewport().panBy(-55, -40));
        fx(() -> editor.submit(List.of(Put.on("e3").set(Props.X, 480.0).build()), true));
        matches("pan and drag zoomed in");
        fx(() -> editor.viewport().zoomAt(0.31, 300, 200));
        matches("zoom to a fraction");
        fx(() -> editor.submit(List.of(Put.of("e24", Props.TEXT, Value.of("Edited at 62 %")))));
        fx(() -> editor.viewport().panBy(-37, 21));
        matches("edit and pan at a fractional zoom");
        fx(() -> editor.viewport().zoomAt(0.3, 300, 200));
        matches("zoomed out to boxes");
        fx(() -> editor.submit(List.of(Put.on("e3").set(Props.X, 1200.0).set(Props.Y, 900.0).build()), true));
        fx(() -> editor.viewport().panBy(-40, 12));
        matches("drag and pan among boxes");
        fx(() -> editor.viewport().zoomProperty().set(1));
        fx(() -> editor.showGridProperty().set(true));
        matches("grid on");
        fx(() -> editor.viewport().panBy(-40, -40));
        fx(() -> editor.submit(List.of(Put.on("e2").set(Props.X, 333.0).build())));
        matches("drag on the grid");
        fx(() -> editor.sketchProperty().set(true));
        fx(() -> editor.submit(List.of(Put.of("e1", Props.TEXT, Value.of("Sketched")))));
        matches("sketch skin");
        fx(() -> editor.submit(List.of(Put.on("s1").set(Props.BACKGROUND, "#fef9c3").set(Props.W, 700.0).build())));
        matches("page colour and size");
    }

    @Test
    void realisticFramesRepaintLittle() throws Exception {
        frame(() -> canvas.paintAllNow());
        int all = fx(() -> canvas.lastDrawn());
        assertThat(all).isGreaterThan(20);
        assertThat(paints(() -> editor.viewport().panBy(-40, 0))).as("a 40 px pan paints the column of squares it uncovers")
                .isEqualTo(H / Tile.SIZE + 1);
        assertThat(fx(() -> canvas.lastDrawn())).isLessThan(all / 2);
        assertThat(paints(() -> editor.viewport().panBy(-40, 0))).as("… and the next pan nothing").isZero();
        assertThat(paints(() -> editor.select(List.of("e2")))).as("a new selection paints no tile").isZero();
        assertThat(paints(() -> editor.submit(List.of(Put.on("e2").set(Props.X, 320.0).build()), true)))
                .as("a drag repaints the tiles under the element").isBetween(1L, 4L);
        assertThat(fx(() -> canvas.lastDrawn())).as("… and only the elements there").isLessThan(all / 3);
        assertThat(paints(() -> editor.submit(List.of(Put.of("e2", Props.TEXT, Value.of("Typed")))))).isBetween(1L, 4L);
        assertThat(fx(() -> canvas.lastDrawn())).isLessThan(all / 3);
    }

    /**
     * A zoom step shows at once: the old pixels, scaled, stay behind while the new squares are
     * painted over them, the middle of the view first, within a frame budget (here one square a
     * frame); once the view is covered the old pixels go and it shows what a fresh paint shows.
     */
    @Test
    void aZoomStepShowsAtOnceAndSharpensOverTheNextFrames() throws Exception {
        frame(() -> canvas.paintAllNow());
        fx(() -> {
            canvas.tiles().frameBudget(0);
            return null;
        });
        // in one go on the FX thread, so that no animation pulse paints in between
        long[] seen = fx(() -> {
            long before = canvas.tiles().painted();
            editor.viewport().zoomAt(1.25, W / 2.0, H / 2.0);
            canvas.paintIfNeeded();
            long first = canvas.tiles().painted() - before;
            boolean busy = canvas.tiles().busy();
            long frames = 1;
            while (canvas.tiles().busy() && frames < 100) {
                canvas.paintIfNeeded();
                frames++;
            }
            return new long[]{first, busy ? 1 : 0, frames, canvas.tiles().painted() - before};
        });
        assertThat(seen[0]).as("one square in the first frame").isEqualTo(1);
        assertThat(seen[1]).as("the rest shows the old pixels, scaled").isEqualTo(1);
        assertThat(seen[2]).as("one square a frame until the view is covered").isEqualTo(seen[3])
                .isGreaterThanOrEqualTo((W / Tile.SIZE) * (H / Tile.SIZE));
        matches("after a zoom step painted a square a frame");
        fx(() -> {
            canvas.tiles().frameBudget(TileLayer.FRAME_BUDGET_NANOS);
            return null;
        });
    }

    @Test
    void theCacheStaysSmallWhilePanningFarAndWide() throws Exception {
        for (int i = 0; i < 80; i++) {
            int step = i;
            fx(() -> editor.viewport().panBy(step < 40 ? -97 : 61, step % 3 == 0 ? -53 : 29));
        }
        // the squares of the view and a square around it, and the first paint's canvas (kept for the next zoom)
        int most = (W / Tile.SIZE + 3) * (H / Tile.SIZE + 3);
        assertThat(fx(() -> canvas.tiles().tiles())).isLessThanOrEqualTo(most + 1);
        assertThat(fx(() -> canvas.cacheBytes())).isLessThanOrEqualTo(((long) most * Tile.SIZE * Tile.SIZE + (long) W * H) * 4);
        matches("after a long pan");
    }

    // ---- helpers

    void view(double zoom, double x, double y) {
        editor.viewport().zoomProperty().set(zoom);
        editor.viewport().originXProperty().set(x);
        editor.viewport().originYProperty().set(y);
    }

    /** A change and the paint of the frame it causes. */
    void frame(Runnable change) throws Exception {
        fx(() -> {
            change.run();
            canvas.paintIfNeeded();
        });
    }

    /** How many tiles (or parts) the frame a change causes paints. */
    long paints(Runnable change) throws Exception {
        long before = fx(() -> canvas.tiles().painted());
        frame(change);
        return fx(() -> canvas.tiles().painted()) - before;
    }

    /** Another client's change, as the session hands it to the editor. */
    void remote(Put... ops) throws Exception {
        fx(() -> {
            assertThat(new ChangeValidator().apply(editor.doc(), List.of(ops))).isNull();
            Set<String> ids = new LinkedHashSet<>();
            for (Put p : ops) ids.add(p.id());
            editor.fireChanged(ids);
            return null;
        });
    }

    /**
     * Paints what is pending, then compares the tiles on screen with the same view painted afresh:
     * exactly with new tiles at the same places, and with the whole view painted at once on one
     * canvas up to the software rasteriser's own rounding (see {@link #sameButForRounding}).
     */
    void matches(String step) throws Exception {
        WritableImage[] images = fx(() -> {
            canvas.paintIfNeeded();
            for (int frames = 0; canvas.tiles().busy() && frames < 200; frames++) canvas.paintIfNeeded();
            assertThat(canvas.tiles().busy()).as("%s: a zoom step is painted in a few frames", step).isFalse();
            WritableImage shown = canvas.tiles().node().snapshot(null, null);
            TileLayer fresh = canvas.tiles().repaintedAfresh(PixelGrid.of(editor.viewport()), W, H, new ContentPainter(), canvas.setup());
            return new WritableImage[]{shown, fresh.node().snapshot(null, null), canvas.paintFresh().snapshot(null, null)};
        });
        for (WritableImage i : images) {
            assertThat((int) i.getWidth()).as(step).isEqualTo(W);
            assertThat((int) i.getHeight()).as(step).isEqualTo(H);
        }
        PixelReader shown = images[0].getPixelReader(), tiles = images[1].getPixelReader(), whole = images[2].getPixelReader();
        int differ = 0, unlike = 0;
        for (int y = 0; y < H; y++) {
            for (int x = 0; x < W; x++) {
                if (shown.getArgb(x, y) != tiles.getArgb(x, y)) differ++;
                if (!sameButForRounding(shown, whole, x, y)) unlike++;
            }
        }
        if (differ + unlike > 0) {
            Path dir = Files.createDirectories(Path.of("target", "tile-cache"));
            String name = step.replaceAll("[^a-z0-9]+", "-");
            String[] kinds = {"shown", "fresh-tiles", "fresh-whole"};
            for (int i = 0; i < 3; i++) ImageIO.write(SwingFXUtils.fromFXImage(images[i], null), "png", dir.resolve(name + "-" + kinds[i] + ".png").toFile());
        }
        assertThat(differ).as("%s: pixels unlike the same tiles painted afresh", step).isZero();
        // a glyph here and there (see sameButForRounding); a seam or a stale element is a line or an area of them
        assertThat(unlike).as("%s: pixels unlike the whole view painted at once", step).isLessThanOrEqualTo(W * H / 5000);
    }

    /**
     * Equal within a unit, or equal to a neighbouring pixel: what the software rasteriser makes of
     * the same drawing at another whole-pixel offset. It places glyphs from positions summed in
     * single precision, so a glyph whose position is a hair from a rounding step lands on the other
     * side of it (two full paints of the view at different pans differ the same way).
     */
    static boolean sameButForRounding(PixelReader a, PixelReader b, int x, int y) {
        int p = a.getArgb(x, y);
        if (close(p, b.getArgb(x, y))) return true;
        for (int dy = -1; dy <= 1; dy++) {
            for (int dx = -1; dx <= 1; dx++) {
                int nx = x + dx, ny = y + dy;
                if (nx >= 0 && ny >= 0 && nx < W && ny < H && close(p, b.getArgb(nx, ny))) return true;
            }
        }
        return false;
    }

    static boolean close(int p, int q) {
        for (int s = 0; s < 32; s += 8) if (Math.abs((p >> s & 0xff) - (q >> s & 0xff)) > 8) return false;
        return true;
    }

    static <T> T fx(Callable<T> c) throws Exception {
        return WaitForAsyncUtils.asyncFx(c).get();
    }

    static void fx(Runnable r) throws Exception {
        WaitForAsyncUtils.asyncFx(() -> {
            r.run();
            return null;
        }).get();
    }
}
