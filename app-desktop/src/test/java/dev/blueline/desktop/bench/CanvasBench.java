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
import javafx.stage.Stage;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * Renders a 10,000-element screen headless and prints one JSON line of medians: a full frame
 * zoomed to fit and at 100 %, a frame while dragging one element at 100 % (what the user sees
 * most), a sketch-skin frame at 100 %, and hit-test time. Run:
 * <pre>mvn -q -pl app-desktop test-compile exec:exec -Dexec.executable=java -Dexec.classpathScope=test \
 *   -Dexec.args="-Dglass.platform=Headless -Dprism.order=sw --enable-native-access=ALL-UNNAMED -cp %classpath dev.blueline.desktop.bench.CanvasBench"</pre>
 */
public final class CanvasBench {
    static final int ELEMENTS = 10_000;
    static final int COLUMNS = 100;

    public static void main(String[] args) throws Exception {
        Platform.startup(() -> {
        });
        Editor[] editor = new Editor[1];
        CanvasView canvas = onFx(() -> {
            ProjectSession session = new ProjectSession("ws://127.0.0.1:1/ws", () -> "t", "bench", new InMemoryPendingStore("bench"),
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

        double fit = median(40, () -> onFx(() -> {
            canvas.paintAllNow();
            return canvas.lastPaintNanos();
        }));
        int drawnFit = onFx(canvas::lastDrawn);
        // recording the drawing is half of a frame; JavaFX rasterises it later on its render thread.
        // A snapshot forces that rasterisation now, so this is closer to what the user waits for.
        double fitRaster = median(20, () -> onFx(() -> {
            long t0 = System.nanoTime();
            canvas.paintAllNow();
            canvas.snapshot(null, null);
            return System.nanoTime() - t0;
        }));

        onFx(() -> {
            e.viewport().zoomProperty().set(1);
            e.viewport().originXProperty().set(4000);
            e.viewport().originYProperty().set(2000);
            return null;
        });
        double actual = median(40, () -> onFx(() -> {
            canvas.paintAllNow();
            return canvas.lastPaintNanos();
        }));
        int drawnActual = onFx(canvas::lastDrawn);
        double actualRaster = median(20, () -> onFx(() -> {
            long t0 = System.nanoTime();
            canvas.paintAllNow();
            canvas.snapshot(null, null);
            return System.nanoTime() - t0;
        }));

        // a drag: one element moves a few pixels per frame; the canvas repaints only around it
        String dragged = "e" + (20 * COLUMNS + 30); // on screen at this viewport
        int[] step = {0};
        double drag = median(60, () -> onFx(() -> {
            long t0 = System.nanoTime();
            double x = e.doc().number(dragged, Props.X) + (step[0]++ % 2 == 0 ? 3 : -3);
            e.submit(List.of(Put.on(dragged).set(Props.X, x).build()), true);
            canvas.paintIfNeeded();
            return System.nanoTime() - t0;
        }));

        onFx(() -> {
            e.sketchProperty().set(true);
            return null;
        });
        double sketch = median(20, () -> onFx(() -> {
            canvas.paintAllNow();
            return canvas.lastPaintNanos();
        }));

        Random rnd = new Random(7);
        double hit = median(15, () -> onFx(() -> {
            long t0 = System.nanoTime();
            int n = 20_000;
            for (int i = 0; i < n; i++) canvas.scene().topAt(rnd.nextDouble() * 14_000, rnd.nextDouble() * 5_000);
            return (System.nanoTime() - t0) / n;
        }));

        System.out.println(String.format(Locale.ROOT,
                "{\"elements\":%d,\"frame_fit_ms\":%.2f,\"frame_fit_with_raster_ms\":%.2f,\"drawn_fit\":%d,\"frame_100_ms\":%.2f,"
                        + "\"frame_100_with_raster_ms\":%.2f,\"drawn_100\":%d,"
                        + "\"drag_frame_100_ms\":%.2f,\"sketch_frame_100_ms\":%.2f,\"hit_test_us\":%.2f}",
                ELEMENTS, fit / 1e6, fitRaster / 1e6, drawnFit, actual / 1e6, actualRaster / 1e6, drawnActual, drag / 1e6, sketch / 1e6, hit / 1e3));
        Platform.exit();
        // the session's reconnect timer would keep the JVM alive
        System.exit(0);
    }

    /** 10,000 elements of every control type on one big screen, some inside panels. */
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
