package dev.blueline.server.ws;

import dev.blueline.model.protocol.Codec;
import dev.blueline.model.protocol.Protocol;
import dev.blueline.server.auth.Authenticator;
import dev.blueline.server.config.HostConfig;
import dev.blueline.server.rooms.Rooms;
import dev.blueline.server.store.Stores;
import io.micrometer.core.instrument.MeterRegistry;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.handler.ContextHandler;
import org.eclipse.jetty.websocket.server.WebSocketUpgradeHandler;

import java.time.Duration;

/** Mounts the realtime endpoint at {@code /ws}. */
public final class WsRoute {
    private WsRoute() {
    }

    public static WebSocketUpgradeHandler handler(Server server, ContextHandler context, Codec codec, Authenticator auth,
                                                  Stores stores, Rooms rooms, HostConfig.Limits limits, LiveSockets sockets,
                                                  MeterRegistry metrics) {
        WsGate gate = WsGate.of(codec, auth, stores, rooms, limits, server.getScheduler(), sockets, metrics);
        return WebSocketUpgradeHandler.from(server, context, container -> {
            // a little over our own limit, so that our codec answers with a clear error first
            container.setMaxTextMessageSize(limits.maxFrameBytes() * 4L + 1024);
            container.setMaxBinaryMessageSize(1024);
            container.setIdleTimeout(Duration.ofMinutes(2));
            container.addMapping(Protocol.PATH, (request, response, callback) -> new WsEndpoint(gate));
        });
    }
}
