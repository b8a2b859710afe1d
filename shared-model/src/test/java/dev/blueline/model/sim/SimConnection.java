package dev.blueline.model.sim;

import dev.blueline.model.room.RoomSocket;

/**
 * One WebSocket between a simulated client and the host: two FIFO directions with random latency.
 * When it is cut, frames in flight are lost both ways, as with a dropped TCP connection.
 */
final class SimConnection implements RoomSocket {
    private final Simulation sim;
    final SimClient client;
    final int hostEpoch;
    private boolean open = true;
    /** The sync client's handle for this connection. */
    dev.blueline.model.sync.SyncClient.Connection syncConnection;
    private long lastToClient;
    private long lastToHost;

    SimConnection(Simulation sim, SimClient client, int hostEpoch) {
        this.sim = sim;
        this.client = client;
        this.hostEpoch = hostEpoch;
    }

    boolean isOpen() {
        return open;
    }

    /** Host to client. */
    @Override
    public void send(String frame) {
        if (!open) return;
        lastToClient = Math.max(lastToClient, sim.scheduler.now() + sim.latency());
        sim.scheduler.at(lastToClient, () -> {
            if (open) client.deliver(this, frame);
        });
    }

    /** Client to host. */
    void sendToHost(String frame) {
        if (!open) return;
        lastToHost = Math.max(lastToHost, sim.scheduler.now() + sim.latency());
        sim.scheduler.at(lastToHost, () -> {
            if (open) sim.host.deliver(this, frame);
        });
    }

    /** The host closed it: the client notices after a moment. */
    @Override
    public void close(int code, String reason) {
        if (!open) return;
        open = false;
        sim.scheduler.after(sim.latency(), () -> client.lost(this));
    }

    /** The network broke it: each side notices on its own, the host possibly much later. */
    void cut() {
        if (!open) return;
        open = false;
        sim.scheduler.after(sim.latency(), () -> client.lost(this));
        sim.scheduler.after(sim.rnd.nextInt(300), () -> sim.host.lost(this));
    }
}
