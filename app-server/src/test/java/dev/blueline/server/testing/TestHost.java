package dev.blueline.server.testing;

import dev.blueline.server.Host;
import dev.blueline.server.config.HostConfig;

import java.nio.file.Path;
import java.time.Clock;

/** A real host on a free loopback port with real H2 files in a temp directory, and a client for it. */
public final class TestHost implements AutoCloseable {
    public final Host host;
    public final Api api;

    private TestHost(Host host) {
        this.host = host;
        this.api = new Api(host.url());
    }

    public static TestHost start(Path dir) throws Exception {
        return start(HostConfig.local(dir));
    }

    public static TestHost start(HostConfig config) throws Exception {
        return new TestHost(Host.start(config));
    }

    public static TestHost start(HostConfig config, Clock clock) throws Exception {
        return new TestHost(Host.start(config, clock));
    }

    public String wsUrl() {
        return host.wsUrl();
    }

    public WsClient connect() throws Exception {
        return WsClient.connect(wsUrl());
    }

    @Override
    public void close() {
        host.close();
    }
}
