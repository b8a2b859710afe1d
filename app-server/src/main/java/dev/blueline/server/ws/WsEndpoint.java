package dev.blueline.server.ws;

import dev.blueline.model.document.Ids;
import dev.blueline.model.protocol.ClientMessage;
import dev.blueline.model.protocol.ErrorCode;
import dev.blueline.model.protocol.HostMessage;
import dev.blueline.model.protocol.Protocol;
import dev.blueline.model.protocol.ProtocolException;
import dev.blueline.model.room.CloseCodes;
import dev.blueline.model.room.Member;
import dev.blueline.model.room.Room;
import dev.blueline.server.auth.AuthException;
import dev.blueline.server.auth.Principal;
import dev.blueline.server.rooms.RoomRunner;
import dev.blueline.server.store.Membership;
import org.eclipse.jetty.websocket.api.Callback;
import org.eclipse.jetty.websocket.api.Session;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.ByteBuffer;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * One client connection. The first frame must be a hello with a valid token for a project the
 * user is a member of; after that, frames are decoded here (in parallel across connections) and
 * handed to the project's room. Bad frames get an error and never reach the room; a connection
 * that keeps sending them is closed.
 *
 * <p><b>Message budget.</b> Each connection may send {@code messagesPerSecond} messages (bursts of
 * one second's worth). Over it, changes and chat are <em>slowed down, never dropped</em>: the
 * connection stops reading until the budget allows the next message, so a client re-sending a
 * long queue of offline edits gets every one of them acknowledged, just not all at once (dropping
 * one would leave the user's edit unconfirmed until the next reconnect). Any other message over the
 * budget is dropped with a {@code rate_limited} error, and a connection that has more than
 * {@code messagesPerSecond} messages dropped within one second is closed with 1008. Presence has its
 * own, four times larger budget: the room only keeps the latest position anyway, so a fast mouse
 * costs nothing, while a presence flood is treated like any other flood.
 */
public final class WsEndpoint implements Session.Listener {
    private static final Logger log = LoggerFactory.getLogger(WsEndpoint.class);
    /** Bad frames tolerated per connection before it is closed as abusive. */
    private static final int MAX_BAD_FRAMES = 20;
    private static final long SECOND = 1_000_000_000L;
    /** Most ids one presence update may select: a select-all on a big screen, not a way to flood every peer. */
    static final int MAX_SELECTION = 5_000;

    private final WsGate gate;
    private final int perSecond;
    private final TokenBucket budget;
    private final TokenBucket presenceBudget;
    private Session session;
    private JettySocket socket;
    private volatile RoomRunner room;
    private volatile boolean closed;
    /** Completes when the connection is over, however it ended. */
    private final CompletableFuture<Void> over = new CompletableFuture<>();
    private int badFrames;
    private long windowStart;
    private int droppedInWindow;

    WsEndpoint(WsGate gate) {
        this.gate = gate;
        this.perSecond = Math.max(1, gate.limits().messagesPerSecond());
        long now = System.nanoTime();
        this.budget = new TokenBucket(perSecond, now);
        this.presenceBudget = new TokenBucket(perSecond * 4, now);
        this.windowStart = now;
    }

    @Override
    public void onWebSocketOpen(Session session) {
        this.session = session;
        this.socket = new JettySocket(session, gate.limits().outgoingQueueFrames(), gate.timer(), gate.tooSlow());
        gate.sockets().opened(this, session.getLocalSocketAddress());
        session.demand();
    }

    @Override
    public void onWebSocketText(String text) {
        long pause = 0;
        try {
            pause = handle(text);
        } catch (RuntimeException e) {
            // a bug here must cost this connection at most, never the room or the host
            log.error("websocket message failed", e);
            refuse(ErrorCode.SERVER_ERROR, "the host failed to handle a message", CloseCodes.SERVER_ERROR);
        } finally {
            readNext(pause);
        }
    }

    @Override
    public void onWebSocketBinary(ByteBuffer payload, Callback callback) {
        callback.succeed();
        try {
            badFrame(ErrorCode.BAD_MESSAGE, "binary frames are not part of the protocol; send JSON text frames");
        } finally {
            readNext(0);
        }
    }

    @Override
    public void onWebSocketPing(ByteBuffer payload) {
        // WebSocket-level ping (not the protocol's): answer it ourselves, since we demand by hand
        session.sendPong(payload, Callback.NOOP);
        readNext(0);
    }

    @Override
    public void onWebSocketPong(ByteBuffer payload) {
        readNext(0);
    }

    /** Asks Jetty for the next frame, at once or after {@code pauseNanos} (the connection is over its budget). */
    private void readNext(long pauseNanos) {
        try {
            if (pauseNanos <= 0) {
                session.demand();
            } else {
                gate.timer().schedule(this::readNextNow, pauseNanos, TimeUnit.NANOSECONDS);
            }
        } catch (RuntimeException e) {
            log.debug("cannot read from a closed websocket", e);
        }
    }

    private void readNextNow() {
        readNext(0);
    }

    /** Handles one text frame; returns how long to wait before reading the next. */
    private long handle(String text) {
        if (socket.isClosing()) return 0;
        gate.framesIn().increment();
        ClientMessage message;
        try {
            message = gate.codec().decodeClient(text);
        } catch (ProtocolException e) {
            if (e.code() == ErrorCode.FRAME_TOO_LARGE) {
                gate.badFrames().increment();
                refuse(e.code(), e.getMessage(), CloseCodes.TOO_BIG);
            } else {
                badFrame(e.code(), e.getMessage());
            }
            return 0;
        }
        long now = System.nanoTime();
        switch (message) {
            case ClientMessage.PresenceUpdate p -> {
                String problem = presenceProblem(p);
                if (problem != null) badFrame(ErrorCode.BAD_MESSAGE, problem);
                else if (presenceBudget.tryTake(now)) dispatch(p);
                else overBudget(now, "too many presence updates; this one was dropped");
                return 0;
            }
            case ClientMessage.ChangeRequest c -> {
                long pause = budget.take(now);
                dispatch(c);
                return pause;
            }
            case ClientMessage.ChatSend c -> {
                long pause = budget.take(now);
                dispatch(c);
                return pause;
            }
            default -> {
                if (budget.tryTake(now)) dispatch(message);
                else overBudget(now, "too many messages; this one was dropped (limit " + perSecond + "/s)");
                return 0;
            }
        }
    }

    /**
     * Presence goes to every peer about 30 times a second, so its size is limited like the
     * document's: ids are ids, and a selection holds at most {@link #MAX_SELECTION} of them.
     */
    private static String presenceProblem(ClientMessage.PresenceUpdate p) {
        if (p.screen() != null && !Ids.isValid(p.screen())) return "presence: screen is not a valid id";
        if (p.selection().size() > MAX_SELECTION) return "presence: a selection holds at most " + MAX_SELECTION + " ids";
        for (String id : p.selection()) {
            if (!Ids.isValid(id)) return "presence: the selection holds something that is not a valid id";
        }
        return null;
    }

    private void dispatch(ClientMessage message) {
        RoomRunner r = room;
        if (r != null) {
            inRoom(r, rm -> rm.receive(socket, message));
        } else if (message instanceof ClientMessage.Hello hello) {
            join(hello);
        } else {
            badFrame(ErrorCode.NOT_JOINED, "say hello first");
        }
    }

    private void join(ClientMessage.Hello hello) {
        if (hello.protocol() != Protocol.VERSION) {
            // before anything else: a client of another version may not even send a token we understand
            refuse(ErrorCode.PROTOCOL_VERSION, "this host speaks protocol " + Protocol.VERSION + ", the client "
                    + hello.protocol() + "; update the app", CloseCodes.PROTOCOL_VERSION);
            return;
        }
        Principal principal;
        try {
            principal = gate.auth().fromToken(hello.token());
        } catch (AuthException e) {
            refuse(ErrorCode.UNAUTHORIZED, e.getMessage(), CloseCodes.UNAUTHORIZED);
            return;
        }
        RoomRunner r;
        Member member;
        try {
            Optional<Membership> membership = gate.stores().projects().membership(hello.projectId(), principal.userId());
            if (membership.isEmpty()) {
                // the same answer whether the project exists or not
                refuse(ErrorCode.FORBIDDEN, "you are not a member of project " + hello.projectId(), CloseCodes.FORBIDDEN);
                return;
            }
            Membership m = membership.get();
            member = new Member(m.userId(), m.userName(), m.color(), m.role());
            r = gate.rooms().get(hello.projectId());
        } catch (RuntimeException | LinkageError e) {
            // LinkageError: classes of two different builds mixed up; without this line nothing would say so
            log.error("could not open project {} for a connection", hello.projectId(), e);
            refuse(ErrorCode.SERVER_ERROR, "the project could not be opened; try again", CloseCodes.SERVER_ERROR);
            return;
        }
        room = r;
        inRoom(r, rm -> rm.join(socket, member, hello));
        // the connection may have closed while we were joining: make sure the room forgets it
        if (closed) leaveRoom();
    }

    /** Hands work to the room; when the room has just stopped (project deleted or unloaded), the client is told to come back. */
    private void inRoom(RoomRunner r, Consumer<Room> task) {
        try {
            r.execute(task);
        } catch (IllegalStateException stopped) {
            socket.close(CloseCodes.TRY_AGAIN_LATER, "the project was closed; reconnect");
        }
    }

    @Override
    public void onWebSocketClose(int statusCode, String reason) {
        ended();
    }

    /** The connection is over (closed by either side, or dropped): it leaves its room. */
    private void ended() {
        closed = true;
        if (socket != null) socket.closed();
        gate.sockets().ended(this);
        leaveRoom();
        over.complete(null);
    }

    /** Closes the connection with this code and reason; completes once it is over. */
    CompletableFuture<Void> close(int code, String reason) {
        if (socket != null) socket.close(code, reason);
        return over;
    }

    /** Takes this connection out of its room; harmless when it is not (or no longer) in it. */
    private void leaveRoom() {
        RoomRunner r = room;
        if (r == null || !r.isRunning()) return;
        try {
            r.execute(rm -> rm.leave(socket));
        } catch (IllegalStateException stopping) {
            // the room stopped meanwhile and closed its connections; nothing to leave
        }
    }

    @Override
    public void onWebSocketError(Throwable cause) {
        // a dropped connection (reset, EOF without a close frame) may end here without a close event
        log.debug("websocket error", cause);
        ended();
    }

    // ---------------------------------------------------------------- answers

    private void badFrame(ErrorCode code, String message) {
        gate.badFrames().increment();
        if (++badFrames > MAX_BAD_FRAMES) {
            refuse(code, message + "; too many bad messages, closing", CloseCodes.POLICY_VIOLATION);
        } else {
            error(code, message);
        }
    }

    private void overBudget(long now, String message) {
        gate.rateLimited().increment();
        if (now - windowStart >= SECOND) {
            windowStart = now;
            droppedInWindow = 0;
        }
        if (++droppedInWindow > perSecond) {
            refuse(ErrorCode.RATE_LIMITED, "too many messages; the connection is closed", CloseCodes.POLICY_VIOLATION);
        } else {
            error(ErrorCode.RATE_LIMITED, message);
        }
    }

    private void error(ErrorCode code, String message) {
        socket.send(gate.codec().encode(new HostMessage.ErrorMessage(code.wireName(), message)));
    }

    private void refuse(ErrorCode code, String message, int closeCode) {
        error(code, message);
        socket.close(closeCode, message);
    }
}
