package dev.blueline.model.sim;

import dev.blueline.model.protocol.ClientMessage;
import dev.blueline.model.protocol.Codec;
import dev.blueline.model.protocol.ProtocolException;
import dev.blueline.model.room.InMemoryRoomStore;
import dev.blueline.model.room.Room;
import dev.blueline.model.room.RoomSettings;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** The host: one room over a store that survives restarts. Flushes are sometimes immediate, sometimes grouped. */
final class SimHost {
    private final Simulation sim;
    final InMemoryRoomStore store = new InMemoryRoomStore();
    private final RoomSettings settings;
    Room room;
    int epoch;
    private boolean flushScheduled;
    private final List<SimConnection> connections = new ArrayList<>();

    SimHost(Simulation sim, RoomSettings settings) {
        this.sim = sim;
        this.settings = settings;
        start();
    }

    private void start() {
        epoch++;
        flushScheduled = false;
        room = newRoom();
    }

    private Room newRoom() {
        return new Room("p1", store, sim.codec, settings, () -> sim.scheduler.now() * 1_000_000L, () -> Instant.EPOCH);
    }

    SimConnection connect(SimClient client) {
        SimConnection c = new SimConnection(sim, client, epoch);
        connections.add(c);
        return c;
    }

    void deliver(SimConnection from, String frame) {
        if (from.hostEpoch != epoch) return;
        ClientMessage m;
        try {
            m = sim.codec.decodeClient(frame);
        } catch (ProtocolException e) {
            throw new AssertionError("a simulated client sent a bad frame: " + e.getMessage() + ": " + frame);
        }
        if (m instanceof ClientMessage.Hello hello) room.join(from, from.client.member, hello);
        else room.receive(from, m);
        if (sim.rnd.nextInt(3) > 0) {
            flush();
        } else if (!flushScheduled) {
            flushScheduled = true;
            int e = epoch;
            sim.scheduler.after(1 + sim.rnd.nextInt(10), () -> {
                if (e == epoch) flush();
            });
        }
    }

    void lost(SimConnection c) {
        if (c.hostEpoch != epoch) return;
        room.leave(c);
        flush();
    }

    private void flush() {
        flushScheduled = false;
        long due = room.flush();
        if (room.isBroken()) {
            // as the host does: a room whose commit failed closed its connections and is loaded again
            // from the store; connections that had not said hello yet will say it to the new room
            flushScheduled = false;
            room = newRoom();
            return;
        }
        if (due >= 0) {
            int e = epoch;
            sim.scheduler.after(Math.max(1, due / 1_000_000L), () -> {
                if (e == epoch) room.tick();
            });
        }
    }

    /** The host process dies: staged work is lost, connections drop, and it starts again from its store. */
    void restart() {
        for (SimConnection c : connections) c.cut();
        connections.clear();
        start();
    }
}
