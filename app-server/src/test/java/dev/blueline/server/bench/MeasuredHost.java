package dev.blueline.server.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The host under test as a separate JVM, so its CPU time is its own: started with this process's
 * classpath, output to a log file in the data directory, stopped with SIGTERM (or killed).
 */
final class MeasuredHost implements AutoCloseable {
    private static final Pattern LISTENING = Pattern.compile("Blueline host on (http://\\S+)");

    final Process process;
    final String url;
    final Path log;
    final long startupNanos;

    private MeasuredHost(Process process, String url, Path log, long startupNanos) {
        this.process = process;
        this.url = url;
        this.log = log;
        this.startupNanos = startupNanos;
    }

    /**
     * Starts {@code mainClass serve --port 0 --data dataDir} (or, for {@link BenchHost}, the same
     * flags) and returns once it printed its URL.
     */
    static MeasuredHost start(String mainClass, List<String> jvmArgs, Path dataDir, List<String> extraArgs) throws Exception {
        Files.createDirectories(dataDir);
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        // the production log configuration (the test one would be picked up from test-classes otherwise)
        var logback = MeasuredHost.class.getResource("/logback.xml");
        if (logback != null && "file".equals(logback.getProtocol())) cmd.add("-Dlogback.configurationFile=" + Path.of(logback.toURI()));
        cmd.addAll(jvmArgs);
        cmd.add("-cp");
        cmd.add(System.getProperty("java.class.path"));
        cmd.add(mainClass);
        if (mainClass.equals("dev.blueline.server.HostMain")) cmd.add("serve");
        cmd.addAll(List.of("--port", "0", "--data", dataDir.toString()));
        cmd.addAll(extraArgs);
        Path log = Files.createTempFile(dataDir.getParent(), "host-", ".log");
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile());
        for (String v : List.of("PORT", "BIND", "DATABASE_URL", "SECRET_KEY", "ACCESS_TOKEN_EXPIRE_MINUTES", "CORS_ORIGINS")) {
            pb.environment().remove(v);
        }
        long t0 = System.nanoTime();
        Process p = pb.start();
        long deadline = t0 + TimeUnit.SECONDS.toNanos(90);
        while (System.nanoTime() < deadline) {
            String out = Files.readString(log);
            Matcher m = LISTENING.matcher(out);
            if (m.find()) return new MeasuredHost(p, m.group(1), log, System.nanoTime() - t0);
            if (!p.isAlive()) throw new IllegalStateException("the host exited with " + p.exitValue() + ":\n" + tail(out));
            Thread.sleep(20);
        }
        p.destroyForcibly();
        throw new IllegalStateException("the host did not start in time:\n" + tail(Files.readString(log)));
    }

    long pid() {
        return process.pid();
    }

    /** User + system CPU time of the host so far, in nanoseconds (from /proc, 10 ms resolution). */
    long cpuNanos() {
        try {
            // fields 14 and 15 of /proc/<pid>/stat: utime, stime in clock ticks (100/s on Linux)
            String stat = Files.readString(Path.of("/proc", Long.toString(pid()), "stat"));
            String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            long ticks = Long.parseLong(f[11]) + Long.parseLong(f[12]);
            return ticks * 10_000_000L;
        } catch (IOException | RuntimeException e) {
            return process.toHandle().info().totalCpuDuration().orElse(Duration.ZERO).toNanos();
        }
    }

    /**
     * CPU nanoseconds so far per kind of host thread (room, jetty, jit, gc, other), from
     * {@code /proc/<pid>/task/<tid>/stat}; threads that ended are not counted.
     */
    java.util.Map<String, Long> cpuByThreadGroup() {
        java.util.Map<String, Long> out = new java.util.TreeMap<>();
        try (var tasks = Files.list(Path.of("/proc", Long.toString(pid()), "task"))) {
            for (Path t : (Iterable<Path>) tasks::iterator) {
                try {
                    String stat = Files.readString(t.resolve("stat"));
                    String name = stat.substring(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
                    String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                    long nanos = (Long.parseLong(f[11]) + Long.parseLong(f[12])) * 10_000_000L;
                    out.merge(threadGroup(name), nanos, Long::sum);
                } catch (IOException | RuntimeException gone) {
                    // the thread ended meanwhile
                }
            }
        } catch (IOException | RuntimeException e) {
            // not Linux
        }
        return out;
    }

    /** Linux thread names are the first 15 characters of the Java name. */
    static String threadGroup(String name) {
        if (name.startsWith("room-")) return "room";
        if (name.startsWith("save-")) return "save";
        if (name.startsWith("host-")) return "jetty";
        if (name.startsWith("C1 Compiler") || name.startsWith("C2 Compiler")) return "jit";
        if (name.startsWith("GC Thread") || name.startsWith("G1 ") || name.startsWith("VM Thread")) return "gc";
        return "other";
    }

    /** Resident set size in KiB (VmRSS), or -1. */
    long rssKib() {
        return statusField("VmRSS:");
    }

    /** Peak resident set size in KiB (VmHWM), or -1. */
    long peakRssKib() {
        return statusField("VmHWM:");
    }

    private long statusField(String name) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid()), "status"))) {
                if (line.startsWith(name)) return Long.parseLong(line.substring(name.length()).trim().split("\\s+")[0]);
            }
        } catch (IOException | RuntimeException e) {
            // not Linux, or gone
        }
        return -1;
    }

    /** SIGTERM, then waits for the shutdown hook (which closes the rooms and the database). */
    void stop() {
        process.destroy();
        try {
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                process.waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** SIGKILL: nothing gets to run. */
    void kill() {
        process.destroyForcibly();
        try {
            process.waitFor(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    String logTail() {
        try {
            return tail(Files.readString(log));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String tail(String s) {
        return s.length() > 4000 ? s.substring(s.length() - 4000) : s;
    }

    @Override
    public void close() {
        if (process.isAlive()) stop();
    }
}
