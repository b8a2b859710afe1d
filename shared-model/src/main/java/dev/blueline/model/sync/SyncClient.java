package dev.blueline.model.sync;

import dev.blueline.model.document.Document;
import dev.blueline.model.document.Value;
import dev.blueline.model.ops.ChangeValidator;
import dev.blueline.model.ops.Ops;
import dev.blueline.model.ops.Put;
import dev.blueline.model.ops.Rejection;
import dev.blueline.model.protocol.ClientMessage;
import dev.blueline.model.protocol.HostMessage;
import dev.blueline.model.protocol.HostMessage.Ack;
import dev.blueline.model.protocol.HostMessage.Reject;
import dev.blueline.model.protocol.HostMessage.RemoteChange;
import dev.blueline.model.protocol.HostMessage.Welcome;
import dev.blueline.model.protocol.Protocol;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The client side of sync. It keeps three things:
 * <ul>
 *   <li><b>confirmed</b>: the document as of the last seq the host told us about;</li>
 *   <li><b>pending</b>: our changes the host has not acknowledged (saved), in order, also on disk;</li>
 *   <li><b>visible</b>: confirmed with pending applied on top; what the editor shows.</li>
 * </ul>
 * A remote change updates confirmed; a property we have a pending write for keeps showing our value
 * until our change is sequenced or refused. The host sends our own change back to us, with its seq,
 * as soon as it is sequenced: from then on it is part of confirmed, but it stays pending (and on
 * disk) until the ack says it is saved. On reconnect we say our last seq and the host's epoch, take
 * what we missed (or a snapshot, after which everything pending is replayed again), and re-send
 * everything pending; the host answers a change it already has with its ack.
 *
 * <p>Not thread-safe: one thread (the editor's) drives it, including {@link #receive}.
 */
public final class SyncClient {

    /** Result of a local edit. */
    public sealed interface Submitted {
        /** Applied locally and queued for the host as change {@code clientSeq}. */
        record Queued(long clientSeq) implements Submitted {
        }

        /** Refused locally; nothing changed. */
        record Refused(Rejection rejection) implements Submitted {
        }

        /** Nothing to do (undo/redo with nothing left). */
        record Nothing() implements Submitted {
        }
    }

    private final PendingStore store;
    private final ChangeValidator validator;
    private final SyncListener listener;

    private Document confirmed;
    private long confirmedSeq;
    private final Document visible;
    private final List<PendingChange> pending;
    /** Client seqs of pending changes the host has sequenced: they are in confirmed already, waiting for their ack. */
    private final Set<Long> sequenced = new HashSet<>();
    /** The room epoch of confirmedSeq (null: unknown). */
    private String epoch;
    /** How many pending ops touch each object: only those objects need our writes replayed over confirmed. */
    private final Map<String, Integer> pendingOpsByObject = new HashMap<>();
    private final UndoHistory history = new UndoHistory(500);
    private long lastClientSeq;

    private Connection connection;
    private boolean welcomed;

    /**
     * @param confirmed    the last known confirmed document (e.g. the local copy of a joined project), or empty
     * @param confirmedSeq its seq (0 for an empty document)
     */
    public SyncClient(PendingStore store, ChangeValidator validator, SyncListener listener, Document confirmed, long confirmedSeq) {
        this(store, validator, listener, confirmed, confirmedSeq, null);
    }

    /**
     * As above, with the room epoch {@code confirmedSeq} was seen under (kept with a local copy), so
     * that the host can answer with a catch-up instead of a whole snapshot; null when unknown.
     */
    public SyncClient(PendingStore store, ChangeValidator validator, SyncListener listener, Document confirmed, long confirmedSeq,
                      String epoch) {
        this.store = Objects.requireNonNull(store);
        this.validator = Objects.requireNonNull(validator);
        this.listener = listener == null ? new SyncListener() {
        } : listener;
        this.confirmed = confirmed.copy();
        this.confirmedSeq = confirmedSeq;
        this.epoch = epoch;
        this.pending = new ArrayList<>(store.load());
        this.lastClientSeq = Math.max(store.lastClientSeq(),
                pending.stream().mapToLong(PendingChange::clientSeq).max().orElse(0));
        this.visible = confirmed.copy();
        for (PendingChange c : pending) {
            Ops.applyAll(visible, c.ops());
            countWrites(c, +1);
        }
    }

    public SyncClient(PendingStore store, SyncListener listener) {
        this(store, new ChangeValidator(), listener, new Document(), 0);
    }

    public String clientId() {
        return store.clientId();
    }

    /** What the editor shows. Read-only for callers. */
    public Document visible() {
        return visible;
    }

    /** The document as the host last confirmed it. Read-only for callers. */
    public Document confirmed() {
        return confirmed;
    }

    public long confirmedSeq() {
        return confirmedSeq;
    }

    /** The room epoch of {@link #confirmedSeq} (null until the host said it). */
    public String epoch() {
        return epoch;
    }

    public List<PendingChange> pending() {
        return List.copyOf(pending);
    }

    /** Connected and caught up. */
    public boolean isOnline() {
        return connection != null && welcomed;
    }

    /** Online with nothing waiting for the host: only then may the editor say "synced". */
    public boolean isSynced() {
        return isOnline() && pending.isEmpty();
    }

    // ---------------------------------------------------------------- connection

    /** One connection to the host, as handed out by {@link #connected}. */
    public static final class Connection {
        private final Consumer<ClientMessage> send;

        private Connection(Consumer<ClientMessage> send) {
            this.send = send;
        }
    }

    /**
     * A connection opened: say hello through {@code send}. Pending changes follow once the host
     * welcomes us. Keep the returned handle to report this connection's end.
     */
    public Connection connected(Consumer<ClientMessage> send, String token, String projectId) {
        this.connection = new Connection(send);
        this.welcomed = false;
        send.accept(new ClientMessage.Hello(Protocol.VERSION, token, projectId, clientId(), confirmedSeq, epoch));
        return connection;
    }

    /**
     * That connection is gone. Editing goes on; changes wait in pending. The end of an older
     * connection (noticed after a newer one opened) changes nothing.
     */
    public void disconnected(Connection which) {
        if (which != connection) return;
        this.connection = null;
        this.welcomed = false;
    }

    /** Handles a document message from the host. Returns false for messages that are not about the document (presence, chat, …). */
    public boolean receive(HostMessage m) {
        switch (m) {
            case Welcome w -> welcome(w);
            case Ack a -> ack(a);
            case Reject r -> reject(r);
            case RemoteChange c -> remote(c);
            default -> {
                return false;
            }
        }
        return true;
    }

    private void welcome(Welcome w) {
        if (connection == null) return; // from a connection that is already gone
        epoch = w.epoch();
        if (w.isSnapshot()) {
            confirmed = Ops.fromSnapshot(w.objects());
            confirmedSeq = w.seq();
            // the snapshot may lack what the host had sequenced but not saved: replay all of it again
            for (PendingChange c : pending) {
                if (sequenced.remove(c.clientSeq())) countWrites(c, +1);
            }
        } else {
            for (RemoteChange c : w.changes()) applyConfirmed(c);
            if (confirmedSeq != w.seq()) {
                listener.resyncNeeded("welcome ended at seq " + confirmedSeq + " but the host is at " + w.seq());
                return;
            }
        }
        rebuildVisible();
        welcomed = true;
        for (PendingChange c : pending) connection.send.accept(new ClientMessage.ChangeRequest(c.clientSeq(), c.ops()));
        listener.replaced();
    }

    private void remote(RemoteChange c) {
        if (c.seq() <= confirmedSeq) return; // already have it
        if (c.seq() != confirmedSeq + 1) {
            listener.resyncNeeded("missed changes between seq " + confirmedSeq + " and " + c.seq());
            return;
        }
        applyConfirmed(c);
        Set<String> ids = idsOf(c.ops());
        for (String id : ids) refreshVisible(id);
        listener.changed(ids);
    }

    /**
     * Applies a change of the history to confirmed. When it is one of ours it is sequenced: confirmed
     * has it now, so visible no longer replays it, but it stays pending until its ack.
     */
    private void applyConfirmed(RemoteChange c) {
        if (c.seq() <= confirmedSeq) return;
        Ops.applyAll(confirmed, c.ops());
        confirmedSeq = c.seq();
        if (c.clientId().equals(clientId())) {
            PendingChange mine = find(c.clientSeq());
            if (mine != null && sequenced.add(mine.clientSeq())) countWrites(mine, -1);
        }
    }

    private void ack(Ack a) {
        boolean inConfirmed = sequenced.contains(a.clientSeq());
        PendingChange c = dropPending(a.clientSeq());
        if (c == null) return; // acknowledged already
        if (inConfirmed) {
            // saved now; what the user sees does not change
            listener.changed(Set.of());
            return;
        }
        if (a.seq() == confirmedSeq + 1) {
            Ops.applyAll(confirmed, c.ops());
            confirmedSeq = a.seq();
        } else if (a.seq() > confirmedSeq + 1) {
            listener.resyncNeeded("ack for seq " + a.seq() + " while at " + confirmedSeq);
            return;
        }
        // a.seq() <= confirmedSeq: it was already part of the snapshot we got
        Set<String> ids = idsOf(c.ops());
        for (String id : ids) refreshVisible(id);
        listener.changed(ids);
    }

    private void reject(Reject r) {
        PendingChange c = dropPending(r.clientSeq());
        if (c == null) return;
        history.forget(c.clientSeq());
        Set<String> ids = idsOf(c.ops());
        for (String id : ids) refreshVisible(id);
        listener.rejected(c, r.code(), r.message());
        listener.changed(ids);
    }

    // ---------------------------------------------------------------- local edits

    /** A local edit: validated against what the user sees, applied, stored, sent when online. */
    public Submitted submit(List<Put> ops) {
        return submit(ops, false);
    }

    /**
     * @param mergeUndo fold this edit into the previous undo step (e.g. the many moves of one drag)
     */
    public Submitted submit(List<Put> ops, boolean mergeUndo) {
        Map<PropKey, Value> before = UndoHistory.before(visible, ops);
        Submitted s = send(ops);
        if (s instanceof Submitted.Queued q) {
            history.record(new UndoHistory.Step(q.clientSeq(), before, UndoHistory.after(visible, before)), mergeUndo);
        }
        return s;
    }

    public boolean canUndo() {
        return history.canUndo();
    }

    public boolean canRedo() {
        return history.canRedo();
    }

    /** Undoes the newest of my own steps that still has an effect; others' later work on the same properties stays. */
    public Submitted undo() {
        List<Put> ops = history.nextUndo(visible);
        if (ops.isEmpty()) return new Submitted.Nothing();
        Map<PropKey, Value> before = UndoHistory.before(visible, ops);
        Submitted s = send(ops);
        if (s instanceof Submitted.Queued q) history.undone(q.clientSeq(), before, UndoHistory.after(visible, before));
        return s;
    }

    public Submitted redo() {
        List<Put> ops = history.nextRedo(visible);
        if (ops.isEmpty()) return new Submitted.Nothing();
        Map<PropKey, Value> before = UndoHistory.before(visible, ops);
        Submitted s = send(ops);
        if (s instanceof Submitted.Queued q) history.redone(q.clientSeq(), before, UndoHistory.after(visible, before));
        return s;
    }

    private Submitted send(List<Put> ops) {
        Rejection r = validator.apply(visible, ops);
        if (r != null) return new Submitted.Refused(r);
        PendingChange c = new PendingChange(++lastClientSeq, ops);
        store.add(c);
        pending.add(c);
        countWrites(c, +1);
        if (isOnline()) connection.send.accept(new ClientMessage.ChangeRequest(c.clientSeq(), c.ops()));
        listener.changed(idsOf(ops));
        return new Submitted.Queued(c.clientSeq());
    }

    // ---------------------------------------------------------------- visible = confirmed + pending

    private PendingChange dropPending(long clientSeq) {
        PendingChange c = find(clientSeq);
        if (c == null) return null;
        pending.remove(c);
        store.remove(clientSeq);
        if (!sequenced.remove(clientSeq)) countWrites(c, -1);
        return c;
    }

    private PendingChange find(long clientSeq) {
        for (PendingChange c : pending) {
            if (c.clientSeq() == clientSeq) return c;
        }
        return null;
    }

    private void countWrites(PendingChange c, int delta) {
        for (Put op : c.ops()) pendingOpsByObject.merge(op.id(), delta, (a, b) -> a + b == 0 ? null : a + b);
    }

    /** Makes visible's copy of one object equal to confirmed's with our pending writes on top. */
    private void refreshVisible(String id) {
        visible.copyObjectFrom(confirmed, id);
        if (!pendingOpsByObject.containsKey(id)) return;
        for (PendingChange c : pending) {
            if (sequenced.contains(c.clientSeq())) continue;
            for (Put op : c.ops()) {
                if (op.id().equals(id)) Ops.apply(visible, op);
            }
        }
    }

    private void rebuildVisible() {
        Set<String> ids = new HashSet<>(visible.ids());
        ids.addAll(confirmed.ids());
        for (String id : ids) visible.copyObjectFrom(confirmed, id);
        for (PendingChange c : pending) {
            if (!sequenced.contains(c.clientSeq())) Ops.applyAll(visible, c.ops());
        }
    }

    private static Set<String> idsOf(List<Put> ops) {
        Set<String> ids = new LinkedHashSet<>();
        for (Put op : ops) ids.add(op.id());
        return ids;
    }
}
