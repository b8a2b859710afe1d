package dev.blueline.model.sync;

import java.util.ArrayList;
import java.util.List;

/** A pending store that lives as long as the object: a client built on it again after a "restart" finds its pending changes. */
public final class InMemoryPendingStore implements PendingStore {
    private final String clientId;
    private final List<PendingChange> pending = new ArrayList<>();
    private long lastClientSeq;

    public InMemoryPendingStore(String clientId) {
        this.clientId = clientId;
    }

    @Override
    public String clientId() {
        return clientId;
    }

    @Override
    public synchronized List<PendingChange> load() {
        return List.copyOf(pending);
    }

    @Override
    public synchronized long lastClientSeq() {
        return lastClientSeq;
    }

    @Override
    public synchronized void add(PendingChange change) {
        pending.add(change);
        lastClientSeq = Math.max(lastClientSeq, change.clientSeq());
    }

    @Override
    public synchronized void remove(long clientSeq) {
        pending.removeIf(c -> c.clientSeq() == clientSeq);
    }
}
