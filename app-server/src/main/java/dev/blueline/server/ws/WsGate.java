package dev.blueline.server.ws;

import dev.blueline.model.protocol.Codec;
import dev.blueline.server.auth.Authenticator;
import dev.blueline.server.config.HostConfig;
import dev.blueline.server.rooms.Rooms;
import dev.blueline.server.store.Stores;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

/** What every WebSocket endpoint needs: the codec, sign-in, the stores, the rooms, the limits and counters. */
record WsGate(Codec codec, Authenticator auth, Stores stores, Rooms rooms, HostConfig.Limits limits,
              Counter framesIn, Counter badFrames, Counter rateLimited) {

    static WsGate of(Codec codec, Authenticator auth, Stores stores, Rooms rooms, HostConfig.Limits limits, MeterRegistry m) {
        return new WsGate(codec, auth, stores, rooms, limits,
                m.counter("ws.frames.in"), m.counter("ws.frames.bad"), m.counter("ws.frames.rate_limited"));
    }
}
