package dev.blueline.server.rooms;

import dev.blueline.model.protocol.Codec;
import dev.blueline.model.room.CloseCodes;
import dev.blueline.model.room.Room;
import dev.blueline.model.room.RoomSettings;
import dev.blueline.server.store.Stores;

import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** The open rooms of the host, one per project in use; loaded on first use, unloaded when idle. */
public final class Rooms implements AutoCloseable {
    private final Stores stores;
    private final Codec codec;
    private final RoomSettings settings;
    private final Clock clock;
    private final Duration saveDelay;
    private final Map<String, RoomRunner> open = new ConcurrentHashMap<>();

    /**
     * @param saveDelay how long a change may wait before its batch is saved; longer means fewer,
     *                  larger commits (less CPU) and later acks, never later delivery to others
     */
    public Rooms(Stores stores, Codec codec, RoomSettings settings, Clock clock, Duration saveDelay) {
        this.stores = stores;
        this.codec = codec;
        this.settings = settings;
        this.clock = clock;
        this.saveDelay = saveDelay;
    }

    /** The running room of a project, loading it if needed. The caller has checked the project exists. */
    public RoomRunner get(String projectId) {
        while (true) {
            RoomRunner r = open.computeIfAbsent(projectId, this::load);
            if (r.isRunning()) return r;
            open.remove(projectId, r); // closed while we looked; make a new one
        }
    }

    /**
     * Runs the task in the project's room only if that room is loaded: nobody is connected to a
     * room that is not, so there is nothing to tell (and no reason to load 10,000 objects).
     */
    public void ifOpen(String projectId, java.util.function.Consumer<Room> task) {
        RoomRunner r = open.get(projectId);
        if (r == null || !r.isRunning()) return;
        try {
            r.execute(task);
        } catch (IllegalStateException stopped) {
            // it stopped meanwhile, and closed its connections itself
        }
    }

    private RoomRunner load(String projectId) {
        RoomRunner r = new RoomRunner(projectId, () -> new Room(projectId, stores.roomStore(projectId), codec, settings, System::nanoTime, clock::instant), saveDelay);
        r.start();
        return r;
    }

    public int count() {
        return open.size();
    }

    public int connections() {
        return open.values().stream().mapToInt(RoomRunner::peers).sum();
    }

    public long failedCommits() {
        return open.values().stream().mapToLong(RoomRunner::commitsFailed).sum();
    }

    /** Unloads rooms nobody has used for {@code idle}. */
    public void unloadIdle(Duration idle) {
        long now = System.nanoTime();
        for (RoomRunner r : open.values()) {
            long since = r.idleSince();
            if (since != 0 && now - since > idle.toNanos() && open.remove(r.projectId(), r)) {
                r.stop(CloseCodes.GOING_AWAY, "idle");
            }
        }
    }

    /** Closes a project's room, e.g. when the project is deleted. */
    public void close(String projectId, int code, String reason) {
        RoomRunner r = open.remove(projectId);
        if (r != null) r.stop(code, reason);
    }

    @Override
    public void close() {
        for (String id : open.keySet()) close(id, CloseCodes.GOING_AWAY, "the host is stopping");
    }
}
