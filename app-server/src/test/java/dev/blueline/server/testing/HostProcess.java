package dev.blueline.server.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The host as a separate JVM ({@code HostMain serve --port 0 --data DIR}, on this test's class path),
 * so a test can kill it the hard way. Its output goes to a log file in the data directory's parent.
 */
public final class HostProcess implements AutoCloseable {
    private static final Pattern URL = Pattern.compile("Blueline host on (https?://\\S+)");
    private static final Duration START_TIMEOUT = Duration.ofSeconds(60);

    private final Process process;
    private final String url;
    private final Path log;

    private HostProcess(Process process, String url, Path log) {
        this.process = process;
        this.url = url;
        this.log = log;
    }

    /** Starts a host on a free loopback port with its data in {@code dataDir}; returns once it accepts connections. */
    public static HostProcess start(Path dataDir, Path log) throws IOException, InterruptedException {
        return start(dataDir, log, 0, false);
    }

    /**
     * Starts a host on loopback at {@code port} (0: any free one), serving HTTPS/WSS with its own
     * certificate when {@code tls} (as a LAN session does); returns once it accepts connections.
     */
    public static HostProcess start(Path dataDir, Path log, int port, boolean tls) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1",
                "-cp", System.getProperty("java.class.path"),
                "dev.blueline.server.HostMain", "serve", "--port", Integer.toString(port), "--bind", "127.0.0.1",
                "--data", dataDir.toString(), tls ? "--tls" : "--no-tls"));
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        // this host's configuration comes from its flags and data directory only
        for (String name : List.of("DATABASE_URL", "SECRET_KEY", "PORT", "BIND", "BLUELINE_DATA", "ACCESS_TOKEN_EXPIRE_MINUTES", "CORS_ORIGINS")) {
            pb.environment().remove(name);
        }
        long logStart = Files.exists(log) ? Files.size(log) : 0;
        Process p = pb.start();
        long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            String out = Files.exists(log) ? tail(log, logStart) : "";
            Matcher m = URL.matcher(out);
            if (m.find()) return new HostProcess(p, m.group(1), log);
            if (!p.isAlive()) throw new IllegalStateException("the host exited with " + p.exitValue() + ":\n" + out);
            Thread.sleep(50);
        }
        p.destroyForcibly();
        throw new IllegalStateException("the host did not start within " + START_TIMEOUT + ":\n" + tail(log, logStart));
    }

    private static String tail(Path log, long from) throws IOException {
        byte[] all = Files.readAllBytes(log);
        return new String(all, (int) Math.min(from, all.length), (int) Math.max(0, all.length - from), StandardCharsets.UTF_8);
    }

    public String url() {
        return url;
    }

    public String wsUrl() {
        return url.replaceFirst("^http", "ws") + "/ws";
    }

    /** A loopback port nothing listens on right now, for a host that must come back on the same one. */
    public static int freePort() throws IOException {
        try (var s = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        }
    }

    public Api api() {
        return new Api(url);
    }

    public long pid() {
        return process.pid();
    }

    /** SIGKILL on Linux and macOS: no shutdown hooks, no flushing, nothing. Returns once the process is gone. */
    public void kill() throws InterruptedException {
        process.destroyForcibly();
        if (!process.waitFor(30, TimeUnit.SECONDS)) throw new IllegalStateException("host " + pid() + " survived SIGKILL");
    }

    /** The host's output so far, for failure messages. */
    public String output() {
        try {
            return Files.readString(log);
        } catch (IOException e) {
            return "(no output: " + e + ")";
        }
    }

    @Override
    public void close() throws InterruptedException {
        if (!process.isAlive()) return;
        process.destroy();
        if (!process.waitFor(15, TimeUnit.SECONDS)) kill();
    }
}
