package dev.blueline.server.ws;

import dev.blueline.model.protocol.ClientMessage;
import dev.blueline.model.protocol.ErrorCode;
import dev.blueline.model.protocol.HostMessage;
import dev.blueline.model.protocol.ProtocolException;
import dev.blueline.model.room.CloseCodes;
import dev.blueline.model.room.Member;
import dev.blueline.server.auth.AuthException;
import dev.blueline.server.auth.Principal;
import dev.blueline.server.rooms.RoomRunner;
import dev.blueline.server.store.Membership;
import io.github.resilience4j.ratelimiter.RateLimiter;
import io.github.resilience4j.ratelimiter.RateLimiterConfig;
import org.eclipse.jetty.websocket.api.Session;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.util.Optional;

/**
 * One client connection. The first frame must be a hello with a valid token for a project the
 * user is a member of; after that, frames are decoded here (in parallel across connections) and
 * handed to the project's room. Bad frames get an error and never reach the room; a connection
 * that keeps sending them, or floods, is closed.
 */
public final class WsEndpoint implements Session.Listener.AutoDemanding {
    private static final Logger log = LoggerFactory.getLogger(WsEndpoint.class);
    /** Bad frames tolerated per connection before it is closed as abusive. */
    private static final int MAX_BAD_FRAMES = 20;

    private final WsGate gate;
    private final RateLimiter limiter;
    private JettySocket socket;
    private volatile RoomRunner room;
    private int badFrames;
    private int overLimit;

    WsEndpoint(WsGate gate) {
        this.gate = gate;
        int perSecond = gate.limits().messagesPerSecond();
        this.limiter = RateLimiter.of("ws", RateLimiterConfig.custom()
                .limitForPeriod(Math.max(1, perSecond / 4)).limitRefreshPeriod(Duration.ofMillis(250)).timeoutDuration(Duration.ZERO).build());
    }

    @Override
    public void onWebSocketOpen(Session session) {
        socket = new JettySocket(session, gate.limits().outgoingQueueFrames());
    }

    @Override
    public void onWebSocketText(String text) {
        gate.framesIn().increment();
        if (!limiter.acquirePermission()) {
            gate.rateLimited().increment();
            if (++overLimit > gate.limits().messagesPerSecond()) {
                refuse(ErrorCode.RATE_LIMITED, "too many messages; the connection is closed", CloseCodes.POLICY_VIOLATION);
            } else {
                error(ErrorCode.RATE_LIMITED, "too many messages; this one was dropped (limit " + gate.limits().messagesPerSecond() + "/s)");
            }
            return;
        }
        ClientMessage message;
        try {
            message = gate.codec().decodeClient(text);
        } catch (ProtocolException e) {
            gate.badFrames().increment();
            if (e.code() == ErrorCode.FRAME_TOO_LARGE) {
                refuse(e.code(), e.getMessage(), CloseCodes.TOO_BIG);
            } else if (++badFrames > MAX_BAD_FRAMES) {
                refuse(e.code(), e.getMessage() + "; too many bad frames, closing", CloseCodes.POLICY_VIOLATION);
            } else {
                socket.send(gate.codec().encode(e.toMessage()));
            }
            return;
        }
        RoomRunner r = room;
        if (r != null) {
            r.execute(rm -> rm.receive(socket, message));
        } else if (message instanceof ClientMessage.Hello hello) {
            join(hello);
        } else {
            error(ErrorCode.NOT_JOINED, "say hello first");
        }
    }

    private void join(ClientMessage.Hello hello) {
        Principal principal;
        try {
            principal = gate.auth().fromToken(hello.token());
        } catch (AuthException e) {
            refuse(ErrorCode.UNAUTHORIZED, e.getMessage(), CloseCodes.UNAUTHORIZED);
            return;
        }
        Optional<Membership> membership = gate.stores().projects().membership(hello.projectId(), principal.userId());
        if (membership.isEmpty()) {
            // the same answer whether the project exists or not
            refuse(ErrorCode.FORBIDDEN, "you are not a member of project " + hello.projectId(), CloseCodes.FORBIDDEN);
            return;
        }
        Membership m = membership.get();
        Member member = new Member(m.userId(), m.userName(), m.color(), m.role());
        RoomRunner r = gate.rooms().get(hello.projectId());
        room = r;
        r.execute(rm -> rm.join(socket, member, hello));
    }

    @Override
    public void onWebSocketClose(int statusCode, String reason) {
        RoomRunner r = room;
        if (r != null && r.isRunning()) {
            try {
                r.execute(rm -> rm.leave(socket));
            } catch (IllegalStateException closing) {
                // the room stopped meanwhile; nothing to leave
            }
        }
    }

    @Override
    public void onWebSocketError(Throwable cause) {
        log.debug("websocket error", cause);
    }

    private void error(ErrorCode code, String message) {
        socket.send(gate.codec().encode(new HostMessage.ErrorMessage(code.wireName(), message)));
    }

    private void refuse(ErrorCode code, String message, int closeCode) {
        error(code, message);
        socket.close(closeCode, message.length() > 100 ? message.substring(0, 100) : message);
    }
}
