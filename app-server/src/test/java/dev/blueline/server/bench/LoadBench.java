package dev.blueline.server.bench;

import com.fasterxml.jackson.databind.JsonNode;
import dev.blueline.model.document.Props;
import dev.blueline.model.document.Value;
import dev.blueline.model.ops.Put;
import dev.blueline.model.order.FractionalIndex;
import dev.blueline.model.protocol.Protocol;
import dev.blueline.server.testing.Api;
import org.eclipse.jetty.websocket.api.Callback;
import org.eclipse.jetty.websocket.api.Session;
import org.eclipse.jetty.websocket.client.WebSocketClient;

import java.lang.management.ManagementFactory;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicLongArray;
import java.util.stream.Stream;

/**
 * The host's load benchmark (issue 3, "Proof"): a runnable main, not a unit test. It starts the host
 * as a <b>separate JVM</b> ({@code HostMain serve --port 0 --data <tmp>}, with this process's classpath
 * and the production {@code logback.xml}) so that the host's CPU time (from {@code /proc/<pid>/stat},
 * also split by thread: room, save, jetty, jit, gc, other) is its own, sets up a project over REST (one
 * owner; every WebSocket is a separate client with its own clientId), drives it with real WebSocket
 * clients (Jetty's client, one shared instance; frames are inspected with a few string searches, not
 * parsed) and prints <b>one JSON line</b>.
 *
 * <h2>Modes</h2>
 * <ul>
 *   <li>{@code --mode realtime} (default): N clients ({@code --clients}, 50) in one room; each sends a
 *       1-op move of its own element every 1/{@code --changes-per-sec} s (20) and a presence update
 *       every 1/{@code --presence-per-sec} s (30; 0 turns presence off), paced by one scheduler with
 *       random phase offsets, for {@code --warmup} (5) + {@code --seconds} (20) s. For the changes sent
 *       inside the measured window: delivery latency sender → every other client ({@code latency_ms};
 *       the send time is kept here per clientId + clientSeq, so both ends read the same clock), ack
 *       latency (send → ack, i.e. committed to H2), deliveries/s, acks/s, presence frames received/s,
 *       lost deliveries (expected minus received 1.5 s after the window), host CPU seconds and cores,
 *       host heap ({@code memory.usedBytes} of {@code GET /api/v1/health/detailed}) and RSS, this
 *       process's CPU ({@code bench_cpu_cores}) and what the rest of the machine used meanwhile
 *       ({@code other_cpu_cores}: a busy machine makes the numbers noisy), and {@code errors}
 *       (reject/error frames, unexpected closes, failed sends).</li>
 *   <li>{@code --mode durable-rate}: K clients ({@code --clients}, 8) each keep up to {@code --window}
 *       (200) 1-op changes unacknowledged → {@code durable_changes_per_s} (an ack means committed).
 *       The stock host allows 200 messages/s per connection (resilience4j, 50 per 250 ms, excess
 *       dropped), so against it each client is paced at {@code --per-client-rate} (190) and the result
 *       is capped at K × 190. {@code --ws-limit N} starts {@link BenchHost} instead (the same host, that
 *       limit raised; clients unpaced) to measure the host itself. After the run the host is killed
 *       with SIGKILL and restarted, and a fresh client's welcome must carry the last acknowledged seq
 *       ({@code durable_check}).</li>
 *   <li>{@code --mode load10k}: two projects of {@code --objects} (10,000) elements each, made over REST
 *       ({@code POST /api/v1/projects/{id}/changes}, 500 ops per change); then {@code --restarts} (5)
 *       times: restart the host process (SIGTERM, start), connect a fresh client and time hello →
 *       welcome for the first project ({@code load_ms}: the room loads from H2 in a cold JVM), then for
 *       the second ({@code load_warm_jvm_ms}: loads from H2, the JVM has done it once), then the first
 *       again ({@code welcome_loaded_room_ms}: snapshot only). Medians, and the welcome size in bytes.
 *       {@link LoadProbe} splits the load into its phases in one JVM.</li>
 * </ul>
 * Other flags: {@code --runs R} repeats the scenario with a fresh host each time and prints the median
 * of every number plus {@code all_runs}; {@code --host-jvm-args "..."} adds host JVM flags (a GC, an
 * AOT cache, {@code -XX:StartFlightRecording=...}); {@code --jfr FILE} records the host with JFR
 * ({@code settings=profile}, through jcmd) over the measured window only, summarise it with
 * {@link JfrTop}; {@code --quiet-below C} waits until the rest of the machine uses under C cores;
 * {@code --keep} keeps the temp directory.
 *
 * <h2>Running</h2>
 * Build once from the repository root ({@code mvn -B -q install -DskipTests}), then, e.g.:
 * <pre>
 * mvn -q -pl app-server test-compile exec:exec -Dexec.executable=java -Dexec.classpathScope=test \
 *   -Dexec.args="-Xmx1g -cp %classpath dev.blueline.server.bench.LoadBench --clients 50 --warmup 30"
 * </pre>
 * or with a plain classpath (what the numbers in issue 3 were measured with):
 * <pre>
 * mvn -q -pl app-server test-compile dependency:build-classpath -DincludeScope=test -Dmdep.outputFile=target/bench.cp
 * CP=app-server/target/test-classes:app-server/target/classes:$(cat app-server/target/bench.cp)
 * java -Xmx1g -cp $CP dev.blueline.server.bench.LoadBench --clients 20 --presence-per-sec 0 --warmup 30 --runs 3
 * java -Xmx1g -cp $CP dev.blueline.server.bench.LoadBench --clients 20 --warmup 30 --runs 3
 * java -Xmx1g -cp $CP dev.blueline.server.bench.LoadBench --clients 50 --warmup 30 --runs 3
 * java -Xmx1g -cp $CP dev.blueline.server.bench.LoadBench --mode durable-rate --warmup 15 --runs 3               # stock limits
 * java -Xmx1g -cp $CP dev.blueline.server.bench.LoadBench --mode durable-rate --warmup 15 --ws-limit 1000000 --runs 3
 * java -Xmx1g -cp $CP dev.blueline.server.bench.LoadBench --mode load10k --runs 3
 * java -cp $CP dev.blueline.server.bench.LoadBench --clients 50 --warmup 30 --jfr host.jfr &amp;&amp; java -cp $CP dev.blueline.server.bench.JfrTop host.jfr 30
 * </pre>
 * A warm-up of 30 s is used for steady state: with 5 s the host's JIT compiler still uses 0.2-0.5 of a
 * core during the window. On a machine shared with other work, run it in its own scheduler group with
 * priority ({@code setsid sh -c 'echo -10 > /proc/self/autogroup; exec java ...'}), since with
 * autogroups plain {@code nice} does not help against other sessions.
 */
public final class LoadBench {

    private static final String HOST_MAIN = "dev.blueline.server.HostMain";
    private static final String BENCH_HOST = "dev.blueline.server.bench.BenchHost";
    private static final int RING = 1 << 16;

    record Options(String mode, int clients, double changesPerSec, double presencePerSec, int seconds, int warmup,
                   int runs, List<String> hostJvmArgs, int window, int wsLimit, int objects, int restarts, boolean keep, String jfr, double quietBelow, double perClientRate) {

        static Options parse(String[] args) {
            String mode = "realtime";
            Integer clients = null;
            double changes = 20, presence = 30;
            int seconds = 20, warmup = 5, runs = 1, window = 200, wsLimit = 0, objects = 10_000, restarts = 5;
            List<String> jvm = new ArrayList<>();
            boolean keep = false;
            String jfr = null;
            double quiet = 0;
            Double perClient = null;
            for (int i = 0; i < args.length; i++) {
                String a = args[i];
                switch (a) {
                    case "--mode" -> mode = args[++i];
                    case "--clients" -> clients = Integer.parseInt(args[++i]);
                    case "--changes-per-sec" -> changes = Double.parseDouble(args[++i]);
                    case "--presence-per-sec" -> presence = Double.parseDouble(args[++i]);
                    case "--seconds" -> seconds = Integer.parseInt(args[++i]);
                    case "--warmup" -> warmup = Integer.parseInt(args[++i]);
                    case "--runs" -> runs = Integer.parseInt(args[++i]);
                    case "--window" -> window = Integer.parseInt(args[++i]);
                    case "--ws-limit" -> wsLimit = Integer.parseInt(args[++i]);
                    case "--objects" -> objects = Integer.parseInt(args[++i]);
                    case "--restarts" -> restarts = Integer.parseInt(args[++i]);
                    case "--host-jvm-args" -> jvm.addAll(Arrays.stream(args[++i].trim().split("\\s+")).filter(s -> !s.isEmpty()).toList());
                    case "--keep" -> keep = true;
                    case "--jfr" -> jfr = args[++i];
                    case "--quiet-below" -> quiet = Double.parseDouble(args[++i]);
                    case "--per-client-rate" -> perClient = Double.parseDouble(args[++i]);
                    case "-h", "--help" -> {
                        System.out.println("see the Javadoc of " + LoadBench.class.getName());
                        System.exit(0);
                    }
                    default -> throw new IllegalArgumentException("unknown flag " + a);
                }
            }
            if (!List.of("realtime", "durable-rate", "load10k").contains(mode)) throw new IllegalArgumentException("unknown mode " + mode);
            int k = clients != null ? clients : mode.equals("durable-rate") ? 8 : mode.equals("load10k") ? 1 : 50;
            return new Options(mode, k, changes, presence, seconds, warmup, runs, List.copyOf(jvm), window, wsLimit, objects, restarts, keep, jfr, quiet,
                    perClient != null ? perClient : wsLimit > 0 ? 0 : 190);
        }
    }

    public static void main(String[] args) throws Exception {
        Options o = Options.parse(args);
        List<Map<String, Object>> results = new ArrayList<>();
        for (int r = 0; r < o.runs(); r++) {
            if (o.quietBelow() > 0) waitForQuiet(o.quietBelow());
            Path dir = Files.createTempDirectory("blueline-bench-");
            try {
                Map<String, Object> result = switch (o.mode()) {
                    case "realtime" -> realtime(o, dir);
                    case "durable-rate" -> durableRate(o, dir);
                    default -> load10k(o, dir);
                };
                results.add(result);
                if (o.runs() > 1) System.err.println("run " + (r + 1) + ": " + Api.JSON.writeValueAsString(result));
            } finally {
                if (!o.keep()) deleteTree(dir);
                else System.err.println("kept " + dir);
            }
        }
        Map<String, Object> out = results.size() == 1 ? results.getFirst() : medians(results);
        if (results.size() > 1) {
            out.put("runs", results.size());
            out.put("all_runs", results);
        }
        System.out.println(Api.JSON.writeValueAsString(out));
        System.exit(0);
    }

    // ------------------------------------------------------------------ realtime

    private static Map<String, Object> realtime(Options o, Path dir) throws Exception {
        int n = o.clients();
        try (MeasuredHost host = startHost(o, dir.resolve("data"))) {
            Api api = new Api(host.url);
            Scene scene = Scene.create(api, n);
            Run run = new Run(n, scene, 0);
            WebSocketClient ws = wsClient();
            try {
                run.connectAll(ws, host.url, api);
                long period = (long) (1e9 / o.changesPerSec());
                long presencePeriod = o.presencePerSec() > 0 ? (long) (1e9 / o.presencePerSec()) : 0;
                long start = System.nanoTime() + 200_000_000L;
                run.windowStart = start + TimeUnit.SECONDS.toNanos(o.warmup());
                run.windowEnd = run.windowStart + TimeUnit.SECONDS.toNanos(o.seconds());
                ScheduledExecutorService pacer = Executors.newSingleThreadScheduledExecutor(Thread.ofPlatform().name("pacer").daemon(true).factory());
                Random rnd = new Random(42);
                for (Conn c : run.conns) {
                    pacer.scheduleAtFixedRate(c::sendMove, start - System.nanoTime() + (long) (rnd.nextDouble() * period), period, TimeUnit.NANOSECONDS);
                    if (presencePeriod > 0) {
                        pacer.scheduleAtFixedRate(c::sendPresence, start - System.nanoTime() + (long) (rnd.nextDouble() * presencePeriod),
                                presencePeriod, TimeUnit.NANOSECONDS);
                    }
                }
                sleepUntil(run.windowStart);
                Cpu cpu0 = Cpu.sample(host);
                Jfr jfr = Jfr.start(host, o.jfr());
                sleepUntil(run.windowEnd);
                Cpu cpu1 = Cpu.sample(host);
                jfr.stop();
                long heap = heapBytes(api, scene.token);
                long rss = host.rssKib();
                pacer.shutdownNow();
                Thread.sleep(1500); // let the last deliveries of the window arrive
                run.closing = true;
                run.recording = false;
                Thread.sleep(50);

                long[] lat = Samples.merged(run.conns.stream().map(c -> c.delivery).toList());
                long[] ackLat = Samples.merged(run.conns.stream().map(c -> c.ackLatency).toList());
                long sent = run.conns.stream().mapToLong(c -> c.sentInWindow).sum();
                long delivered = run.conns.stream().mapToLong(c -> c.deliveries).sum();
                long acks = run.conns.stream().mapToLong(c -> c.acks).sum();
                long presenceIn = run.conns.stream().mapToLong(c -> c.presenceIn).sum();
                double secs = o.seconds();
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("mode", "realtime");
                m.put("clients", n);
                m.put("changes_per_s_per_client", o.changesPerSec());
                m.put("presence_per_s_per_client", o.presencePerSec());
                m.put("seconds", o.seconds());
                m.put("latency_ms", percentiles(lat));
                m.put("ack_latency_ms", percentiles(ackLat));
                m.put("deliveries_per_s", round(delivered / secs, 0));
                m.put("acks_per_s", round(acks / secs, 0));
                m.put("presence_in_per_s", round(presenceIn / secs, 0));
                m.put("lost_deliveries", Math.max(0, sent * (n - 1) - delivered));
                m.putAll(cpu1.minus(cpu0, secs));
                m.put("host_heap_mb", round(heap / 1048576.0, 1));
                m.put("host_rss_mb", round(rss / 1024.0, 1));
                m.put("errors", run.errors.get());
                if (!run.errorSamples.isEmpty()) m.put("error_samples", List.copyOf(run.errorSamples).subList(0, Math.min(5, run.errorSamples.size())));
                return m;
            } finally {
                run.closing = true;
                ws.stop();
            }
        }
    }

    // ------------------------------------------------------------------ durable rate

    private static Map<String, Object> durableRate(Options o, Path dir) throws Exception {
        int k = o.clients();
        Path data = dir.resolve("data");
        MeasuredHost host = startHost(o, data);
        Map<String, Object> m = new LinkedHashMap<>();
        try {
            Api api = new Api(host.url);
            Scene scene = Scene.create(api, k);
            Run run = new Run(k, scene, o.window());
            WebSocketClient ws = wsClient();
            try {
                run.connectAll(ws, host.url, api);
                long start = System.nanoTime() + 100_000_000L;
                run.windowStart = start + TimeUnit.SECONDS.toNanos(o.warmup());
                run.windowEnd = run.windowStart + TimeUnit.SECONDS.toNanos(o.seconds());
                long stopAt = run.windowEnd;
                List<Thread> senders = new ArrayList<>();
                for (Conn c : run.conns) {
                    senders.add(Thread.ofPlatform().name("send-" + c.idx).daemon(true).start(() -> {
                        sleepUntil(start);
                        c.pipeline(stopAt, o.perClientRate());
                    }));
                }
                sleepUntil(run.windowStart);
                Cpu cpu0 = Cpu.sample(host);
                Jfr jfr = Jfr.start(host, o.jfr());
                sleepUntil(run.windowEnd);
                Cpu cpu1 = Cpu.sample(host);
                jfr.stop();
                long heap = heapBytes(api, scene.token);
                for (Thread t : senders) t.join(10_000);
                // wait for what is in flight, so that the last ack is the last change sent
                long drainUntil = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
                while (System.nanoTime() < drainUntil && run.conns.stream().anyMatch(c -> c.inFlight() > 0)) Thread.sleep(10);
                run.closing = true;
                run.recording = false;
                Thread.sleep(50);

                long[] ackLat = Samples.merged(run.conns.stream().map(c -> c.ackLatency).toList());
                long acks = run.conns.stream().mapToLong(c -> c.acks).sum();
                long delivered = run.conns.stream().mapToLong(c -> c.deliveries).sum();
                long maxAcked = run.conns.stream().mapToLong(c -> c.maxAckedSeq).max().orElse(0);
                double secs = o.seconds();
                m.put("mode", "durable-rate");
                m.put("clients", k);
                m.put("window", o.window());
                m.put("ws_limit_per_connection", o.wsLimit() > 0 ? o.wsLimit() : 200);
                m.put("per_client_rate_cap", o.perClientRate());
                m.put("seconds", o.seconds());
                m.put("durable_changes_per_s", round(acks / secs, 0));
                m.put("ack_latency_ms", percentiles(ackLat));
                m.put("deliveries_per_s", round(delivered / secs, 0));
                m.putAll(cpu1.minus(cpu0, secs));
                m.put("host_heap_mb", round(heap / 1048576.0, 1));
                m.put("host_rss_mb", round(host.rssKib() / 1024.0, 1));
                m.put("errors", run.errors.get());
                if (!run.errorSamples.isEmpty()) m.put("error_samples", List.copyOf(run.errorSamples).subList(0, Math.min(5, run.errorSamples.size())));

                // every acknowledged change survives a SIGKILL
                host.kill();
                host = startHost(o, data);
                Conn probe = new Conn(0, "probe", null, 0);
                Session s = ws.connect(probe, URI.create(wsUrl(host.url))).get(10, TimeUnit.SECONDS);
                s.sendText(hello(scene.token, scene.projectId, "probe", 0), Callback.NOOP);
                String welcome = probe.welcome.get(60, TimeUnit.SECONDS);
                long recovered = number(welcome, "\"seq\":", 0);
                m.put("durable_check", Map.of("last_acked_seq", maxAcked, "seq_after_sigkill", recovered, "ok", recovered >= maxAcked));
                s.close();
            } finally {
                run.closing = true;
                ws.stop();
            }
        } finally {
            host.close();
        }
        return m;
    }

    // ------------------------------------------------------------------ load10k

    private static Map<String, Object> load10k(Options o, Path dir) throws Exception {
        Path data = dir.resolve("data");
        MeasuredHost host = startHost(o, data);
        List<Long> starts = new ArrayList<>(), connects = new ArrayList<>(), cold = new ArrayList<>(), warm = new ArrayList<>(), loaded = new ArrayList<>();
        long bytes = 0;
        String token, a, b;
        long setupMs;
        try {
            Api api = new Api(host.url);
            long t0 = System.nanoTime();
            token = api.token("owner@bench.example", "Owner");
            a = bigProject(api, token, "Big A", o.objects());
            b = bigProject(api, token, "Big B", o.objects());
            setupMs = (System.nanoTime() - t0) / 1_000_000;
        } catch (Exception e) {
            host.close();
            throw e;
        }
        WebSocketClient ws = wsClient();
        try {
            for (int i = 0; i < o.restarts(); i++) {
                host.stop();
                host = startHost(o, data);
                starts.add(host.startupNanos);
                String url = wsUrl(host.url);
                long c0 = System.nanoTime();
                Conn first = new Conn(0, "fresh-a" + i, null, 0);
                Session s1 = ws.connect(first, URI.create(url)).get(10, TimeUnit.SECONDS);
                connects.add(System.nanoTime() - c0);
                cold.add(timeHello(s1, first, token, a));
                bytes = first.welcome.get().getBytes(StandardCharsets.UTF_8).length;

                Conn second = new Conn(0, "fresh-b" + i, null, 0);
                Session s2 = ws.connect(second, URI.create(url)).get(10, TimeUnit.SECONDS);
                warm.add(timeHello(s2, second, token, b));

                Conn third = new Conn(0, "again-a" + i, null, 0);
                Session s3 = ws.connect(third, URI.create(url)).get(10, TimeUnit.SECONDS);
                loaded.add(timeHello(s3, third, token, a));
                s1.close();
                s2.close();
                s3.close();
            }
        } finally {
            ws.stop();
            host.close();
        }
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("mode", "load10k");
        m.put("objects", o.objects());
        m.put("restarts", o.restarts());
        m.put("load_ms", round(medianMs(cold), 1));
        m.put("load_ms_all", cold.stream().map(v -> round(v / 1e6, 1)).toList());
        m.put("load_warm_jvm_ms", round(medianMs(warm), 1));
        m.put("welcome_loaded_room_ms", round(medianMs(loaded), 1));
        m.put("welcome_bytes", bytes);
        m.put("connect_ms", round(medianMs(connects), 1));
        m.put("host_start_ms", round(medianMs(starts), 0));
        m.put("setup_ms", setupMs);
        return m;
    }

    /** hello → welcome, in nanoseconds. */
    private static long timeHello(Session s, Conn c, String token, String projectId) throws Exception {
        String hello = hello(token, projectId, c.clientId, 0);
        long t0 = System.nanoTime();
        s.sendText(hello, Callback.NOOP);
        c.welcome.get(60, TimeUnit.SECONDS);
        return c.welcomeAt - t0;
    }

    private static String bigProject(Api api, String token, String name, int objects) {
        String project = api.newProject(token, name);
        Api.Reply screen = api.post("/api/v1/wireframes", token, Map.of("projectId", project, "name", "Home", "width", 1440, "height", 900));
        if (screen.status() != 201) throw new IllegalStateException("screen: " + screen);
        String screenId = screen.json().get("id").asText();
        String[] types = {"button", "text-input", "label", "paragraph", "checkbox", "heading", "image", "link"};
        List<String> order = FractionalIndex.spread(null, null, objects);
        List<Put> batch = new ArrayList<>();
        for (int i = 0; i < objects; i++) {
            String type = types[i % types.length];
            batch.add(Put.on("el-" + i).set(Props.KIND, "element").set(Props.TYPE, type).set(Props.SCREEN, screenId)
                    .set(Props.PARENT, Value.NULL).set(Props.ORDER, order.get(i))
                    .set(Props.X, (double) (i % 100) * 14).set(Props.Y, (double) (i / 100) * 9).set(Props.W, 120.0).set(Props.H, 40.0)
                    .set(Props.TEXT, type + " " + i).build());
            if (batch.size() == 500 || i == objects - 1) {
                Api.Reply r = api.post("/api/v1/projects/" + project + "/changes", token, Map.of("ops", batch));
                if (r.status() != 200) throw new IllegalStateException("changes: " + r);
                batch = new ArrayList<>();
            }
        }
        return project;
    }

    // ------------------------------------------------------------------ the scene and the clients

    /** One owner, one project, one screen, and one element per client (each client moves its own). */
    record Scene(String token, String projectId, String screenId, List<String> elements) {
        static Scene create(Api api, int elements) {
            String token = api.token("owner@bench.example", "Owner");
            String project = api.newProject(token, "Bench");
            Api.Reply screen = api.post("/api/v1/wireframes", token, Map.of("projectId", project, "name", "Home", "width", 1440, "height", 900));
            if (screen.status() != 201) throw new IllegalStateException("screen: " + screen);
            String screenId = screen.json().get("id").asText();
            List<String> ids = new ArrayList<>();
            List<Put> ops = new ArrayList<>();
            for (int i = 0; i < elements; i++) {
                String id = "e" + i;
                ids.add(id);
                ops.add(Put.on(id).set(Props.KIND, "element").set(Props.TYPE, "button").set(Props.SCREEN, screenId)
                        .set(Props.PARENT, Value.NULL).set(Props.ORDER, FractionalIndex.first())
                        .set(Props.X, 10.0 * (i % 50)).set(Props.Y, 10.0 * (i / 50)).set(Props.W, 120.0).set(Props.H, 40.0).build());
                if (ops.size() == 500 || i == elements - 1) {
                    Api.Reply r = api.post("/api/v1/projects/" + project + "/changes", token, Map.of("ops", ops));
                    if (r.status() != 200) throw new IllegalStateException("changes: " + r);
                    ops = new ArrayList<>();
                }
            }
            return new Scene(token, project, screenId, ids);
        }
    }

    /** The clients of one run and what they share. */
    static final class Run {
        final List<Conn> conns = new ArrayList<>();
        final Scene scene;
        final AtomicLong errors = new AtomicLong();
        final ConcurrentLinkedQueue<String> errorSamples = new ConcurrentLinkedQueue<>();
        volatile long windowStart = Long.MAX_VALUE, windowEnd = Long.MAX_VALUE;
        volatile boolean closing;
        /** False once the results are being read: late frames are no longer recorded. */
        volatile boolean recording = true;

        Run(int n, Scene scene, int window) {
            this.scene = scene;
            for (int i = 0; i < n; i++) conns.add(new Conn(i, "c" + i, this, window));
        }

        boolean inWindow(long sentAt) {
            return sentAt >= windowStart && sentAt < windowEnd;
        }

        void error(String what) {
            errors.incrementAndGet();
            if (errorSamples.size() < 20) errorSamples.add(what.length() > 300 ? what.substring(0, 300) : what);
        }

        void connectAll(WebSocketClient ws, String baseUrl, Api api) throws Exception {
            URI uri = URI.create(wsUrl(baseUrl));
            List<CompletableFuture<Session>> opening = new ArrayList<>();
            for (Conn c : conns) opening.add(ws.connect(c, uri));
            for (CompletableFuture<Session> f : opening) f.get(30, TimeUnit.SECONDS);
            for (Conn c : conns) c.session.sendText(hello(scene.token(), scene.projectId(), c.clientId, 0), Callback.NOOP);
            for (Conn c : conns) c.welcome.get(60, TimeUnit.SECONDS);
        }
    }

    /**
     * One WebSocket client. Frames are looked at with a few string searches (no JSON parsing), so
     * that the clients cost this process as little as possible: the same machine runs the host.
     * Jetty calls {@link #onWebSocketText} for one session at a time, so the counters of a
     * connection have a single writer.
     */
    public static final class Conn implements Session.Listener.AutoDemanding {
        final int idx;
        final String clientId;
        final Run run;
        final AtomicLongArray sentAt = new AtomicLongArray(RING);
        final Samples delivery = new Samples();
        final Samples ackLatency = new Samples();
        final Semaphore window;
        final Random rnd;
        final CompletableFuture<String> welcome = new CompletableFuture<>();
        volatile long welcomeAt;
        volatile Session session;
        private long nextSeq = 1; // the sending thread's
        volatile long sentInWindow, deliveries, acks, presenceIn, maxAckedSeq, sent, acked;
        private final Callback sendDone;

        Conn(int idx, String clientId, Run run, int window) {
            this.idx = idx;
            this.clientId = clientId;
            this.run = run;
            this.window = window > 0 ? new Semaphore(window) : null;
            this.rnd = new Random(idx);
            this.sendDone = Callback.from(() -> {
            }, x -> {
                if (run != null && !run.closing) run.error("send failed: " + x);
            });
        }

        long inFlight() {
            return sent - acked;
        }

        /** A 1-op move of this client's element (paced by the scheduler). */
        void sendMove() {
            Session s = session;
            if (s == null || !s.isOpen()) return;
            long seq = nextSeq++;
            String frame = "{\"type\":\"change\",\"clientSeq\":" + seq + ",\"ops\":[{\"id\":\"" + run.scene.elements().get(idx)
                    + "\",\"set\":{\"x\":" + rnd.nextInt(1300) + ",\"y\":" + rnd.nextInt(860) + "}}]}";
            long now = System.nanoTime();
            sentAt.set((int) (seq & (RING - 1)), now);
            if (run.inWindow(now)) sentInWindow++;
            sent++;
            s.sendText(frame, sendDone);
        }

        void sendPresence() {
            Session s = session;
            if (s == null || !s.isOpen()) return;
            String frame = "{\"type\":\"presence\",\"screen\":\"" + run.scene.screenId() + "\",\"cursor\":{\"x\":" + rnd.nextInt(1440)
                    + ",\"y\":" + rnd.nextInt(900) + "},\"selection\":[\"" + run.scene.elements().get(idx)
                    + "\"],\"viewport\":{\"x\":0,\"y\":0,\"w\":1440,\"h\":900},\"typing\":false}";
            s.sendText(frame, sendDone);
        }

        /** Sends moves as fast as the window allows (and at most {@code perSecond}, if over 0) until {@code stopAt}. */
        void pipeline(long stopAt, double perSecond) {
            long interval = perSecond > 0 ? (long) (1e9 / perSecond) : 0;
            long next = System.nanoTime();
            try {
                while (System.nanoTime() < stopAt) {
                    if (!window.tryAcquire(50, TimeUnit.MILLISECONDS)) continue;
                    if (interval > 0) {
                        sleepUntil(next);
                        next = Math.max(next + interval, System.nanoTime() - 10 * interval);
                    }
                    sendMove();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }

        @Override
        public void onWebSocketOpen(Session session) {
            this.session = session;
        }

        @Override
        public void onWebSocketText(String f) {
            long now = System.nanoTime();
            if (run != null && !run.recording) return;
            if (f.startsWith("{\"type\":\"change\"")) {
                int from = clientIndex(f);
                long cs = number(f, "\"clientSeq\":", 0);
                // our own change comes back too (that is how a client learns its seq); it is not a delivery
                if (from < 0 || run == null || from == idx) return;
                long t = run.conns.get(from).sentAt.get((int) (cs & (RING - 1)));
                if (run.inWindow(t)) {
                    deliveries++;
                    delivery.add(now - t);
                }
            } else if (f.startsWith("{\"type\":\"ack\"")) {
                long cs = number(f, "\"clientSeq\":", 0);
                long seq = number(f, "\"seq\":", cs);
                long t = sentAt.get((int) (cs & (RING - 1)));
                acked++;
                if (seq > maxAckedSeq) maxAckedSeq = seq;
                if (window != null) window.release();
                if (run.inWindow(t)) {
                    acks++;
                    ackLatency.add(now - t);
                }
            } else if (f.startsWith("{\"type\":\"presence")) {
                // one presence, or a round holding several: count the presences
                if (run != null && now >= run.windowStart && now < run.windowEnd) {
                    for (int i = f.indexOf("\"clientId\""); i >= 0; i = f.indexOf("\"clientId\"", i + 1)) presenceIn++;
                }
            } else if (f.startsWith("{\"type\":\"welcome\"")) {
                welcomeAt = now;
                welcome.complete(f);
            } else if (f.startsWith("{\"type\":\"leave\"") || f.startsWith("{\"type\":\"pong\"")) {
                // fine
            } else if (run != null) {
                run.error(clientId + " got " + f);
            }
        }

        @Override
        public void onWebSocketClose(int statusCode, String reason) {
            if (run != null && !run.closing) run.error(clientId + " closed " + statusCode + " " + reason);
            welcome.completeExceptionally(new IllegalStateException("closed " + statusCode + " " + reason));
        }

        @Override
        public void onWebSocketError(Throwable cause) {
            if (run != null && !run.closing) run.error(clientId + " error " + cause);
            welcome.completeExceptionally(cause);
        }

        /** "c17" in {@code "clientId":"c17"} → 17; -1 for clients that are not ours. */
        private static int clientIndex(String f) {
            int i = f.indexOf("\"clientId\":\"c");
            if (i < 0) return -1;
            int v = 0;
            for (int j = i + 13; j < f.length(); j++) {
                char ch = f.charAt(j);
                if (ch == '"') return v;
                if (ch < '0' || ch > '9') return -1;
                v = v * 10 + (ch - '0');
            }
            return -1;
        }
    }

    // ------------------------------------------------------------------ helpers

    /** CPU of the host and of this process at one moment. */
    record Cpu(long hostNanos, Map<String, Long> hostThreads, long benchNanos, long machineBusyNanos, long wallNanos) {
        static Cpu sample(MeasuredHost host) {
            var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
            return new Cpu(host.cpuNanos(), host.cpuByThreadGroup(), os.getProcessCpuTime(), readMachineBusy(), System.nanoTime());
        }

        /** Busy time of all CPUs from the first line of /proc/stat (everything but idle and iowait), or -1. */
        static long readMachineBusy() {
            try {
                String[] f = Files.readAllLines(Path.of("/proc/stat")).getFirst().trim().split("\\s+");
                long busy = 0;
                for (int i = 1; i < Math.min(f.length, 9); i++) {
                    if (i != 4 && i != 5) busy += Long.parseLong(f[i]);
                }
                return busy * 10_000_000L;
            } catch (Exception e) {
                return -1;
            }
        }

        Map<String, Object> minus(Cpu before, double seconds) {
            double host = (hostNanos - before.hostNanos) / 1e9;
            double wall = (wallNanos - before.wallNanos) / 1e9;
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("host_cpu_s", round(host, 2));
            m.put("host_cpu_cores", round(host / wall, 3));
            Map<String, Object> threads = new LinkedHashMap<>();
            for (String g : List.of("room", "save", "jetty", "jit", "gc", "other")) {
                threads.put(g, round((hostThreads.getOrDefault(g, 0L) - before.hostThreads.getOrDefault(g, 0L)) / 1e9 / wall, 3));
            }
            m.put("host_cpu_cores_by_thread", threads);
            double bench = (benchNanos - before.benchNanos) / 1e9;
            m.put("bench_cpu_cores", round(bench / wall, 3));
            // what everything else on the machine used meanwhile: other work makes the numbers noisy
            if (machineBusyNanos >= 0) m.put("other_cpu_cores", round(Math.max(0, (machineBusyNanos - before.machineBusyNanos) / 1e9 - host - bench) / wall, 2));
            return m;
        }
    }

    /** A JFR recording of the host over the measured window only ({@code --jfr FILE}), through jcmd. */
    record Jfr(MeasuredHost host, String file) {
        static Jfr start(MeasuredHost host, String file) {
            if (file != null) jcmd(host, "JFR.start", "name=bench", "settings=profile", "filename=" + Path.of(file).toAbsolutePath());
            return new Jfr(host, file);
        }

        void stop() {
            if (file != null) jcmd(host, "JFR.stop", "name=bench");
        }

        private static void jcmd(MeasuredHost host, String... command) {
            List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "jcmd").toString(), Long.toString(host.pid())));
            cmd.addAll(List.of(command));
            try {
                Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
                if (!p.waitFor(30, TimeUnit.SECONDS)) p.destroyForcibly();
            } catch (Exception e) {
                System.err.println("jcmd failed: " + e);
            }
        }
    }

    private static MeasuredHost startHost(Options o, Path data) throws Exception {
        return o.wsLimit() > 0
                ? MeasuredHost.start(BENCH_HOST, o.hostJvmArgs(), data, List.of("--messages-per-second", Integer.toString(o.wsLimit())))
                : MeasuredHost.start(HOST_MAIN, o.hostJvmArgs(), data, List.of());
    }

    private static WebSocketClient wsClient() throws Exception {
        WebSocketClient ws = new WebSocketClient();
        ws.setMaxTextMessageSize(64L << 20);
        ws.setIdleTimeout(Duration.ofMinutes(5));
        ws.setStopTimeout(2_000);
        ws.start();
        return ws;
    }

    static String wsUrl(String base) {
        return base.replace("http://", "ws://") + "/ws";
    }

    static String hello(String token, String projectId, String clientId, long lastSeq) {
        return "{\"type\":\"hello\",\"protocol\":" + Protocol.VERSION + ",\"token\":\"" + token + "\",\"projectId\":\"" + projectId
                + "\",\"clientId\":\"" + clientId + "\",\"lastSeq\":" + lastSeq + "}";
    }

    /** The non-negative integer after {@code key} in {@code f}, or {@code fallback}. */
    static long number(String f, String key, long fallback) {
        int i = f.indexOf(key);
        if (i < 0) return fallback;
        long v = 0;
        boolean any = false;
        for (int j = i + key.length(); j < f.length(); j++) {
            char ch = f.charAt(j);
            if (ch < '0' || ch > '9') break;
            v = v * 10 + (ch - '0');
            any = true;
        }
        return any ? v : fallback;
    }

    private static long heapBytes(Api api, String token) {
        Api.Reply r = api.get("/api/v1/health/detailed", token);
        JsonNode used = r.json() == null ? null : r.json().path("memory").path("usedBytes");
        return used == null || used.isMissingNode() ? -1 : used.asLong();
    }

    private static Map<String, Object> percentiles(long[] sorted) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("p50", round(Samples.ms(sorted, 0.50), 2));
        m.put("p90", round(Samples.ms(sorted, 0.90), 2));
        m.put("p99", round(Samples.ms(sorted, 0.99), 2));
        m.put("p999", round(Samples.ms(sorted, 0.999), 2));
        m.put("max", round(sorted.length == 0 ? Double.NaN : sorted[sorted.length - 1] / 1e6, 2));
        m.put("samples", sorted.length);
        return m;
    }

    private static double medianMs(List<Long> nanos) {
        long[] v = nanos.stream().mapToLong(Long::longValue).sorted().toArray();
        return v.length == 0 ? Double.NaN : v[v.length / 2] / 1e6;
    }

    static double round(double v, int places) {
        if (Double.isNaN(v) || Double.isInfinite(v)) return v;
        double f = Math.pow(10, places);
        return Math.round(v * f) / f;
    }

    /** Every number replaced by its median over the runs (maps recursively); anything else from the first run. */
    @SuppressWarnings("unchecked")
    static Map<String, Object> medians(List<Map<String, Object>> runs) {
        Map<String, Object> out = new LinkedHashMap<>();
        for (Map.Entry<String, Object> e : runs.getFirst().entrySet()) {
            String key = e.getKey();
            Object v = e.getValue();
            if (v instanceof Number) {
                double[] xs = runs.stream().map(r -> r.get(key)).filter(x -> x instanceof Number).mapToDouble(x -> ((Number) x).doubleValue()).sorted().toArray();
                double med = xs[xs.length / 2];
                out.put(key, v instanceof Double || v instanceof Float ? (Object) med : (Object) (long) med);
            } else if (v instanceof Map<?, ?>) {
                out.put(key, medians(runs.stream().map(r -> (Map<String, Object>) r.get(key)).toList()));
            } else {
                out.put(key, v);
            }
        }
        return out;
    }

    /** Waits (up to 15 minutes) until the machine's other work uses less than {@code cores} over 3 seconds. */
    private static void waitForQuiet(double cores) throws InterruptedException {
        long giveUp = System.nanoTime() + TimeUnit.MINUTES.toNanos(15);
        while (System.nanoTime() < giveUp) {
            long b0 = Cpu.readMachineBusy(), t0 = System.nanoTime();
            Thread.sleep(3000);
            double busy = (Cpu.readMachineBusy() - b0) / (double) (System.nanoTime() - t0);
            if (busy < cores) return;
            System.err.printf(java.util.Locale.ROOT, "machine busy (%.2f cores), waiting%n", busy);
        }
    }

    private static void sleepUntil(long nanoTime) {
        long left;
        while ((left = nanoTime - System.nanoTime()) > 0) {
            try {
                TimeUnit.NANOSECONDS.sleep(left);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private static void deleteTree(Path dir) {
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (Exception e) {
            // temp files; not worth failing for
        }
    }
}
