package dev.blueline.desktop.session;

import java.net.http.WebSocket;
import java.util.concurrent.CompletableFuture;

/**
 * Sends text frames one after another (the JDK WebSocket allows one send in flight at a time).
 * Frames given while the socket is still opening wait, in order, and leave the moment it opens.
 */
final class Outbox {
    private final CompletableFuture<WebSocket> socket;
    private CompletableFuture<?> last = CompletableFuture.completedFuture(null);

    Outbox(CompletableFuture<WebSocket> socket) {
        this.socket = socket;
    }

    synchronized void send(String text) {
        last = last.handle((ok, failure) -> null).thenCompose(x -> socket.thenCompose(ws -> ws.sendText(text, true)));
    }

    /** Says goodbye now, or as soon as the socket opens. */
    void close() {
        socket.thenCompose(ws -> ws.sendClose(WebSocket.NORMAL_CLOSURE, "bye")).exceptionally(x -> null);
    }

    /** Drops the link now, or as soon as it opens. */
    void abort() {
        socket.thenAccept(WebSocket::abort);
    }
}
