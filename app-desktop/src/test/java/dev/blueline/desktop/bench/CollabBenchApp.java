package dev.blueline.desktop.bench;

import com.sun.javafx.perf.PerformanceTracker;
import dev.blueline.desktop.BluelineApp;
import dev.blueline.desktop.shell.EditorWindow;
import dev.blueline.desktop.shell.FxWait;
import dev.blueline.desktop.shell.Shell;
import dev.blueline.server.api.JoinLink;
import javafx.application.Platform;
import javafx.stage.Stage;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * One joined app of {@link CollabLatencyBench}, in a JVM of its own: the real app (its own data
 * directory and in-process host, as on a teammate's machine) joins the session with the invite link
 * and shows the shared screen in an editor window, its canvas painting on the headless platform.
 * For every edit of the bench's element (where it moved to says which edit it is) it notes when
 * this app's session applied the change (on the FX thread, where the session works), when the
 * canvas painted it, and when that frame was rendered, in {@link System#nanoTime()}.
 *
 * <p>Talks to the bench over stdin and stdout, in lines starting with {@value #PREFIX}: it says
 * {@code ready} once the editor is ready for input; told {@code report N}, it waits (at most 30 s)
 * until edits 0 to N-1 are rendered, prints {@code edit k received painted rendered} for each edit it saw,
 * then {@code done}, and quits.
 */
public final class CollabBenchApp {
    static final String PREFIX = "bench ";
    private static final Duration READY_WAIT = Duration.ofMinutes(5);
    private static final Duration REPORT_WAIT = Duration.ofSeconds(30);

    /** Edit number to {received, painted, rendered} (0 until it is); the map on the FX thread only. */
    private final Map<Integer, long[]> seen = new HashMap<>();
    /** Applied, not painted yet (FX thread). */
    private final List<long[]> unpainted = new ArrayList<>();
    /** Painted, its frame not rendered yet (FX and render threads, guarded by this). */
    private final List<long[]> unrendered = new ArrayList<>();

    public static void main(String[] args) throws Exception {
        if (args.length != 3) throw new IllegalArgumentException("usage: CollabBenchApp <invite link> <name> <data directory>");
        try {
            new CollabBenchApp().run(JoinLink.parse(args[0]), args[1], Path.of(args[2]));
        } catch (Exception | Error e) {
            e.printStackTrace();
            System.exit(1); // the toolkit's threads would keep the JVM alive
        }
        System.exit(0);
    }

    private void run(JoinLink link, String name, Path home) throws Exception {
        CompletableFuture<Shell> shell = new CompletableFuture<>();
        CompletableFuture<EditorWindow> window = new CompletableFuture<>();
        Platform.startup(() -> {
            BluelineApp app = new BluelineApp(home, () -> { });
            app.start(new Stage());
            app.shell().thenCompose(s -> {
                shell.complete(s);
                return s.join(link, name);
            }).whenComplete((w, failure) -> {
                if (failure != null) window.completeExceptionally(failure);
                else window.complete(w);
            });
        });
        EditorWindow w = window.get(READY_WAIT.toSeconds(), TimeUnit.SECONDS);
        Platform.runLater(() -> watch(w));
        if (!FxWait.until(w::isReady, READY_WAIT).get()) throw new IllegalStateException(name + ": the editor was not ready within " + READY_WAIT);
        say("ready");

        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        String line = in.readLine();
        if (line == null || !line.startsWith("report ")) throw new IllegalStateException(name + ": expected 'report N' from the bench, got " + line);
        int edits = Integer.parseInt(line.substring("report ".length()).strip());
        FxWait.until(() -> renderedAll(edits), REPORT_WAIT).get();
        for (String edit : onFx(this::report)) say(edit);
        say("done");
        shell.get().shutdown().get(30, TimeUnit.SECONDS);
        Platform.exit();
    }

    /**
     * Notes when each edit is applied, when the canvas has painted it, and when the frame of that
     * paint is rendered: the first frame JavaFX's render thread finishes after the paint. (Should
     * the previous frame still be rendering when the canvas paints, which a pulse does not wait for,
     * that frame's end is taken: the frame time is then a little early, never late.)
     */
    private void watch(EditorWindow w) {
        w.stage().setWidth(1280);
        w.stage().setHeight(800);
        w.editor().addListener(ids -> {
            if (ids != null && !ids.contains(CollabLatencyBench.MOVER)) return;
            int k = CollabLatencyBench.editOf(w.editor().doc());
            if (k < 0 || seen.containsKey(k)) return;
            long[] times = {System.nanoTime(), 0, 0};
            seen.put(k, times);
            unpainted.add(times);
        });
        w.canvas().addPaintListener(() -> {
            if (unpainted.isEmpty()) return;
            long now = System.nanoTime();
            synchronized (this) {
                for (long[] times : unpainted) times[1] = now;
                unrendered.addAll(unpainted);
            }
            unpainted.clear();
        });
        // JavaFX's own frame counter (com.sun.javafx.perf, reachable with JavaFX on the class path) says when a frame is rendered
        PerformanceTracker.getSceneTracker(w.stage().getScene()).setOnRenderedFrameTask(() -> {
            long now = System.nanoTime();
            synchronized (this) {
                for (long[] times : unrendered) times[2] = now;
                unrendered.clear();
            }
        });
    }

    private synchronized boolean renderedAll(int edits) {
        for (int k = 0; k < edits; k++) {
            long[] times = seen.get(k);
            if (times == null || times[2] == 0) return false;
        }
        return true;
    }

    private synchronized List<String> report() {
        List<String> lines = new ArrayList<>();
        seen.forEach((k, times) -> lines.add("edit " + k + " " + times[0] + " " + times[1] + " " + times[2]));
        return lines;
    }

    private static void say(String what) {
        System.out.println(PREFIX + what);
        System.out.flush();
    }

    private static <T> T onFx(java.util.concurrent.Callable<T> work) throws Exception {
        CompletableFuture<T> f = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                f.complete(work.call());
            } catch (Exception e) {
                f.completeExceptionally(e);
            }
        });
        return f.get(30, TimeUnit.SECONDS);
    }
}
