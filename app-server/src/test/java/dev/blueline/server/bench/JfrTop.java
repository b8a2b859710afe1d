package dev.blueline.server.bench;

import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordedStackTrace;
import jdk.jfr.consumer.RecordedThread;
import jdk.jfr.consumer.RecordingFile;

import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Summarises a JFR recording of the host (made with
 * {@code LoadBench --host-jvm-args "-XX:StartFlightRecording=settings=profile,delay=15s,duration=20s,filename=host.jfr"}):
 * CPU samples by thread group, top self-time frames, top inclusive frames of our code and its
 * libraries, allocation by top frame, per-thread CPU load and GC pauses.
 *
 * <pre>java -cp ... dev.blueline.server.bench.JfrTop host.jfr [top=25]</pre>
 * (the same as {@code jfr print --events jdk.ExecutionSample host.jfr | grep -A1 'stackTrace = \['}, counted)
 */
public final class JfrTop {
    private JfrTop() {
    }

    public static void main(String[] args) throws Exception {
        Path file = Path.of(args[0]);
        int top = args.length > 1 ? Integer.parseInt(args[1]) : 25;
        // optional: focus=<method name part> [depth]: what the samples under that frame spend their time in
        String focus = args.length > 2 ? args[2] : null;
        int depth = args.length > 3 ? Integer.parseInt(args[3]) : 2;
        Map<String, Long> under = new HashMap<>();
        long focused = 0;
        Map<String, Long> self = new HashMap<>(), inclusive = new HashMap<>(), byThread = new HashMap<>(), alloc = new HashMap<>(),
                selfByGroup = new HashMap<>(), cpuLoad = new HashMap<>(), cpuLoadCount = new HashMap<>(), allocByThread = new HashMap<>();
        Map<String, Long> blocked = new HashMap<>(), blockedCount = new HashMap<>();
        long samples = 0, gcs = 0, nativeSamples = 0;
        Duration gcPause = Duration.ZERO;
        long allocTotal = 0;
        try (RecordingFile rf = new RecordingFile(file)) {
            while (rf.hasMoreEvents()) {
                RecordedEvent e = rf.readEvent();
                switch (e.getEventType().getName()) {
                    case "jdk.ExecutionSample", "jdk.NativeMethodSample" -> {
                        boolean inNative = e.getEventType().getName().equals("jdk.NativeMethodSample");
                        if (inNative) {
                            nativeSamples++;
                            // threads parked in epoll/accept/futex are idle, not working: keep only native I/O of real work
                            RecordedStackTrace nst = e.getStackTrace();
                            if (nst == null || nst.getFrames().isEmpty() || !workingNative(nst.getFrames())) continue;
                        }
                        samples++;
                        String thread = group(e.getThread("sampledThread"));
                        byThread.merge(thread, 1L, Long::sum);
                        RecordedStackTrace st = e.getStackTrace();
                        if (st == null || st.getFrames().isEmpty()) continue;
                        List<RecordedFrame> frames = st.getFrames();
                        String leaf = (inNative ? "[native] " : "") + name(frames.getFirst());
                        self.merge(leaf, 1L, Long::sum);
                        selfByGroup.merge(thread + " | " + area(frames), 1L, Long::sum);
                        if (focus != null) {
                            for (int i = frames.size() - 1; i >= 0; i--) {
                                if (name(frames.get(i)).contains(focus)) {
                                    focused++;
                                    StringBuilder path = new StringBuilder();
                                    for (int d = 1; d <= depth && i - d >= 0; d++) path.append(d > 1 ? " > " : "").append(shortName(frames.get(i - d)));
                                    under.merge(path.length() == 0 ? "(self)" : path.toString(), 1L, Long::sum);
                                    break;
                                }
                            }
                        }
                        Set<String> seen = new HashSet<>();
                        for (RecordedFrame f : frames) {
                            String n = name(f);
                            if (seen.add(n)) inclusive.merge(n, 1L, Long::sum);
                        }
                    }
                    case "jdk.ObjectAllocationSample" -> {
                        long w = e.getLong("weight");
                        allocTotal += w;
                        allocByThread.merge(group(e.getThread("eventThread")), w, Long::sum);
                        RecordedStackTrace st = e.getStackTrace();
                        if (st == null) continue;
                        String where = firstOwnFrame(st.getFrames());
                        alloc.merge(e.getClass("objectClass").getName() + " @ " + where, w, Long::sum);
                    }
                    case "jdk.ThreadCPULoad" -> {
                        RecordedThread rt = e.getThread("eventThread");
                        String t = group(rt) + "\u0000" + (rt == null ? 0 : rt.getId());
                        cpuLoad.merge(t, Math.round((e.getFloat("user") + e.getFloat("system")) * 1_000_000d), Long::sum);
                        cpuLoadCount.merge(t, 1L, Long::sum);
                    }
                    case "jdk.FileWrite", "jdk.FileForce", "jdk.FileRead", "jdk.SocketWrite", "jdk.SocketRead", "jdk.JavaMonitorEnter",
                         "jdk.ThreadPark", "jdk.JavaMonitorWait", "jdk.ThreadSleep" -> {
                        String k = e.getEventType().getName().substring(4) + " on " + group(e.getThread("eventThread"));
                        RecordedStackTrace st = e.getStackTrace();
                        if (st != null && !e.getEventType().getName().equals("jdk.ThreadPark")) k += " @ " + firstOwnFrame(st.getFrames());
                        blocked.merge(k, e.getDuration().toNanos(), Long::sum);
                        blockedCount.merge(k, 1L, Long::sum);
                    }
                    case "jdk.GarbageCollection" -> {
                        gcs++;
                        gcPause = gcPause.plus(e.getDuration("sumOfPauses"));
                    }
                    default -> {
                    }
                }
            }
        }
        System.out.printf(Locale.ROOT, "%s: %d samples (Java + native doing work), %d native samples in all, %d GCs (pauses %.1f ms), %.1f MB sampled allocation%n",
                file, samples, nativeSamples, gcs, gcPause.toNanos() / 1e6, allocTotal / 1048576.0);
        print("execution samples by thread group", byThread, samples, top);
        print("self time by thread group | area", selfByGroup, samples, top);
        print("top self frames", self, samples, top);
        if (focus != null) {
            System.out.printf(Locale.ROOT, "%n%d samples (%.1f%%) under %s%n", focused, 100.0 * focused / Math.max(1, samples), focus);
            print("callees under " + focus + " (share of all samples)", under, samples, top * 2);
        }
        Map<String, Long> ours = new HashMap<>();
        inclusive.forEach((k, v) -> {
            if (k.startsWith("dev.blueline") || k.startsWith("org.h2") || k.startsWith("org.jooq") || k.startsWith("com.fasterxml")
                    || k.startsWith("org.eclipse.jetty.websocket") || k.startsWith("java.util.concurrent")) ours.put(k, v);
        });
        print("top inclusive frames (ours, H2, jOOQ, Jackson, Jetty websocket)", ours, samples, top * 2);
        print("allocation (sampled weight) by class @ first non-JDK frame", alloc, allocTotal, top);
        print("allocation by thread group", allocByThread, allocTotal, top);
        System.out.println("\n== waiting and I/O over the profile thresholds (total ms, count) by event, thread group and first own frame");
        blocked.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed()).limit(top)
                .forEach(en -> System.out.printf(Locale.ROOT, "%10.1f ms %6d  %s%n", en.getValue() / 1e6, blockedCount.get(en.getKey()), en.getKey()));
        if (!cpuLoad.isEmpty()) {
            // each thread's average over the recording, summed per group; JFR reports it as a share of the whole machine
            Map<String, Long> perGroup = new HashMap<>();
            int cpus = Runtime.getRuntime().availableProcessors();
            cpuLoad.forEach((k, v) -> perGroup.merge(k.substring(0, k.indexOf('\u0000')), v * cpus / cpuLoadCount.get(k), Long::sum));
            System.out.println("\n== average CPU by thread group, in cores (JFR jdk.ThreadCPULoad x " + cpus + " CPUs)");
            perGroup.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed()).limit(top)
                    .forEach(en -> System.out.printf(Locale.ROOT, "%8.3f  %s%n", en.getValue() / 1e6, en.getKey()));
        }
    }

    private static void print(String title, Map<String, Long> m, long total, int top) {
        System.out.println("\n== " + title);
        m.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed()).limit(top)
                .forEach(e -> System.out.printf(Locale.ROOT, "%6.2f%%  %s%n", 100.0 * e.getValue() / Math.max(1, total), e.getKey()));
    }

    /** A native sample of a thread doing work (a write, a file operation), not waiting for events or work. */
    private static boolean workingNative(List<RecordedFrame> frames) {
        String top = name(frames.getFirst());
        return !(top.contains("EPoll.wait") || top.contains("accept") || top.contains("Unsafe.park") || top.contains("Object.wait")
                || top.contains("Thread.sleep") || top.contains("Net.poll") || top.contains("ProcessHandleImpl.waitForProcessExit"));
    }

    private static String shortName(RecordedFrame f) {
        String t = f.getMethod().getType().getName();
        return t.substring(t.lastIndexOf('.') + 1) + "." + f.getMethod().getName();
    }

    private static String name(RecordedFrame f) {
        return f.getMethod().getType().getName() + "." + f.getMethod().getName();
    }

    /** Thread names without their numbers: "host-123" → "host-N". */
    private static String group(RecordedThread t) {
        if (t == null) return "?";
        String n = t.getJavaName() != null ? t.getJavaName() : t.getOSName();
        if (n == null) return "?";
        if (n.startsWith("room-")) return "room-<project>";
        if (n.startsWith("save-")) return "save-<project>";
        return n.replaceAll("\\d+", "N");
    }

    /** Which part of the system a stack is in, by the innermost frame of a known package. */
    private static String area(List<RecordedFrame> frames) {
        for (RecordedFrame f : frames) {
            String n = f.getMethod().getType().getName();
            if (n.startsWith("org.h2")) return "H2";
            if (n.startsWith("org.jooq")) return "jOOQ";
            if (n.startsWith("com.fasterxml")) return "Jackson";
            if (n.startsWith("dev.blueline.model.ops") || n.startsWith("dev.blueline.model.document")) return "validate/apply";
            if (n.startsWith("dev.blueline")) return n.substring(n.lastIndexOf('.') + 1);
            if (n.startsWith("org.eclipse.jetty.websocket")) return "Jetty websocket";
            if (n.startsWith("org.eclipse.jetty.io") || n.startsWith("sun.nio")) return "Jetty/NIO io";
            if (n.startsWith("org.eclipse.jetty")) return "Jetty other";
        }
        return frames.isEmpty() ? "?" : frames.getFirst().getMethod().getType().getName();
    }

    private static String firstOwnFrame(List<RecordedFrame> frames) {
        for (RecordedFrame f : frames) {
            String n = f.getMethod().getType().getName();
            if (!n.startsWith("java.") && !n.startsWith("jdk.") && !n.startsWith("sun.")) return name(f);
        }
        return frames.isEmpty() ? "?" : name(frames.getFirst());
    }
}
