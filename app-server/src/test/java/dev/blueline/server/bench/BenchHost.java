package dev.blueline.server.bench;

import dev.blueline.server.Host;
import dev.blueline.server.config.HostConfig;

import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;

/**
 * The standard host with one knob for benchmarks: the per-connection WebSocket message limit
 * ({@code --messages-per-second}, default 200 like the real host). Everything else is
 * {@link HostConfig#local}. Prints the same "Blueline host on URL" line as {@code HostMain}.
 *
 * <pre>java -cp ... dev.blueline.server.bench.BenchHost --port 0 --data DIR --messages-per-second 1000000</pre>
 */
public final class BenchHost {
    private BenchHost() {
    }

    public static void main(String[] args) throws Exception {
        int port = 0;
        Path data = null;
        int perSecond = HostConfig.Limits.DEFAULT.messagesPerSecond();
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--port" -> port = Integer.parseInt(args[++i]);
                case "--data" -> data = Path.of(args[++i]);
                case "--messages-per-second" -> perSecond = Integer.parseInt(args[++i]);
                default -> throw new IllegalArgumentException("unknown flag " + args[i]);
            }
        }
        if (data == null) throw new IllegalArgumentException("--data is required");
        HostConfig.Limits d = HostConfig.Limits.DEFAULT;
        HostConfig config = HostConfig.local(data).withPort(port).withLimits(
                new HostConfig.Limits(d.maxBodyBytes(), d.maxFrameBytes(), perSecond, d.outgoingQueueFrames(), d.loginAttemptsPerMinute()));
        Host host = Host.start(config);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            host.close();
            stopped.countDown();
        }, "host-shutdown"));
        System.out.println("Blueline host on " + host.url() + " (bench host, " + perSecond + " ws messages/s per connection)");
        stopped.await();
    }
}
