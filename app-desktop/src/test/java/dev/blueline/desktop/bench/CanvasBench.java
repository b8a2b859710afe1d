package dev.blueline.desktop.bench;

import dev.blueline.desktop.canvas.CanvasView;
import dev.blueline.desktop.editor.Editor;
import dev.blueline.desktop.session.ProjectSession;
import dev.blueline.desktop.session.SessionListener;
import dev.blueline.model.catalog.Catalog;
import dev.blueline.model.catalog.ControlType;
import dev.blueline.model.document.Document;
import dev.blueline.model.document.Props;
import dev.blueline.model.ops.ChangeValidator;
import dev.blueline.model.ops.Put;
import dev.blueline.model.order.FractionalIndex;
import dev.blueline.model.sync.InMemoryPendingStore;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.image.WritableImage;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.stage.Stage;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.net.http.HttpClient;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.IntConsumer;
import java.util.function.Supplier;

/**
 * Renders a 10,000-element screen headless (a 1440×900 view) and prints one JSON line of medians
 * in milliseconds, zoomed to fit and at 100 %:
 * <ul>
 * <li>{@code full_*}: the whole view painted from nothing (what every frame cost before the canvas
 * kept its pixels; now what another screen, skin or grid costs);</li>
 * <li>the frames a designer causes: {@code pan_*} (the view moves 40 px, in legs of 32 frames one way
 * then back, so nearly every frame uncovers new area), {@code select_*} (another element selected),
 * {@code drag_*} (the selected element moves 10 px), {@code text_*} (one element's text edited) and
 * {@code hover_*} (the mouse moves onto another element), and {@code zoom_*} (a zoom step: its first
 * frame, and {@code zoom_*_frames} until the view is sharp again).</li>
 * </ul>
 * Each is timed as recorded drawing (FX thread, wall clock; JavaFX rasterises later on its render
 * thread) and as {@code *_snap}: with a snapshot of the whole canvas forcing that rasterisation and
 * the composition of the whole view now, wall clock and {@code *_snap_cpu}, the CPU time of the FX
 * and render threads together (on a loaded machine the wall clock of a snapshot is partly waiting
 * for a core). A snapshot costs something with nothing changed ({@code snapshot_floor}); every
 * {@code *_snap} includes it. {@code pan_*_p90}: the 90th percentile, the pans that uncover a new
 * column of cached squares. Also: a sketch-skin full frame at 100 %, hit-test time, and the
 * megabytes the canvas cache holds at the end.
 * Run (see README):
 * <pre>java -Dglass.platform=Headless -Dprism.order=sw --enable-native-access=ALL-UNNAMED -cp $CP dev.blueline.desktop.bench.CanvasBench</pre>
 */
public final class CanvasBench {
    static final int ELEMENTS = 10_000;
    static final int COLUMNS = 100;
    static final int SAMPLES = 60;

    public static void main(String[] args) throws Exception {
        Platform.startup(() -> {
        });
        Editor[] editor = new Editor[1];
        CanvasView canvas = onFx(() -> {
            ProjectSession session = new ProjectSession(HttpClient.newHttpClient(), "ws://127.0.0.1:1/ws", () -> "t", "bench", new InMemoryPendingStore("bench"),
                    document(), 0, Runnable::run, new SessionListener() {
                        @Override
                        public void documentChanged(Set<String> ids) {
                            editor[0].fireChanged(ids);
                        }
                    });
            editor[0] = new Editor(session);
            CanvasView c = new CanvasView(editor[0]);
            editor[0].showScreen("s1");
            Stage stage = new Stage();
            stage.setScene(new Scene(c, 1440, 900));
            stage.show();
            c.fitScreen();
            return c;
        });
        Editor e = editor[0];
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("elements", ELEMENTS);

        onFx(() -> {
            canvas.fitScreen();
            return null;
        });
        Frames floor = times(canvas, i -> {
        }, true);
        out.put("snapshot_floor_ms", ms(floor.wall(0.5)));
        out.put("snapshot_floor_cpu_ms", ms(floor.cpu(0.5)));
        frames(out, "fit", canvas, e, 0, 0);

        onFx(() -> {
            e.viewport().zoomProperty().set(1);
            e.viewport().originXProperty().set(4000);
            e.viewport().originYProperty().set(2000);
            return null;
        });
        settle(canvas);
        // elements on screen at this viewport: columns 28..38, rows 40..57
        frames(out, "100", canvas, e, 30, 44);

        onFx(() -> {
            e.sketchProperty().set(true);
            return null;
        });
        out.put("sketch_full_100_ms", ms(median(20, () -> onFx(() -> {
            canvas.paintAllNow();
            return canvas.lastPaintNanos();
        }))));

        Random rnd = new Random(7);
        out.put("hit_test_us", median(15, () -> onFx(() -> {
            long t0 = System.nanoTime();
            int n = 20_000;
            for (int i = 0; i < n; i++) canvas.scene().topAt(rnd.nextDouble() * 14_000, rnd.nextDouble() * 5_000);
            return (System.nanoTime() - t0) / n;
        })) / 1e3);
        out.put("cache_mb", onFx(() -> cacheBytes(canvas) / 1e6));

        StringBuilder json = new StringBuilder("{");
        out.forEach((k, v) -> json.append(json.length() > 1 ? "," : "").append('"').append(k).append("\":")
                .append(v instanceof Double d ? String.format(Locale.ROOT, "%.2f", d) : v));
        System.out.println(json.append('}'));
        Platform.exit();
        // the session's reconnect timer would keep the JVM alive
        System.exit(0);
    }

    /** The full redraw and the realistic frames at the current zoom; {@code col, row}: a cell of the grid of elements in view. */
    static void frames(Map<String, Object> out, String zoom, CanvasView canvas, Editor e, int col, int row) throws Exception {
        out.put("full_" + zoom + "_ms", ms(median(40, () -> onFx(() -> {
            canvas.paintAllNow();
            return canvas.lastPaintNanos();
        }))));
        out.put("drawn_" + zoom, onFx(canvas::lastDrawn));
        Frames full = times(canvas, i -> canvas.repaintAll(), true);
        out.put("full_" + zoom + "_snap_ms", ms(full.wall(0.5)));
        out.put("full_" + zoom + "_snap_cpu_ms", ms(full.cpu(0.5)));

        double z = onFx(() -> e.viewport().zoom());
        IntConsumer pan = i -> e.viewport().originXProperty().set(e.viewport().originXProperty().get() + ((i / 32) % 2 == 0 ? 40 : -40) / z);
        Frames pans = times(canvas, pan, false);
        out.put("pan_" + zoom + "_ms", ms(pans.wall(0.5)));
        out.put("pan_" + zoom + "_p90_ms", ms(pans.wall(0.9)));
        Frames pansSnap = times(canvas, pan, true);
        out.put("pan_" + zoom + "_snap_ms", ms(pansSnap.wall(0.5)));
        out.put("pan_" + zoom + "_snap_cpu_ms", ms(pansSnap.cpu(0.5)));
        out.put("pan_" + zoom + "_snap_cpu_p90_ms", ms(pansSnap.cpu(0.9)));

        IntConsumer select = i -> e.select(List.of(id(col + i % 7, row + i % 5)));
        timed(out, "select_" + zoom, canvas, select);

        String dragged = id(col + 2, row + 2);
        String typed = id(col + 4, row + 1);
        onFx(() -> {
            e.select(List.of(dragged));
            return null;
        });
        IntConsumer drag = i -> e.submit(List.of(Put.on(dragged).set(Props.X, e.doc().number(dragged, Props.X) + (i % 2 == 0 ? 10 : -10)).build()), true);
        timed(out, "drag_" + zoom, canvas, drag);

        IntConsumer text = i -> e.submit(List.of(Put.on(typed).set(Props.TEXT, "Edited " + (i % 10)).build()), true);
        timed(out, "text_" + zoom, canvas, text);

        IntConsumer hover = i -> {
            String over = id(col + i % 7, row + 3);
            double vx = e.viewport().toViewX(e.doc().number(over, Props.X) + 20), vy = e.viewport().toViewY(e.doc().number(over, Props.Y) + 10);
            canvas.fireEvent(new MouseEvent(MouseEvent.MOUSE_MOVED, vx, vy, vx, vy, MouseButton.NONE, 0,
                    false, false, false, false, false, false, false, false, false, false, null));
        };
        timed(out, "hover_" + zoom, canvas, hover);
        zoomSteps(out, zoom, canvas, e);
    }

    /**
     * Zoom steps (×1.25, then back) about the middle of the view, each let finish before the next:
     * {@code zoom_*_ms}, the frame right after the step (the old pixels scaled, the squares nearest
     * the middle painted within the frame budget), and {@code zoom_*_frames}, how many frames until
     * the view is sharp again. Ends at the zoom it started at.
     */
    static void zoomSteps(Map<String, Object> out, String zoom, CanvasView canvas, Editor e) throws Exception {
        settle(canvas);
        long[] first = new long[SAMPLES], frames = new long[SAMPLES];
        for (int i = -5; i < SAMPLES; i++) {
            int step = i;
            long[] took = onFx(() -> {
                double w = canvas.getWidth(), h = canvas.getHeight();
                long t0 = System.nanoTime();
                e.viewport().zoomAt((step & 1) == 0 ? 1.25 : 1 / 1.25, w / 2, h / 2);
                canvas.paintIfNeeded();
                long t1 = System.nanoTime();
                long n = 1;
                while (canvas.sharpening() && n < 1_000) {
                    canvas.paintIfNeeded();
                    n++;
                }
                return new long[]{t1 - t0, n};
            });
            if (i >= 0) {
                first[i] = took[0];
                frames[i] = took[1];
            }
        }
        Arrays.sort(first);
        Arrays.sort(frames);
        out.put("zoom_" + zoom + "_ms", ms(at(first, 0.5)));
        out.put("zoom_" + zoom + "_p90_ms", ms(at(first, 0.9)));
        out.put("zoom_" + zoom + "_frames", frames[SAMPLES / 2]);
    }

    static void timed(Map<String, Object> out, String name, CanvasView canvas, IntConsumer change) throws Exception {
        out.put(name + "_ms", ms(times(canvas, change, false).wall(0.5)));
        Frames snap = times(canvas, change, true);
        out.put(name + "_snap_ms", ms(snap.wall(0.5)));
        out.put(name + "_snap_cpu_ms", ms(snap.cpu(0.5)));
    }

    /** Sorted times of frames: wall-clock time on the FX thread, and CPU time of the FX and render threads together. */
    record Frames(long[] wall, long[] cpu) {
        double wall(double q) {
            return at(wall, q);
        }

        double cpu(double q) {
            return at(cpu, q);
        }
    }

    private static int step;

    /**
     * Times frames: the change, the paint, and with {@code snapshot} the rasterisation forced by a
     * snapshot. The wall-clock time of a snapshot includes waiting for the render thread, which on a
     * loaded machine is mostly waiting for a core; the CPU time of both threads is the work itself
     * (including any pulse the render thread draws meanwhile).
     */
    static Frames times(CanvasView canvas, IntConsumer change, boolean snapshot) throws Exception {
        settle(canvas);
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long renderer = Thread.getAllStackTraces().keySet().stream().filter(t -> t.getName().startsWith("QuantumRenderer"))
                .findFirst().orElseThrow().threadId();
        int n = SAMPLES;
        long[] wall = new long[n], cpu = new long[n];
        for (int i = -5; i < n; i++) {
            long r0 = threads.getThreadCpuTime(renderer);
            long[] took = onFx(() -> {
                long c0 = threads.getCurrentThreadCpuTime(), t0 = System.nanoTime();
                change.accept(step++);
                canvas.paintIfNeeded();
                if (snapshot) snap(canvas);
                return new long[]{System.nanoTime() - t0, threads.getCurrentThreadCpuTime() - c0};
            });
            if (i >= 0) {
                wall[i] = took[0];
                cpu[i] = took[1] + threads.getThreadCpuTime(renderer) - r0;
            }
        }
        Arrays.sort(wall);
        Arrays.sort(cpu);
        return new Frames(wall, cpu);
    }

    /** Lets the previous phase's drawing reach the pixels so it is not counted in the next. */
    static void settle(CanvasView canvas) throws Exception {
        onFx(() -> {
            canvas.paintIfNeeded();
            snap(canvas);
            return null;
        });
    }

    private static WritableImage target;

    /**
     * A snapshot of the whole canvas into the same image each time: it makes JavaFX rasterise what
     * was drawn and compose the view, without allocating 10 MB of buffers per frame (whose garbage
     * collection would be measured instead).
     */
    static void snap(CanvasView canvas) {
        int w = (int) Math.ceil(canvas.getWidth()), h = (int) Math.ceil(canvas.getHeight());
        if (target == null || target.getWidth() != w || target.getHeight() != h) target = new WritableImage(w, h);
        canvas.snapshot(null, target);
    }

    static double at(long[] sorted, double q) {
        return sorted[Math.min(sorted.length - 1, (int) (sorted.length * q))];
    }

    static double ms(double nanos) {
        return nanos / 1e6;
    }

    static String id(int col, int row) {
        return "e" + (row * COLUMNS + col);
    }

    /** What the canvas cache holds, when the canvas has one (0 before it did). */
    static long cacheBytes(CanvasView canvas) {
        try {
            return (long) CanvasView.class.getMethod("cacheBytes").invoke(canvas);
        } catch (ReflectiveOperationException ex) {
            return 0;
        }
    }

    /** 10,000 elements of every control type (containers aside) in a grid on one big screen. */
    static Document document() {
        List<ControlType> types = Catalog.all().stream().filter(t -> !t.container() && !t.id().equals(Catalog.COMPONENT)).toList();
        Document doc = new Document();
        ChangeValidator v = new ChangeValidator();
        List<Put> ops = new ArrayList<>();
        ops.add(Put.on("s1").set("kind", "screen").set("name", "Big").set("w", COLUMNS * 140.0).set("h", (ELEMENTS / COLUMNS) * 50.0)
                .set("order", "a0").build());
        String order = FractionalIndex.first();
        for (int i = 0; i < ELEMENTS; i++) {
            ControlType t = types.get(i % types.size());
            order = FractionalIndex.after(order);
            Put.Builder b = Put.on("e" + i).set("kind", "element").set("type", t.id()).set("screen", "s1").set("order", order)
                    .set("x", (i % COLUMNS) * 140.0 + 10).set("y", (i / COLUMNS) * 50.0 + 5).set("w", 120.0).set("h", 40.0);
            if (!t.defaultText().isEmpty()) b.set(Props.TEXT, t.defaultText().length() > 40 ? t.defaultText().substring(0, 40) : t.defaultText());
            ops.add(b.build());
            if (ops.size() == 1000) {
                check(v.apply(doc, ops));
                ops.clear();
            }
        }
        check(v.apply(doc, ops));
        return doc;
    }

    private static void check(Object rejection) {
        if (rejection != null) throw new IllegalStateException(rejection.toString());
    }

    static <T> T onFx(Supplier<T> s) throws Exception {
        CompletableFuture<T> f = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                f.complete(s.get());
            } catch (Throwable t) {
                f.completeExceptionally(t);
            }
        });
        return f.get(60, TimeUnit.SECONDS);
    }

    interface Sample {
        long take() throws Exception;
    }

    static double median(int n, Sample s) throws Exception {
        for (int i = 0; i < 5; i++) s.take();
        long[] t = new long[n];
        for (int i = 0; i < n; i++) t[i] = s.take();
        Arrays.sort(t);
        return t[n / 2];
    }

    private CanvasBench() {
    }
}
