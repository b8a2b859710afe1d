package dev.blueline.server.ws;

import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The host's open WebSocket connections, with the local port each came in on. Stopping hosting on
 * the LAN ends the connections that came through the LAN listener with a close code saying why,
 * and leaves the app's own loopback connections alone.
 */
public final class LiveSockets {
    private final Map<WsEndpoint, Integer> open = new ConcurrentHashMap<>();

    void opened(WsEndpoint endpoint, SocketAddress local) {
        if (local instanceof InetSocketAddress inet) open.put(endpoint, inet.getPort());
    }

    void ended(WsEndpoint endpoint) {
        open.remove(endpoint);
    }

    /**
     * Closes every connection that came in on local {@code port} with {@code code} and {@code reason}.
     * Completes when all of them have ended (a client that does not answer is dropped by the
     * socket's own close grace).
     */
    public CompletableFuture<Void> closeOnPort(int port, int code, String reason) {
        List<CompletableFuture<Void>> ending = open.entrySet().stream().filter(e -> e.getValue() == port)
                .map(e -> e.getKey().close(code, reason)).toList();
        return CompletableFuture.allOf(ending.toArray(CompletableFuture[]::new));
    }
}
