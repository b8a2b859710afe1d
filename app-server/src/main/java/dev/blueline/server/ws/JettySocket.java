package dev.blueline.server.ws;

import dev.blueline.model.room.CloseCodes;
import dev.blueline.model.room.RoomSocket;
import io.micrometer.core.instrument.Counter;
import org.eclipse.jetty.util.thread.Scheduler;
import org.eclipse.jetty.websocket.api.Callback;
import org.eclipse.jetty.websocket.api.Session;
import org.eclipse.jetty.websocket.common.WebSocketSession;
import org.eclipse.jetty.websocket.core.CoreSession;
import org.eclipse.jetty.websocket.core.Frame;
import org.eclipse.jetty.websocket.core.OpCode;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A WebSocket as the room sees it. Sends never block the room and never throw: Jetty queues them,
 * and a client that lets more than {@code maxQueued} frames pile up is disconnected (it catches up
 * when it returns) instead of slowing everyone down.
 *
 * <p>A close frame waits behind the frames already queued, so a client that stopped reading would
 * never get it and would stay connected (and in the room) until the idle timeout. Every close
 * therefore drops the connection outright if the closing handshake has not finished within
 * {@link #CLOSE_GRACE}.
 *
 * <p>On the room's thread, sends are <em>batched</em>: frames queue up in Jetty without a write, and
 * {@link SendBatching#flush()} after each room flush writes each socket's frames in one gathered
 * write. With 50 clients a change fans out to 49 sockets; writing them one syscall per frame was
 * what made delivery latency climb (see the load benchmark in docs/decisions/0005).
 */
final class JettySocket implements RoomSocket {
    static final Duration CLOSE_GRACE = Duration.ofSeconds(5);
    /** RFC 6455: the reason of a close frame is at most 123 bytes of UTF-8. */
    private static final int MAX_REASON_BYTES = 123;

    /** Sockets written in batch mode on this thread since the last flush; null on threads that do not batch. */
    private static final ThreadLocal<List<JettySocket>> BATCHED = new ThreadLocal<>();

    private final Session session;
    /** Jetty's core session, which can queue a frame without writing it; null if Jetty hands us another kind. */
    private final CoreSession core;
    private final org.eclipse.jetty.util.Callback coreDone = org.eclipse.jetty.util.Callback.from(this::sent, failure -> sent());
    /** Whether this socket is in the batching thread's list; touched by that thread only. */
    private boolean batched;
    private final int maxQueued;
    private final Scheduler timer;
    private final Counter tooSlow;
    private final AtomicInteger queued = new AtomicInteger();
    private final Callback done = Callback.from(this::sent, failure -> sent());
    private final AtomicBoolean closing = new AtomicBoolean();
    private volatile boolean closed;

    JettySocket(Session session, int maxQueued, Scheduler timer, Counter tooSlow) {
        this.session = session;
        this.maxQueued = maxQueued;
        this.timer = timer;
        this.tooSlow = tooSlow;
        this.core = session instanceof WebSocketSession ws ? ws.getCoreSession() : null;
    }

    /** From now on, sends on the calling thread are batched until {@link #flushBatched()}. */
    static void batchOnThisThread() {
        BATCHED.set(new ArrayList<>());
    }

    /** Writes what was batched on this thread: one gathered write per socket instead of one per frame. */
    static void flushBatched() {
        List<JettySocket> batch = BATCHED.get();
        if (batch == null || batch.isEmpty()) return;
        for (JettySocket s : batch) {
            s.batched = false;
            try {
                s.core.flush(org.eclipse.jetty.util.Callback.NOOP);
            } catch (RuntimeException e) {
                s.session.disconnect();
            }
        }
        batch.clear();
    }

    private void sent() {
        queued.decrementAndGet();
    }

    @Override
    public void send(String frame) {
        if (closing.get() || closed) return;
        if (queued.incrementAndGet() > maxQueued) {
            queued.decrementAndGet();
            tooSlow.increment();
            close(CloseCodes.TOO_SLOW, "too slow to keep up; reconnect to catch up");
            return;
        }
        try {
            List<JettySocket> batch = core == null ? null : BATCHED.get();
            if (batch == null) {
                session.sendText(frame, done);
            } else {
                core.sendFrame(new Frame(OpCode.TEXT, frame), coreDone, true);
                if (!batched) {
                    batched = true;
                    batch.add(this);
                }
            }
        } catch (RuntimeException e) {
            // the connection broke under us; the close event takes it out of the room
            queued.decrementAndGet();
            close(CloseCodes.SERVER_ERROR, "could not send");
        }
    }

    @Override
    public void close(int code, String reason) {
        if (!closing.compareAndSet(false, true) || closed) return;
        try {
            session.close(code, clip(reason), Callback.NOOP);
        } catch (RuntimeException e) {
            session.disconnect();
            return;
        }
        timer.schedule(() -> {
            if (!closed) session.disconnect();
        }, CLOSE_GRACE);
    }

    /** Jetty reported the connection closed (either side, or dropped). */
    void closed() {
        closed = true;
    }

    boolean isClosing() {
        return closing.get() || closed;
    }

    int queued() {
        return queued.get();
    }

    static String clip(String reason) {
        if (reason == null) return null;
        if (reason.getBytes(StandardCharsets.UTF_8).length <= MAX_REASON_BYTES) return reason;
        StringBuilder sb = new StringBuilder();
        int bytes = 0;
        for (int i = 0; i < reason.length(); ) {
            int cp = reason.codePointAt(i);
            int n = new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8).length;
            if (bytes + n > MAX_REASON_BYTES - 3) break;
            sb.appendCodePoint(cp);
            bytes += n;
            i += Character.charCount(cp);
        }
        return sb.append('…').toString();
    }
}
