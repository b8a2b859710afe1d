package dev.blueline.server.ws;

import dev.blueline.model.room.CloseCodes;
import dev.blueline.model.room.RoomSocket;
import org.eclipse.jetty.websocket.api.Callback;
import org.eclipse.jetty.websocket.api.Session;

import java.util.concurrent.atomic.AtomicInteger;

/**
 * A WebSocket as the room sees it. Sends never block the room: Jetty queues them, and a client
 * that lets more than {@code maxQueued} frames pile up is disconnected (it catches up when it
 * returns) instead of slowing everyone down.
 */
final class JettySocket implements RoomSocket {
    private final Session session;
    private final int maxQueued;
    private final AtomicInteger queued = new AtomicInteger();
    private final Callback done = Callback.from(queued::decrementAndGet, failure -> queued.decrementAndGet());
    private volatile boolean closing;

    JettySocket(Session session, int maxQueued) {
        this.session = session;
        this.maxQueued = maxQueued;
    }

    @Override
    public void send(String frame) {
        if (closing || !session.isOpen()) return;
        if (queued.incrementAndGet() > maxQueued) {
            queued.decrementAndGet();
            close(CloseCodes.TOO_SLOW, "too slow to keep up; reconnect to catch up");
            return;
        }
        session.sendText(frame, done);
    }

    @Override
    public void close(int code, String reason) {
        if (closing) return;
        closing = true;
        session.close(code, reason, Callback.NOOP);
    }

    int queued() {
        return queued.get();
    }
}
