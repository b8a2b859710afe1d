package dev.blueline.model.sync;

import java.util.List;

/**
 * Where a client keeps its unacknowledged changes, so that edits made offline survive a restart
 * and are re-sent on reconnect. The desktop keeps them in H2; tests in memory. Each method must be
 * durable when it returns.
 */
public interface PendingStore {

    /** This client's id: stable across restarts, so the host recognises re-sent changes. */
    String clientId();

    /** The pending changes, oldest first. */
    List<PendingChange> load();

    /** The highest client seq ever handed out (0: none), also after its change was acknowledged. */
    long lastClientSeq();

    void add(PendingChange change);

    void remove(long clientSeq);
}
