package dev.blueline.server.config;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * Everything the host needs to start. Built by {@link ConfigLoader} from flags, environment,
 * a properties file and defaults, or directly by the desktop app that embeds the host.
 *
 * @param bind            address to listen on; loopback by default so a host is private until shared
 * @param port            0 picks a free port
 * @param dataDir         where the database and the signing key live
 * @param databaseUrl     JDBC URL; null means an H2 file in {@code dataDir}
 * @param secretKey       JWT signing secret; null means a key generated on first start and kept in {@code dataDir}
 * @param corsOrigins     browser origins allowed to call the API ({@code *} for any)
 * @param huggingFaceToken the AI token (never logged)
 */
public record HostConfig(String bind, int port, Path dataDir, String databaseUrl, String secretKey,
                         Duration accessTokenLifetime, Duration refreshTokenLifetime, Duration inviteLifetime,
                         List<String> corsOrigins, String huggingFaceToken, Limits limits, boolean tls) {

    public static final int DEFAULT_PORT = 8000;

    /** Request and connection limits. */
    public record Limits(int maxBodyBytes, int maxFrameBytes, int messagesPerSecond, int outgoingQueueFrames,
                         int loginAttemptsPerMinute) {
        public static final Limits DEFAULT = new Limits(2 << 20, 1 << 20, 200, 5_000, 10);
    }

    public HostConfig {
        Objects.requireNonNull(bind, "bind");
        Objects.requireNonNull(dataDir, "dataDir");
        corsOrigins = List.copyOf(corsOrigins);
        if (port < 0 || port > 65_535) throw new IllegalArgumentException("port must be 0–65535, got " + port);
    }

    /** Without TLS (plain HTTP): loopback, or behind the operator's own TLS. */
    public HostConfig(String bind, int port, Path dataDir, String databaseUrl, String secretKey,
                      Duration accessTokenLifetime, Duration refreshTokenLifetime, Duration inviteLifetime,
                      List<String> corsOrigins, String huggingFaceToken, Limits limits) {
        this(bind, port, dataDir, databaseUrl, secretKey, accessTokenLifetime, refreshTokenLifetime, inviteLifetime,
                corsOrigins, huggingFaceToken, limits, false);
    }

    /** True for loopback addresses, where plain HTTP never leaves the machine. */
    public static boolean isLoopback(String bind) {
        return bind.equals("localhost") || bind.startsWith("127.") || bind.equals("::1") || bind.equals("[::1]");
    }

    /** A host on loopback with a free port and data in {@code dataDir}: solo work and tests. */
    public static HostConfig local(Path dataDir) {
        return new HostConfig("127.0.0.1", 0, dataDir, null, null, Duration.ofMinutes(30), Duration.ofDays(30),
                Duration.ofDays(7), List.of(), null, Limits.DEFAULT);
    }

    public HostConfig withPort(int port) {
        return new HostConfig(bind, port, dataDir, databaseUrl, secretKey, accessTokenLifetime, refreshTokenLifetime,
                inviteLifetime, corsOrigins, huggingFaceToken, limits, tls);
    }

    public HostConfig withAccessTokenLifetime(Duration d) {
        return new HostConfig(bind, port, dataDir, databaseUrl, secretKey, d, refreshTokenLifetime,
                inviteLifetime, corsOrigins, huggingFaceToken, limits, tls);
    }

    public HostConfig withLimits(Limits l) {
        return new HostConfig(bind, port, dataDir, databaseUrl, secretKey, accessTokenLifetime, refreshTokenLifetime,
                inviteLifetime, corsOrigins, huggingFaceToken, l, tls);
    }

    /** Serving HTTPS and WSS with the host's own certificate (a LAN session), or plain HTTP. */
    public HostConfig withTls(boolean on) {
        return new HostConfig(bind, port, dataDir, databaseUrl, secretKey, accessTokenLifetime, refreshTokenLifetime,
                inviteLifetime, corsOrigins, huggingFaceToken, limits, on);
    }

    @Override
    public String toString() {
        // secrets stay out of logs
        return "HostConfig[bind=" + bind + ", port=" + port + ", dataDir=" + dataDir
                + ", database=" + (databaseUrl == null ? "H2 in data dir" : "configured")
                + ", secretKey=" + (secretKey == null ? "generated" : "configured")
                + ", accessTokenLifetime=" + accessTokenLifetime + ", corsOrigins=" + corsOrigins
                + ", huggingFaceToken=" + (huggingFaceToken == null ? "none" : "set") + ", tls=" + tls + "]";
    }
}
