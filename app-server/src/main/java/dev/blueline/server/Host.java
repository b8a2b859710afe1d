package dev.blueline.server;

import dev.blueline.model.protocol.Codec;
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
import dev.blueline.server.ws.WsRoute;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.binder.jvm.JvmGcMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.system.ProcessorMetrics;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.handler.ContextHandler;
import org.eclipse.jetty.util.thread.QueuedThreadPool;
import org.eclipse.jetty.websocket.server.WebSocketUpgradeHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.file.Files;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

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
    private final Stores stores;
    private final Rooms rooms;
    private final Tokens tokens;
    private final Router router;
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
            this.connector = new ServerConnector(server);
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
                    .addAll(new InvitesApi(stores, access, clock, config.inviteLifetime(), new InviteLinks(null)).routes())
                    .addAll(new WireframesApi(stores, access, writer).routes())
                    .addAll(new ExportApi(stores, access).routes())
                    .addAll(new ConversationsApi(stores, access).routes())
                    .addAll(new ComponentsApi(stores, access, codec.mapper()).routes())
                    .addAll(new HealthApi(stores, rooms, metrics, version()).routes())
                    .addAll(new DocsApi(codec.mapper()).routes());

            ContextHandler context = new ContextHandler("/");
            WebSocketUpgradeHandler ws = WsRoute.handler(server, context, codec, auth, stores, rooms, config.limits(), metrics);
            ws.setHandler(new ApiHandler(router, auth, codec.mapper(), config.limits().maxBodyBytes(), config.corsOrigins(), metrics));
            context.setHandler(ws);
            server.setHandler(context);
        } catch (Exception | Error e) {
            opening.thenAccept(H2Stores::close); // whenever it is open: nothing else will close it
            throw e;
        }
        this.chores = Executors.newSingleThreadScheduledExecutor(Thread.ofPlatform().name("host-chores").daemon(true).factory());
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

    /** The base URL on the address it is bound to, e.g. {@code http://127.0.0.1:8000}. */
    public String url() {
        String h = config.bind().contains(":") ? "[" + config.bind() + "]" : config.bind();
        if ("0.0.0.0".equals(h)) h = "127.0.0.1";
        return "http://" + h + ":" + port();
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
