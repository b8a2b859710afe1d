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

/**
 * The host: one room over a store that survives restarts. Flushes are sometimes immediate, sometimes
 * grouped; saves are sometimes done on the spot, sometimes later while the room goes on delivering
 * (as the host's saver thread does), and a restart loses a save that had not happened yet.
 */
final class SimHost {
    private final Simulation sim;
    final InMemoryRoomStore store = new InMemoryRoomStore();
    private final RoomSettings settings;
    Room room;
    int epoch;
    private boolean flushScheduled;
    /** A batch taken for saving that is not written yet. */
    private Room.Batch saving;
    private final List<SimConnection> connections = new ArrayList<>();

    SimHost(Simulation sim, RoomSettings settings) {
        this.sim = sim;
        this.settings = settings;
        start();
    }

    private void start() {
        epoch++;
        flushScheduled = false;
        saving = null;
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
        if (m instanceof ClientMessage.Hello h && sim.faults.contains(Simulation.Fault.IGNORE_EPOCH)) {
            m = new ClientMessage.Hello(h.protocol(), h.token(), h.projectId(), h.clientId(), h.lastSeq(), room.epoch());
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
        long due;
        if (saving == null && sim.rnd.nextBoolean()) {
            due = room.deliver();
            Room.Batch b = room.takeBatch();
            if (b != null) saveLater(b);
        } else {
            due = room.flush(); // while a save is pending this only delivers
        }
        if (room.isBroken()) {
            // as the host does: a room whose commit failed closed its connections and is loaded again
            // from the store; connections that had not said hello yet will say it to the new room
            flushScheduled = false;
            saving = null;
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

    private void saveLater(Room.Batch b) {
        saving = b;
        Room r = room;
        int e = epoch;
        sim.scheduler.after(1 + sim.rnd.nextInt(8), () -> {
            if (e != epoch || r != room) return; // the host died first: this save never happened
            saving = null;
            try {
                r.write(b);
            } catch (Exception failed) {
                r.saveFailed(b);
                room = newRoom();
                return;
            }
            r.saved(b);
            flush();
        });
    }

    /** The host process dies: staged work is lost, connections drop, and it starts again from its store. */
    void restart() {
        for (SimConnection c : connections) c.cut();
        connections.clear();
        start();
    }
}
