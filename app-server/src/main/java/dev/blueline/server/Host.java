package dev.blueline.server;

import dev.blueline.model.protocol.Codec;
import dev.blueline.model.room.CloseCodes;
import dev.blueline.model.room.Role;
import dev.blueline.model.room.RoomSettings;
import dev.blueline.server.api.Access;
import dev.blueline.server.api.AuthApi;
import dev.blueline.server.api.ComponentsApi;
import dev.blueline.server.api.ConversationsApi;
import dev.blueline.server.api.DocsApi;
import dev.blueline.server.api.DocumentWriter;
import dev.blueline.server.api.ExportApi;
import dev.blueline.server.api.HealthApi;
import dev.blueline.server.api.InviteLinks;
import dev.blueline.server.api.InvitesApi;
import dev.blueline.server.api.ProjectsApi;
import dev.blueline.server.api.WireframesApi;
import dev.blueline.server.auth.AttemptLimiter;
import dev.blueline.server.auth.Authenticator;
import dev.blueline.server.auth.Passwords;
import dev.blueline.server.auth.SigningKey;
import dev.blueline.server.auth.Tokens;
import dev.blueline.server.config.HostConfig;
import dev.blueline.server.http.ApiHandler;
import dev.blueline.server.http.ProblemErrorHandler;
import dev.blueline.server.http.Router;
import dev.blueline.server.rooms.Rooms;
import dev.blueline.server.store.Invite;
import dev.blueline.server.store.Stores;
import dev.blueline.server.store.jooq.H2Stores;
import dev.blueline.server.tls.HostCertificate;
import dev.blueline.server.ws.LiveSockets;
import dev.blueline.server.ws.WsRoute;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.binder.jvm.JvmGcMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.system.ProcessorMetrics;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.SecureRequestCustomizer;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.handler.ContextHandler;
import org.eclipse.jetty.util.ssl.SslContextFactory;
import org.eclipse.jetty.util.thread.QueuedThreadPool;
import org.eclipse.jetty.websocket.server.WebSocketUpgradeHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.file.Files;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The host: one embedded Jetty serving the REST API under {@code /api/v1}, the realtime
 * protocol at {@code /ws} and docs at {@code /docs}, over H2. Started standalone by
 * {@link HostMain} or embedded by the desktop app: {@link #start}, {@link #port}, {@link #invite}, {@link #close}.
 */
public final class Host implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(Host.class);
    /**
     * How long a change may wait before its batch is saved (ADR 0009). It delays only acks: others
     * see a change at once. The system property is for the load benchmark.
     */
    static final Duration SAVE_DELAY = Duration.ofMillis(Long.getLong("blueline.room.saveDelayMs", 20));

    private final HostConfig config;
    private final Server server;
    private final ServerConnector connector;
    /** The certificate HTTPS and WSS are served with, or null for plain HTTP. */
    private final HostCertificate certificate;
    /** The second listener, on a LAN interface with TLS, while the host is open to the LAN. */
    private ServerConnector lanConnector;
    private LanShare lanShare;
    private final Stores stores;
    private final Rooms rooms;
    private final Tokens tokens;
    private final Router router;
    /** Open WebSocket connections, so that stopping hosting on the LAN can tell the LAN ones why. */
    private final LiveSockets sockets = new LiveSockets();
    private final ScheduledExecutorService chores;
    private final Clock clock;

    private Host(HostConfig config, Clock clock) throws Exception {
        this.config = config;
        this.clock = clock;
        Files.createDirectories(config.dataDir());
        byte[] key = SigningKey.load(config.dataDir(), config.secretKey()); // first: a bad key must not leave the database open
        // the database opens on its own thread while Jetty and the metrics are made: they need
        // nothing from it, and this is most of the app's wait for its host (ADR 10)
        CompletableFuture<H2Stores> opening = CompletableFuture.supplyAsync(
                () -> H2Stores.open(config.databaseUrl() != null ? config.databaseUrl() : H2Stores.fileUrl(config.dataDir())),
                task -> Thread.ofPlatform().name("database-open").daemon(true).start(task));
        try {
            Codec codec = new Codec(new Codec.FrameLimits(config.limits().maxFrameBytes(), 32, 200_000, 40));
            PrometheusMeterRegistry metrics = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
            new JvmMemoryMetrics().bindTo(metrics);
            new JvmGcMetrics().bindTo(metrics);
            new ProcessorMetrics().bindTo(metrics);
            QueuedThreadPool threads = new QueuedThreadPool(200, 8);
            threads.setName("host");
            this.server = new Server(threads);
            this.certificate = config.tls() ? HostCertificate.loadOrCreate(config.dataDir()) : null;
            this.connector = certificate == null ? new ServerConnector(server) : tlsConnector(server, certificate);
            connector.setHost(config.bind());
            connector.setPort(config.port());
            server.addConnector(connector);
            server.setErrorHandler(new ProblemErrorHandler(codec.mapper())); // Jetty's own errors (bad URI, huge headers) as problem+json too
            server.setStopTimeout(5_000);

            this.stores = opened(opening);
            this.tokens = new Tokens(key, config.accessTokenLifetime(), clock);
            Authenticator auth = new Authenticator(tokens, stores.tokens());
            this.rooms = new Rooms(stores, codec, RoomSettings.DEFAULT.withRecentChanges(2_000), clock, SAVE_DELAY);
            Gauge.builder("rooms.open", rooms, Rooms::count).register(metrics);
            Gauge.builder("rooms.connections", rooms, Rooms::connections).register(metrics);

            Access access = new Access(stores.projects());
            DocumentWriter writer = new DocumentWriter(rooms, codec);
            this.router = new Router()
                    .addAll(new AuthApi(stores, new Passwords(), tokens, auth, new AttemptLimiter(config.limits().loginAttemptsPerMinute()),
                            config.refreshTokenLifetime(), clock).routes())
                    .addAll(new ProjectsApi(stores, access, rooms, writer).routes())
                    .addAll(new InvitesApi(stores, access, clock, config.inviteLifetime(), new InviteLinks(null, certificate == null ? null : certificate.fingerprint())).routes())
                    .addAll(new WireframesApi(stores, access, writer).routes())
                    .addAll(new ExportApi(stores, access).routes())
                    .addAll(new ConversationsApi(stores, access).routes())
                    .addAll(new ComponentsApi(stores, access, codec.mapper()).routes())
                    .addAll(new HealthApi(stores, rooms, metrics, version()).routes())
                    .addAll(new DocsApi(codec.mapper()).routes());

            ContextHandler context = new ContextHandler("/");
            WebSocketUpgradeHandler ws = WsRoute.handler(server, context, codec, auth, stores, rooms, config.limits(), sockets, metrics);
            ws.setHandler(new ApiHandler(router, auth, codec.mapper(), config.limits().maxBodyBytes(), config.corsOrigins(), metrics));
            context.setHandler(ws);
            server.setHandler(context);
        } catch (Exception | Error e) {
            opening.thenAccept(H2Stores::close); // whenever it is open: nothing else will close it
            throw e;
        }
        this.chores = Executors.newSingleThreadScheduledExecutor(Thread.ofPlatform().name("host-chores").daemon(true).factory());
    }

    /**
     * HTTPS (and so WSS) with the host's own certificate. Clients pin the certificate rather than
     * check a name, so the request's host name is not compared with the certificate's.
     */
    private static ServerConnector tlsConnector(Server server, HostCertificate certificate) {
        SslContextFactory.Server tls = new SslContextFactory.Server();
        tls.setKeyStore(certificate.keyStore());
        tls.setKeyStorePassword(certificate.keyStorePassword());
        tls.setKeyManagerPassword(certificate.keyStorePassword());
        tls.setIncludeProtocols("TLSv1.3", "TLSv1.2");
        HttpConfiguration http = new HttpConfiguration();
        http.addCustomizer(new SecureRequestCustomizer(false, false, -1, false));
        return new ServerConnector(server, tls, new HttpConnectionFactory(http));
    }

    /** The opened database, or what stopped it from opening, as thrown there. */
    private static H2Stores opened(CompletableFuture<H2Stores> opening) throws Exception {
        try {
            return opening.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof Exception cause) throw cause;
            if (e.getCause() instanceof Error error) throw error;
            throw e;
        }
    }

    /** Starts a host and returns once it accepts connections. */
    public static Host start(HostConfig config) throws Exception {
        return start(config, Clock.systemUTC());
    }

    public static Host start(HostConfig config, Clock clock) throws Exception {
        Host host = new Host(config, clock);
        try {
            host.server.start();
        } catch (Exception e) {
            host.close();
            throw e;
        }
        host.chores.scheduleWithFixedDelay(() -> host.rooms.unloadIdle(Duration.ofMinutes(5)), 1, 1, TimeUnit.MINUTES);
        host.chores.scheduleWithFixedDelay(() -> host.stores.tokens().purgeExpired(clock.instant()), 1, 60, TimeUnit.MINUTES);
        log.info("host listening on {}:{} with data in {}", config.bind(), host.port(), config.dataDir());
        return host;
    }

    /** The port it listens on (useful when started with port 0). */
    public int port() {
        return connector.getLocalPort();
    }

    /**
     * The SHA-256 fingerprint of the certificate this host serves HTTPS and WSS with (invite links
     * carry it, and joining apps pin it), or null when it serves plain HTTP.
     */
    public String fingerprint() {
        return certificate == null ? null : certificate.fingerprint();
    }

    /** The base URL on the address it is bound to, e.g. {@code http://127.0.0.1:8000} ({@code https} with TLS). */
    public String url() {
        String h = "0.0.0.0".equals(config.bind()) ? "127.0.0.1" : config.bind();
        return (certificate == null ? "http://" : "https://") + LanShare.authorityOf(h, port());
    }

    /** Where the realtime protocol is served: {@code ws://…/ws}, or {@code wss://…/ws} with TLS. */
    public String wsUrl() {
        return url().replaceFirst("^http", "ws") + "/ws";
    }

    public HostConfig config() {
        return config;
    }

    public Stores stores() {
        return stores;
    }

    public Rooms rooms() {
        return rooms;
    }

    /** Every HTTP route, for docs and tests. */
    public Router router() {
        return router;
    }

    /** An invite to a project, created on behalf of {@code createdBy} (who must be allowed to invite). */
    public Invite invite(String projectId, Role role, String createdBy) {
        return stores.invites().create(projectId, role, createdBy, clock.instant().plus(config.inviteLifetime()));
    }

    /** How many ports after the first one {@link #openToLan} tries. */
    static final int LAN_PORT_TRIES = 20;

    /**
     * Opens the host to the LAN: it also listens on {@code address} (a LAN interface), on
     * {@code firstPort} or the next free one, with HTTPS and WSS only, using the host's own
     * certificate (made on first use, kept in the data directory). The loopback listener the app
     * itself uses stays as it is. Opening again while open returns the share as it is.
     */
    public synchronized LanShare openToLan(String address, int firstPort) throws IOException {
        if (lanConnector != null) return lanShare;
        HostCertificate cert = certificate != null ? certificate : HostCertificate.loadOrCreate(config.dataDir());
        IOException last = null;
        for (int port = firstPort; port < firstPort + LAN_PORT_TRIES && port <= 65_535; port++) {
            ServerConnector c = tlsConnector(server, cert);
            c.setHost(address);
            c.setPort(port);
            server.addConnector(c);
            try {
                c.start();
                lanConnector = c;
                lanShare = new LanShare(address, c.getLocalPort(), cert.fingerprint());
                log.info("open to the LAN on {}", lanShare.url());
                return lanShare;
            } catch (Exception e) {
                server.removeConnector(c);
                stopQuietly(c);
                last = e instanceof IOException io ? io : new IOException(e.getMessage(), e);
                if (firstPort == 0) break;
            }
        }
        throw new IOException("cannot listen on " + address + " at ports " + firstPort + "–" + (firstPort + LAN_PORT_TRIES - 1)
                + (last == null ? "" : ": " + last.getMessage()), last);
    }

    /** Where the host is open to the LAN, or null when it is not. */
    public synchronized LanShare lanShare() {
        return lanShare;
    }

    /** How long stopping hosting waits for teammates' apps to answer the close before dropping them. */
    static final Duration LAN_CLOSE_WAIT = Duration.ofSeconds(2);

    /**
     * Stops hosting on the LAN as the hosting user chose: teammates' connections are closed with
     * {@link CloseCodes#HOST_STOPPED} and {@code reason} (e.g. "Ada stopped hosting"), so their apps
     * stop retrying and say why; then the listener stops. Loopback (the app's own editing) goes on.
     */
    public synchronized void stopHostingOnLan(String reason) {
        if (lanConnector == null) return;
        ServerConnector c = lanConnector;
        int port = c.getLocalPort(); // before closing, which forgets it
        c.close(); // no new connections while the open ones are told
        try {
            sockets.closeOnPort(port, CloseCodes.HOST_STOPPED, reason).get(LAN_CLOSE_WAIT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException | TimeoutException e) {
            log.info("some LAN connections did not answer the close in {}; dropping them", LAN_CLOSE_WAIT);
        }
        closeToLan();
    }

    /**
     * Stops listening on the LAN and drops the connections that came that way, without a word: to
     * their apps it looks like the host went away, and they keep trying to come back. Loopback goes on.
     */
    public synchronized void closeToLan() {
        if (lanConnector == null) return;
        ServerConnector c = lanConnector;
        lanConnector = null;
        lanShare = null;
        stopQuietly(c);
        c.getConnectedEndPoints().forEach(org.eclipse.jetty.io.EndPoint::close);
        server.removeConnector(c);
        log.info("closed to the LAN");
    }

    private static void stopQuietly(ServerConnector c) {
        try {
            c.stop();
        } catch (Exception e) {
            log.warn("a LAN listener did not stop cleanly", e);
        }
    }

    /** An access token for a user of this host, for the app that embeds it. */
    public String tokenFor(String userId) {
        return tokens.issue(userId);
    }

    @Override
    public void close() {
        chores.shutdownNow();
        rooms.close();
        try {
            server.stop();
        } catch (Exception e) {
            log.warn("jetty did not stop cleanly", e);
        }
        stores.close();
    }

    static String version() {
        String v = Host.class.getPackage().getImplementationVersion();
        return v == null ? "dev" : v;
    }

    /** The routes that need no sign-in, for the record. */
    public List<String> openRoutes() {
        return router.routes().stream().filter(r -> !r.signedIn()).map(r -> r.method() + " " + r.path().text()).toList();
    }
}
