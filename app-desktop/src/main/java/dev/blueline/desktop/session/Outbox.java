package dev.blueline.desktop.session;

import java.net.http.WebSocket;
import java.util.concurrent.CompletableFuture;

/** Sends text frames one after another (the JDK WebSocket allows one send in flight at a time). */
final class Outbox {
    private final WebSocket socket;
    private CompletableFuture<?> last = CompletableFuture.completedFuture(null);

    Outbox(WebSocket socket) {
        this.socket = socket;
    }

    synchronized void send(String text) {
        last = last.handle((ok, failure) -> null).thenCompose(x -> socket.sendText(text, true));
    }

    void close() {
        socket.sendClose(WebSocket.NORMAL_CLOSURE, "bye").exceptionally(x -> null);
    }

    void abort() {
        socket.abort();
    }
}
