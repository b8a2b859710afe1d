package dev.blueline.desktop.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.blueline.desktop.session.ProjectSession;
import dev.blueline.desktop.session.SessionListener;
import dev.blueline.desktop.shell.AppHarness;
import dev.blueline.model.document.Document;
import dev.blueline.model.document.Props;
import dev.blueline.model.ops.Put;
import dev.blueline.model.protocol.Codec;
import dev.blueline.model.sync.InMemoryPendingStore;
import dev.blueline.model.sync.SyncClient;
import dev.blueline.server.Host;
import dev.blueline.server.config.HostConfig;
import dev.blueline.server.tls.PinnedTrust;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Writer;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * Edit-to-remote-render latency: how long after a designer's edit the teammates who joined the
 * session see it on their canvas. A real host serving TLS (as a LAN session does, on loopback
 * here), N joined apps as separate JVMs ({@link CollabBenchApp}: the real app joined with the invite
 * link, an editor window showing the screen, its canvas painting on the headless platform), and one
 * editing client (the desktop's {@link ProjectSession}, as an editor window uses it) in this JVM.
 * The editor moves one element at a steady pace, each edit to a place of its own; after a warm-up,
 * every edit in every app is timed
 * <ul>
 *   <li>{@code edit_to_received}: from the edit being submitted to the app's session having applied
 *   it (on the app's FX thread: the host's relay, TLS, decoding, and the wait for the FX thread);</li>
 *   <li>{@code received_to_paint}: from there to the app's canvas having painted it (the wait for the
 *   next pulse, and the paint); {@code edit_to_paint} is the two together, the headline figure;</li>
 *   <li>{@code paint_to_frame}: from there to JavaFX's render thread having finished the frame (the
 *   rest of the pulse, layout and all, and rasterising; on the headless platform that includes
 *   copying the whole window's pixels, which a real window does not do the same way).</li>
 * </ul>
 * Times are {@link System#nanoTime()} taken in different processes: on Linux it is CLOCK_MONOTONIC,
 * one clock for the whole machine, so they compare across processes (not across machines). Also
 * reported: the CPU the apps and this JVM used while edits were timed. Fails when any edit never
 * reaches an app or is never painted there. Prints one JSON line, times in ms.
 * Run it with {@code scripts/bench-collab [apps] [edits] [edits per second]}.
 */
public final class CollabLatencyBench {
    static final String MOVER = "bench-mover";
    private static final int COLUMNS = 60, ROWS = 40;
    private static final ObjectMapper JSON = new Codec().mapper();
    private static final Duration START_WAIT = Duration.ofMinutes(5);

    /** {@code warmup} edits, not counted, then {@code edits} timed ones, {@code perSecond} a second. */
    public record Config(int apps, int warmup, int edits, int perSecond) {
    }

    /**
     * When each edit (warm-up first) was submitted, and per app when its session applied it, its
     * canvas painted it and the frame was rendered (0: never).
     */
    public record Timings(long[] submitted, List<long[]> received, List<long[]> painted, List<long[]> rendered) {
        /** "app-2: 2 of 350 edits never arrived or were never painted, the first [17, 18]", one line per app that misses any. */
        List<String> missing() {
            List<String> out = new ArrayList<>();
            for (int a = 0; a < received.size(); a++) {
                List<Integer> gone = new ArrayList<>();
                for (int k = 0; k < submitted.length; k++) {
                    if (received.get(a)[k] == 0 || painted.get(a)[k] == 0 || rendered.get(a)[k] == 0) gone.add(k);
                }
                if (!gone.isEmpty()) out.add("app-" + (a + 1) + ": " + gone.size() + " of " + submitted.length
                        + " edits never arrived or were never painted, the first " + gone.subList(0, Math.min(10, gone.size())));
            }
            return out;
        }

        /** The timings of one app. */
        Timings app(int a) {
            return new Timings(submitted, List.of(received.get(a)), List.of(painted.get(a)), List.of(rendered.get(a)));
        }

        /** Milliseconds from one stage to another ({@link Stage}) of the edits from {@code first} on, all apps together. */
        double[] ms(Stage from, Stage to, int first) {
            double[] out = new double[(submitted.length - first) * received.size()];
            int i = 0;
            for (int a = 0; a < received.size(); a++) {
                for (int k = first; k < submitted.length; k++) out[i++] = (at(to, a, k) - at(from, a, k)) / 1e6;
            }
            return out;
        }

        private long at(Stage s, int a, int k) {
            return switch (s) {
                case SUBMITTED -> submitted[k];
                case RECEIVED -> received.get(a)[k];
                case PAINTED -> painted.get(a)[k];
                case RENDERED -> rendered.get(a)[k];
            };
        }
    }

    /** Where an edit is on its way to a teammate's screen. */
    enum Stage { SUBMITTED, RECEIVED, PAINTED, RENDERED }

    public static void main(String[] args) throws Exception {
        Config c = new Config(args.length > 0 ? Integer.parseInt(args[0]) : 10, 50,
                args.length > 1 ? Integer.parseInt(args[1]) : 300, args.length > 2 ? Integer.parseInt(args[2]) : 10);
        String load = loadAverage();
        Run r = run(c);
        Timings t = r.timings;
        int w = c.warmup();
        System.out.println(String.format(Locale.ROOT,
                "{\"apps\":%d,\"edits\":%d,\"warmup\":%d,\"edits_per_s\":%d,\"edit_to_paint_ms\":%s,\"edit_to_received_ms\":%s,"
                        + "\"received_to_paint_ms\":%s,\"edit_to_frame_ms\":%s,\"paint_to_frame_ms\":%s,\"per_app_p50_ms\":%s,\"per_app_p99_ms\":%s,"
                        + "\"apps_cpu_cores\":%.2f,\"host_and_editor_cpu_cores\":%.2f,\"cpu\":\"%s\",\"cores\":%d,\"load_before\":\"%s\",\"load_after\":\"%s\"}",
                c.apps(), c.edits(), w, c.perSecond(), stats(t.ms(Stage.SUBMITTED, Stage.PAINTED, w)), stats(t.ms(Stage.SUBMITTED, Stage.RECEIVED, w)),
                stats(t.ms(Stage.RECEIVED, Stage.PAINTED, w)), stats(t.ms(Stage.SUBMITTED, Stage.RENDERED, w)), stats(t.ms(Stage.PAINTED, Stage.RENDERED, w)),
                perApp(t, c, 0.50), perApp(t, c, 0.99), r.appsCpuCores, r.ownCpuCores, cpuModel(),
                Runtime.getRuntime().availableProcessors(), load, loadAverage()));
    }

    /** The timings, and the CPU the apps and this JVM (host and editor) used while edits were timed, in cores. */
    record Run(Timings timings, double appsCpuCores, double ownCpuCores) {
    }

    /** Runs the benchmark with the apps on this JVM's class path and the app's JVM options. */
    static Run run(Config c) throws Exception {
        Path dir = Files.createTempDirectory("blueline-collab");
        try (Host host = Host.start(HostConfig.local(dir.resolve("host")).withTls(true).withLimits(joinsForAll(c.apps())))) {
            return run(c, host, dir);
        } finally {
            AppHarness.deleteTree(dir);
        }
    }

    private static Run run(Config c, Host host, Path dir) throws Exception {
        Api api = new Api(host);
        api.call("POST", "/api/v1/auth/register", null, Map.of("email", "ada@example.com", "password", "correct horse battery", "name", "Ada"));
        String token = api.call("POST", "/api/v1/auth/login", null, Map.of("email", "ada@example.com", "password", "correct horse battery"))
                .get("accessToken").asText();
        String project = api.call("POST", "/api/v1/projects", token, Map.of("name", "Latency")).get("id").asText();
        String screen = api.call("POST", "/api/v1/wireframes", token, Map.of("projectId", project, "name", "Home", "width", 1440, "height", 900))
                .get("id").asText();
        String link = api.call("POST", "/api/v1/projects/" + project + "/invites", token, Map.of("role", "editor")).get("link").asText();

        ScheduledExecutorService editorThread = Executors.newSingleThreadScheduledExecutor(Thread.ofPlatform().name("bench-editor").factory());
        ProjectSession editor = new ProjectSession(api.http, host.wsUrl(), () -> token, project, new InMemoryPendingStore("bench-editor"),
                new Document(), 0, editorThread, new SessionListener() {
        });
        List<AppProcess> apps = new ArrayList<>();
        boolean finished = false;
        try {
            editorThread.submit(editor::start).get();
            await("the editing client is online", () -> editorThread.submit(() -> editor.sync().isOnline()).get());
            editorThread.submit(() -> editor.submit(place(screen))).get();

            // two at a time: ten JVMs starting at once on two cores starve the host past the join's 5 s connect timeout
            for (int a = 1; a <= c.apps(); a++) {
                apps.add(AppProcess.start("app-" + a, link, dir.resolve("app-" + a)));
                if (a % 2 == 0 || a == c.apps()) for (AppProcess app : apps.subList((a - 1) / 2 * 2, a)) app.expect("ready", START_WAIT);
            }

            int total = c.warmup() + c.edits();
            long[] submitted = new long[total];
            long[] appsCpuAtStart = new long[c.apps()];
            long[] ownCpuAtStart = new long[1];
            long[] wallAtStart = new long[1];
            CompletableFuture<Void> sent = new CompletableFuture<>();
            int[] next = {0};
            ScheduledFuture<?> pace = editorThread.scheduleAtFixedRate(() -> {
                try {
                    if (sent.isDone()) return;
                    int k = next[0]++;
                    if (k == c.warmup()) {
                        for (int a = 0; a < apps.size(); a++) appsCpuAtStart[a] = apps.get(a).cpuNanos();
                        ownCpuAtStart[0] = ownCpuNanos();
                        wallAtStart[0] = System.nanoTime();
                    }
                    submitted[k] = System.nanoTime();
                    if (editor.submit(move(k)) instanceof SyncClient.Submitted.Refused r) {
                        sent.completeExceptionally(new IllegalStateException("edit " + k + " was refused: " + r.rejection().message()));
                    } else if (k == total - 1) {
                        sent.complete(null);
                    }
                } catch (RuntimeException e) {
                    sent.completeExceptionally(e);
                }
            }, 0, 1_000_000_000L / c.perSecond(), TimeUnit.NANOSECONDS);
            sent.get(total / c.perSecond() + 120, TimeUnit.SECONDS);
            pace.cancel(false);
            long wall = System.nanoTime() - wallAtStart[0];
            long appsCpu = 0;
            for (int a = 0; a < apps.size(); a++) appsCpu += apps.get(a).cpuNanos() - appsCpuAtStart[a];
            long ownCpu = ownCpuNanos() - ownCpuAtStart[0];

            for (AppProcess app : apps) app.send("report " + total);
            List<long[]> received = new ArrayList<>(), painted = new ArrayList<>(), rendered = new ArrayList<>();
            for (AppProcess app : apps) {
                long[] r = new long[total], p = new long[total], f = new long[total];
                for (String line; !(line = app.next(Duration.ofSeconds(60))).equals("done"); ) {
                    String[] word = line.split(" ");
                    if (!word[0].equals("edit")) throw new IllegalStateException(app.name + " said " + line);
                    int k = Integer.parseInt(word[1]);
                    r[k] = Long.parseLong(word[2]);
                    p[k] = Long.parseLong(word[3]);
                    f[k] = Long.parseLong(word[4]);
                }
                received.add(r);
                painted.add(p);
                rendered.add(f);
            }
            Timings t = new Timings(submitted, received, painted, rendered);
            List<String> missing = t.missing();
            if (!missing.isEmpty()) throw new IllegalStateException("edits went missing:\n" + String.join("\n", missing));
            finished = true;
            return new Run(t, (double) appsCpu / wall, (double) ownCpu / wall);
        } finally {
            for (AppProcess app : apps) app.stop(finished);
            editor.close();
            editorThread.shutdown();
        }
    }

    /** The element the edits move, placed where no edit puts it. */
    static List<Put> place(String screen) {
        return List.of(Put.on(MOVER).set(Props.KIND, "element").set(Props.TYPE, "button").set(Props.SCREEN, screen).set(Props.ORDER, "a0")
                .set(Props.X, 10.0).set(Props.Y, 10.0).set(Props.W, 160.0).set(Props.H, 40.0).set(Props.TEXT, "Moved by Ada").build());
    }

    /** Edit {@code k} moves the element to a place of its own on the screen (a grid of 60 × 40 places, 20 px apart). */
    static List<Put> move(int k) {
        if (k < 0 || k >= COLUMNS * ROWS) throw new IllegalArgumentException("at most " + COLUMNS * ROWS + " edits");
        return List.of(Put.on(MOVER).set(Props.X, 40.0 + 20 * (k % COLUMNS)).set(Props.Y, 40.0 + 20 * (k / COLUMNS)).build());
    }

    /** Which edit moved the element where it is, or -1 before the first ({@link #move} the other way). */
    static int editOf(Document doc) {
        double x = doc.number(MOVER, Props.X), y = doc.number(MOVER, Props.Y);
        if (!(x >= 40 && y >= 40)) return -1; // also when not there (NaN)
        return (int) Math.round((y - 40) / 20) * COLUMNS + (int) Math.round((x - 40) / 20);
    }

    /** All apps join from one address within a minute: the bench's host allows that many joins (the default allows 10). */
    private static HostConfig.Limits joinsForAll(int apps) {
        HostConfig.Limits d = HostConfig.Limits.DEFAULT;
        return new HostConfig.Limits(d.maxBodyBytes(), d.maxFrameBytes(), d.messagesPerSecond(), d.outgoingQueueFrames(),
                Math.max(d.loginAttemptsPerMinute(), apps + 2));
    }

    /** One joined app's JVM, started as {@code ./blueline} starts the app (its JVM options, headless here). */
    private static final class AppProcess {
        private final String name;
        private final Process process;
        private final BlockingQueue<String> said = new LinkedBlockingQueue<>();
        private final ArrayDeque<String> tail = new ArrayDeque<>();

        private AppProcess(String name, Process process) {
            this.name = name;
            this.process = process;
            Thread.ofPlatform().daemon(true).name(name + "-out").start(this::read);
        }

        static AppProcess start(String name, String link, Path home) throws IOException {
            List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "@" + jvmOptions(), "-Dglass.platform=Headless", "-Dprism.order=sw", "-Djava.awt.headless=true",
                    "-Dblueline.home=" + home, "-cp", System.getProperty("java.class.path"),
                    CollabBenchApp.class.getName(), link, name, home.toString()));
            return new AppProcess(name, new ProcessBuilder(cmd).redirectErrorStream(true).start());
        }

        private void read() {
            try (BufferedReader r = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line; (line = r.readLine()) != null; ) {
                    if (line.startsWith(CollabBenchApp.PREFIX)) said.add(line.substring(CollabBenchApp.PREFIX.length()));
                    else synchronized (tail) {
                        tail.addLast(line);
                        if (tail.size() > 200) tail.removeFirst();
                    }
                }
            } catch (IOException e) {
                synchronized (tail) {
                    tail.addLast("(reading its output failed: " + e + ")");
                }
            }
            said.add("(exited)");
        }

        String next(Duration wait) throws InterruptedException {
            String line = said.poll(wait.toMillis(), TimeUnit.MILLISECONDS);
            if (line == null || line.equals("(exited)")) {
                synchronized (tail) {
                    throw new IllegalStateException(name + (line == null ? " said nothing for " + wait : " exited") + "; its last output:\n"
                            + String.join("\n", tail));
                }
            }
            return line;
        }

        void expect(String what, Duration wait) throws InterruptedException {
            String line = next(wait);
            if (!line.equals(what)) throw new IllegalStateException(name + " said '" + line + "', not '" + what + "'");
        }

        void send(String line) throws IOException {
            Writer w = process.outputWriter(StandardCharsets.UTF_8);
            w.write(line + "\n");
            w.flush();
        }

        long cpuNanos() {
            return process.info().totalCpuDuration().map(Duration::toNanos).orElse(0L);
        }

        /** Waits for the app to quit after its report (a while), or ends it now when the run failed. */
        void stop(boolean reported) throws InterruptedException {
            if (!reported || !process.waitFor(30, TimeUnit.SECONDS)) process.destroyForcibly().waitFor();
        }
    }

    /** The host's REST API over TLS pinned to its certificate, as a teammate's app reaches it. */
    private static final class Api {
        final Host host;
        final HttpClient http;

        Api(Host host) {
            this.host = host;
            this.http = HttpClient.newBuilder().sslContext(PinnedTrust.context(host.fingerprint())).build();
        }

        JsonNode call(String method, String path, String token, Object body) throws IOException, InterruptedException {
            HttpRequest.Builder r = HttpRequest.newBuilder(URI.create(host.url() + path)).header("Content-Type", "application/json")
                    .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)));
            if (token != null) r.header("Authorization", "Bearer " + token);
            HttpResponse<String> reply = http.send(r.build(), HttpResponse.BodyHandlers.ofString());
            if (reply.statusCode() / 100 != 2) throw new IllegalStateException(method + " " + path + ": " + reply.statusCode() + " " + reply.body());
            return JSON.readTree(reply.body());
        }
    }

    private interface Check {
        boolean holds() throws Exception;
    }

    private static void await(String what, Check check) throws Exception {
        long deadline = System.nanoTime() + START_WAIT.toNanos();
        while (!check.holds()) {
            if (System.nanoTime() > deadline) throw new IllegalStateException("timed out waiting until " + what);
            Thread.sleep(20);
        }
    }

    /** The app's JVM options ({@code app-desktop/jvm.options}), from the project's root or from app-desktop. */
    private static Path jvmOptions() {
        for (Path p : List.of(Path.of("app-desktop", "jvm.options"), Path.of("jvm.options"))) {
            if (Files.isRegularFile(p)) return p.toAbsolutePath();
        }
        throw new IllegalStateException("app-desktop/jvm.options not found: run from the project's root");
    }

    /** {"p50":…,"p90":…,"p99":…,"max":…,"count":…} of these times in ms. */
    static String stats(double[] ms) {
        double[] s = ms.clone();
        Arrays.sort(s);
        return String.format(Locale.ROOT, "{\"p50\":%.2f,\"p90\":%.2f,\"p99\":%.2f,\"max\":%.2f,\"count\":%d}",
                percentile(s, 0.50), percentile(s, 0.90), percentile(s, 0.99), s[s.length - 1], s.length);
    }

    /** Nearest rank of a sorted array. */
    static double percentile(double[] sorted, double q) {
        return sorted[Math.max(0, (int) Math.ceil(q * sorted.length) - 1)];
    }

    private static String perApp(Timings t, Config c, double q) {
        List<String> out = new ArrayList<>();
        for (int a = 0; a < c.apps(); a++) {
            double[] total = t.app(a).ms(Stage.SUBMITTED, Stage.PAINTED, c.warmup());
            Arrays.sort(total);
            out.add(String.format(Locale.ROOT, "%.1f", percentile(total, q)));
        }
        return "[" + String.join(",", out) + "]";
    }

    private static long ownCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }

    private static String cpuModel() throws IOException {
        return Files.readAllLines(Path.of("/proc/cpuinfo")).stream().filter(l -> l.startsWith("model name"))
                .map(l -> l.substring(l.indexOf(':') + 1).strip()).findFirst().orElse("unknown").replace("\"", "'");
    }

    private static String loadAverage() throws IOException {
        String[] f = Files.readString(Path.of("/proc/loadavg")).split(" ");
        return f[0] + " " + f[1] + " " + f[2];
    }

    private CollabLatencyBench() {
    }
}
