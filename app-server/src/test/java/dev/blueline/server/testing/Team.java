package dev.blueline.server.testing;

import com.fasterxml.jackson.databind.JsonNode;

import dev.blueline.server.config.HostConfig;

import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A scene for realtime tests: an owner with a project holding one screen (made over REST), and
 * teammates invited as editors or viewers. Works against any host URL (in-process or a separate process).
 */
public final class Team {
    private static final AtomicInteger PEOPLE = new AtomicInteger();

    public final Api api;
    public final String wsUrl;
    public final String owner;
    public final String projectId;
    public final String screenId;

    /** Accounts already signed up, by host and name: bcrypt makes signing up slow on purpose. */
    private static final Map<String, String> ACCOUNTS = new ConcurrentHashMap<>();

    private Team(Api api, String wsUrl, String owner, String projectId, String screenId) {
        this.api = api;
        this.wsUrl = wsUrl;
        this.owner = owner;
        this.projectId = projectId;
        this.screenId = screenId;
    }

    /**
     * A host config for realtime tests: loopback, free port, data in {@code dir}, and sign-in limits
     * high enough for tests that sign many people up from one address.
     */
    public static HostConfig hostConfig(Path dir) {
        HostConfig.Limits d = HostConfig.Limits.DEFAULT;
        return HostConfig.local(dir).withLimits(new HostConfig.Limits(d.maxBodyBytes(), d.maxFrameBytes(), d.messagesPerSecond(),
                d.outgoingQueueFrames(), 100_000));
    }

    public static Team on(TestHost t) {
        return on(t.api, t.wsUrl());
    }

    /** An owner ("Ada", signed up once per host) with a new project holding a screen "Home". */
    public static Team on(Api api, String wsUrl) {
        String owner = account(api, wsUrl, "Ada");
        String project = api.newProject(owner, "Shop");
        Api.Reply screen = api.post("/api/v1/wireframes", owner, Map.of("projectId", project, "name", "Home", "width", 1440, "height", 900));
        if (screen.status() != 201) throw new AssertionError("create screen failed: " + screen);
        return new Team(api, wsUrl, owner, project, screen.json().get("id").asText());
    }

    /** The same team on a host that came back on another address (same data directory). */
    public Team at(Api api, String wsUrl) {
        return new Team(api, wsUrl, owner, projectId, screenId);
    }

    /** A new teammate who joined the project with an editor invite; returns their token. */
    public String editor(String name) {
        return member(name, "editor");
    }

    public String viewer(String name) {
        return member(name, "viewer");
    }

    /** Someone with an account who is not a member of the project. */
    public String stranger(String name) {
        return account(api, wsUrl, "stranger " + name);
    }

    private String member(String name, String role) {
        return api.joinAs(account(api, wsUrl, name), api.invite(owner, projectId, role));
    }

    private static String account(Api api, String host, String name) {
        return ACCOUNTS.computeIfAbsent(host + "|" + name, k -> api.token(email(), name));
    }

    private static String email() {
        return "person" + PEOPLE.incrementAndGet() + "-" + System.nanoTime() + "@example.com";
    }

    public WsPeer connect() throws Exception {
        return WsPeer.connect(wsUrl);
    }

    /** A connection that said hello as a fresh client and got its welcome. */
    public WsPeer join(String token, String clientId) throws Exception {
        WsPeer p = connect();
        p.hello(token, projectId, clientId, 0);
        return p;
    }

    /** The screen with its elements, read back over REST. */
    public JsonNode screen() {
        Api.Reply r = api.get("/api/v1/wireframes/" + screenId, owner);
        if (r.status() != 200) throw new AssertionError("read screen failed: " + r);
        return r.json();
    }

    /** The project's chat history over REST. */
    public JsonNode chat() {
        Api.Reply r = api.get("/api/v1/projects/" + projectId + "/chat", owner);
        if (r.status() != 200) throw new AssertionError("read chat failed: " + r);
        return r.json();
    }
}
