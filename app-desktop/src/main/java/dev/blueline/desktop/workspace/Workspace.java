package dev.blueline.desktop.workspace;

import dev.blueline.server.Host;
import dev.blueline.server.config.HostConfig;
import dev.blueline.server.store.Project;
import dev.blueline.server.store.User;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Properties;

/**
 * The user's own Blueline: a data directory, the in-process host bound to loopback that keeps
 * their projects in H2, and the local account they work as. Working alone is being the host of a
 * session nobody else has joined.
 */
public final class Workspace implements AutoCloseable {
    private final Path home;
    private final Host host;
    private final User me;
    /** Shared by every project session of the app; made by {@link #warmUp} or on first use. */
    private HttpClient http;
    private LanHosting lan;

    private Workspace(Path home, Host host, User me) {
        this.home = home;
        this.host = host;
        this.me = me;
    }

    /** {@code BLUELINE_HOME}, or the {@code blueline.home} system property, or {@code ~/.blueline}. */
    public static Path defaultHome() {
        String env = System.getenv("BLUELINE_HOME");
        if (env != null && !env.isBlank()) return Path.of(env);
        String prop = System.getProperty("blueline.home");
        if (prop != null && !prop.isBlank()) return Path.of(prop);
        return Path.of(System.getProperty("user.home"), ".blueline");
    }

    public static Workspace open(Path home) throws Exception {
        Files.createDirectories(home);
        Host host = Host.start(HostConfig.local(home.resolve("host")));
        try {
            Workspace ws = new Workspace(home, host, localUser(home, host));
            ws.warmUp();
            return ws;
        } catch (Exception e) {
            host.close();
            throw e;
        }
    }

    /** The account this app works as, made on first start and remembered in the data directory. */
    private static User localUser(Path home, Host host) throws IOException {
        Path file = home.resolve("user.properties");
        Properties p = new Properties();
        if (Files.exists(file)) {
            try (Reader r = Files.newBufferedReader(file)) {
                p.load(r);
            }
            String id = p.getProperty("userId");
            if (id != null) {
                var existing = host.stores().users().byId(id);
                if (existing.isPresent()) return existing.get();
            }
        }
        String name = System.getProperty("user.name", "Me");
        if (name.isBlank()) name = "Me";
        name = Character.toUpperCase(name.charAt(0)) + name.substring(1);
        User u = host.stores().users().createGuest(name);
        p.setProperty("userId", u.id());
        try (Writer w = Files.newBufferedWriter(file)) {
            p.store(w, "Blueline local account");
        }
        return u;
    }

    public Path home() {
        return home;
    }

    public Host host() {
        return host;
    }

    public User me() {
        return me;
    }

    /** A fresh access token for talking to the in-process host. */
    public String token() {
        return host.tokenFor(me.id());
    }

    /** The realtime address of the in-process host. */
    public String wsUrl() {
        return host.wsUrl();
    }

    /** The user's projects, most recently changed first. */
    public List<Project> projects() {
        return host.stores().projects().forUser(me.id());
    }

    public Project createProject(String name) {
        return host.stores().projects().create(name, me.id());
    }

    /** Where a session on one of the user's own projects keeps its unacknowledged edits (on disk, in the workspace's H2). */
    public dev.blueline.model.sync.PendingStore pendingStore(String projectId) {
        return host.stores().pendingStore("local:" + projectId);
    }

    /** The projects this app joined on teammates' hosts, with their local copies (ADR 12). */
    public dev.blueline.server.store.JoinedStore joined() {
        return host.stores().joined();
    }

    public void deleteProject(String projectId) {
        host.rooms().close(projectId, dev.blueline.model.room.CloseCodes.GOING_AWAY, "the project was deleted");
        host.stores().projects().delete(projectId);
    }

    /** The HTTP client the app's sessions connect with (one for all: each has its own selector thread). */
    public synchronized HttpClient http() {
        if (http == null) http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        return http;
    }

    /**
     * Makes the HTTP client beside the window being built: its first use costs about 100 ms that the
     * first editor would otherwise wait for (part of what keeps the launch near 2 s).
     */
    private void warmUp() {
        Thread.ofPlatform().name("warm-up").daemon(true).start(this::http);
    }

    /** Hosting this app's projects on the LAN (closed until opened). */
    public synchronized LanHosting lan() {
        if (lan == null) lan = new LanHosting(host, me.name());
        return lan;
    }

    @Override
    public void close() {
        synchronized (this) {
            if (lan != null) lan.close();
            // at once: sessions are closed by now, and a socket still open must not hold up quitting
            if (http != null) http.shutdownNow();
        }
        host.close();
    }
}
