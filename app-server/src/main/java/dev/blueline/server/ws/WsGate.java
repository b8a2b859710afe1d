package dev.blueline.server.ws;

import dev.blueline.model.protocol.Codec;
import dev.blueline.server.auth.Authenticator;
import dev.blueline.server.config.HostConfig;
import dev.blueline.server.rooms.Rooms;
import dev.blueline.server.store.Stores;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.eclipse.jetty.util.thread.Scheduler;

/**
 * What every WebSocket endpoint needs: the codec, sign-in, the stores, the rooms, the limits, the
 * server's timer (for reading on after a pause and for dropping clients that ignore a close), the
 * open connections (for ending the LAN ones) and counters.
 */
record WsGate(Codec codec, Authenticator auth, Stores stores, Rooms rooms, HostConfig.Limits limits, Scheduler timer,
              LiveSockets sockets, Counter framesIn, Counter badFrames, Counter rateLimited, Counter tooSlow) {

    static WsGate of(Codec codec, Authenticator auth, Stores stores, Rooms rooms, HostConfig.Limits limits, Scheduler timer,
                     LiveSockets sockets, MeterRegistry m) {
        return new WsGate(codec, auth, stores, rooms, limits, timer, sockets,
                m.counter("ws.frames.in"), m.counter("ws.frames.bad"), m.counter("ws.frames.rate_limited"),
                m.counter("ws.disconnected.too_slow"));
    }
}
