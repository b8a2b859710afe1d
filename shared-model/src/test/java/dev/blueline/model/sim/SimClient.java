package dev.blueline.model.sim;

import dev.blueline.model.document.Document;
import dev.blueline.model.ops.ChangeValidator;
import dev.blueline.model.protocol.ClientMessage;
import dev.blueline.model.protocol.HostMessage;
import dev.blueline.model.protocol.ProtocolException;
import dev.blueline.model.protocol.Point;
import dev.blueline.model.room.Member;
import dev.blueline.model.sync.InMemoryPendingStore;
import dev.blueline.model.sync.PendingChange;
import dev.blueline.model.sync.SyncClient;
import dev.blueline.model.sync.SyncListener;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** A designer's app: a sync client, its durable pending store, and a flaky connection. */
final class SimClient implements SyncListener {
    private final Simulation sim;
    final String name;
    final Member member;
    final InMemoryPendingStore pendingStore;
    SyncClient sync;
    private SimConnection connection;
    private boolean connecting;
    /** Set while handling a welcome; the "skip resend" fault drops changes sent then. */
    private boolean welcoming;

    /** Every change this client ever queued, by client seq; and what the host said about it. */
    final Set<Long> submitted = new HashSet<>();
    final Map<Long, Long> acked = new HashMap<>();
    final Set<Long> rejected = new HashSet<>();

    SimClient(Simulation sim, String name, Member member) {
        this.sim = sim;
        this.name = name;
        this.member = member;
        this.pendingStore = new InMemoryPendingStore(name);
        this.sync = new SyncClient(pendingStore, new ChangeValidator(), this, new Document(), 0);
    }

    boolean isConnected() {
        return connection != null && connection.isOpen();
    }

    void connect() {
        if (connection != null || connecting) return;
        connecting = true;
        sim.scheduler.after(sim.latency(), () -> {
            connecting = false;
            if (connection != null) return;
            connection = sim.host.connect(this);
            SimConnection c = connection;
            c.syncConnection = sync.connected(m -> send(c, m), "token-" + name, "p1");
        });
    }

    private void send(SimConnection c, ClientMessage m) {
        if (welcoming && m instanceof ClientMessage.ChangeRequest && sim.faults.contains(Simulation.Fault.SKIP_RESEND)) return;
        c.sendToHost(sim.codec.encode(m));
    }

    void cut() {
        if (connection != null) connection.cut();
    }

    /** A frame from the host arrived on connection {@code c}. */
    void deliver(SimConnection c, String frame) {
        if (c != connection) return;
        HostMessage m;
        try {
            m = sim.codec.decodeHost(frame);
        } catch (ProtocolException e) {
            throw new AssertionError("host sent a bad frame: " + e.getMessage());
        }
        if (m instanceof HostMessage.Ack a) acked.put(a.clientSeq(), a.seq());
        if (m instanceof HostMessage.Welcome w) {
            welcoming = true;
            if (w.isSnapshot()) sim.stats.snapshots++;
            else sim.stats.catchUps++;
        }
        try {
            sync.receive(m);
        } finally {
            welcoming = false;
        }
    }

    /** Our side noticed the connection is gone. */
    void lost(SimConnection c) {
        if (c != connection) return;
        connection = null;
        sync.disconnected(c.syncConnection);
    }

    /** The app quits and starts again: pending changes come back from disk, the document from the host. */
    void restart() {
        cut();
        if (connection != null) lost(connection);
        InMemoryPendingStore store = sim.faults.contains(Simulation.Fault.FORGET_PENDING_ON_RESTART)
                ? new InMemoryPendingStore(name) : pendingStore;
        sync = new SyncClient(store, new ChangeValidator(), this, new Document(), 0);
    }

    void sendPresence() {
        if (!isConnected()) return;
        SimConnection c = connection;
        send(c, new ClientMessage.PresenceUpdate(null, new Point(sim.rnd.nextInt(1000), sim.rnd.nextInt(800)), List.of(), null, null));
    }

    void edit() {
        sim.editor.randomEdit(this);
    }

    /** Runs one of the sync client's edit calls and remembers the change it queued. */
    SyncClient.Submitted record(SyncClient.Submitted s) {
        if (s instanceof SyncClient.Submitted.Queued q) submitted.add(q.clientSeq());
        return s;
    }

    @Override
    public void rejected(PendingChange change, String code, String message) {
        rejected.add(change.clientSeq());
    }

    @Override
    public void resyncNeeded(String why) {
        throw new AssertionError(name + " lost track of history: " + why);
    }
}
