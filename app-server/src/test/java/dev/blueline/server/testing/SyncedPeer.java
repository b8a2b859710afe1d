package dev.blueline.server.testing;

import dev.blueline.model.document.Document;
import dev.blueline.model.ops.Put;
import dev.blueline.model.protocol.ClientMessage;
import dev.blueline.model.protocol.HostMessage;
import dev.blueline.model.sync.InMemoryPendingStore;
import dev.blueline.model.sync.PendingChange;
import dev.blueline.model.sync.SyncClient;
import dev.blueline.model.sync.SyncListener;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The real client sync engine ({@link SyncClient}, what the desktop app uses) over a real WebSocket,
 * driven by the calling thread: edits go out while online and wait in pending while not; on
 * {@link #connect} it says its last seq, catches up and re-sends what is pending. It also records
 * every ack, so a test can check that whatever the host acknowledged survived.
 */
public final class SyncedPeer implements AutoCloseable {
    private final SyncClient sync;
    private final String token;
    private final String projectId;
    private WsPeer ws;
    private SyncClient.Connection connection;
    /** clientSeq → seq of every ack received. */
    private final Map<Long, Long> acked = Collections.synchronizedMap(new TreeMap<>());
    /** clientSeq → ops of every change submitted. */
    private final Map<Long, List<Put>> submitted = Collections.synchronizedMap(new TreeMap<>());
    private final List<String> problems = Collections.synchronizedList(new ArrayList<>());
    private final AtomicInteger ackCount = new AtomicInteger();
    private volatile boolean resyncNeeded;

    public SyncedPeer(String clientId, String token, String projectId) {
        this.token = token;
        this.projectId = projectId;
        this.sync = new SyncClient(new InMemoryPendingStore(clientId), new SyncListener() {
            @Override
            public void rejected(PendingChange change, String code, String message) {
                problems.add("change " + change.clientSeq() + " rejected: " + code + " " + message);
            }

            @Override
            public void resyncNeeded(String why) {
                problems.add("resync: " + why);
                resyncNeeded = true;
            }
        });
    }

    public String clientId() {
        return sync.clientId();
    }

    /** Opens a connection and says hello with the last seq this client has seen. */
    public void connect(String wsUrl) throws Exception {
        ws = WsPeer.connect(wsUrl);
        resyncNeeded = false;
        connection = sync.connected(this::send, token, projectId);
    }

    private void send(ClientMessage m) {
        try {
            ws.send(m);
        } catch (RuntimeException e) {
            // the host went away; the change stays pending and goes out again after the next hello
        }
    }

    /** Drops the connection (as a network failure would); edits wait in pending. */
    public void drop() {
        if (ws != null) ws.close();
        if (connection != null) sync.disconnected(connection);
        ws = null;
    }

    /** A local edit; returns its client seq. */
    public long submit(Put... ops) {
        SyncClient.Submitted s = sync.submit(List.of(ops));
        if (!(s instanceof SyncClient.Submitted.Queued q)) throw new AssertionError(clientId() + ": edit refused locally: " + s);
        submitted.put(q.clientSeq(), List.of(ops));
        return q.clientSeq();
    }

    /** Handles every frame that arrives within {@code wait} (and those already there); false once the connection is gone. */
    public boolean pump(Duration wait) throws InterruptedException {
        if (ws == null) return false;
        for (HostMessage m = ws.next(wait); m != null; m = ws.next(Duration.ZERO)) {
            if (m instanceof HostMessage.Ack a) {
                acked.put(a.clientSeq(), a.seq());
                ackCount.incrementAndGet();
            }
            sync.receive(m);
        }
        if (ws.isClosed()) {
            sync.disconnected(connection);
            ws = null;
            return false;
        }
        return true;
    }

    /** Pumps until the host welcomed this client. */
    public void awaitOnline() throws InterruptedException {
        long deadline = System.nanoTime() + WsPeer.WAIT.toNanos();
        while (!sync.isOnline()) {
            if (System.nanoTime() > deadline || !pump(Duration.ofMillis(20)) && !sync.isOnline()) {
                throw new AssertionError(clientId() + " was not welcomed; problems " + problems);
            }
        }
    }

    /** Pumps until the host has confirmed everything this client sent. */
    public void awaitSynced() throws InterruptedException {
        long deadline = System.nanoTime() + WsPeer.WAIT.toNanos();
        while (!sync.isSynced()) {
            if (System.nanoTime() > deadline || !pump(Duration.ofMillis(20)) && !sync.isSynced()) {
                throw new AssertionError(clientId() + " did not sync: online " + sync.isOnline() + ", "
                        + sync.pending().size() + " pending, problems " + problems);
            }
        }
    }

    public boolean isOnline() {
        return sync.isOnline();
    }

    public boolean isSynced() {
        return sync.isSynced();
    }

    public boolean resyncNeeded() {
        return resyncNeeded;
    }

    public int pendingCount() {
        return sync.pending().size();
    }

    /** What this client's user sees. */
    public Document document() {
        return sync.visible();
    }

    /** The last seq this client knows about. */
    public long seq() {
        return sync.confirmedSeq();
    }

    /** How many acks arrived so far (safe to read from any thread). */
    public int ackCount() {
        return ackCount.get();
    }

    public Map<Long, Long> acked() {
        synchronized (acked) {
            return new TreeMap<>(acked);
        }
    }

    public Map<Long, List<Put>> submitted() {
        synchronized (submitted) {
            return new TreeMap<>(submitted);
        }
    }

    public List<String> problems() {
        return List.copyOf(problems);
    }

    @Override
    public void close() {
        drop();
    }
}
