package dev.blueline.desktop.session;

import dev.blueline.model.ops.Ops;
import dev.blueline.model.sync.SyncClient;
import dev.blueline.server.store.JoinedStore;
import dev.blueline.server.store.KeptCopy;

import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Keeps a joined project's local copy: what the host last confirmed (snapshot, seq, epoch), written
 * to the {@link JoinedStore} at most every {@link #EVERY} while it changes, off the ui thread, and
 * once more when the session closes. Pending edits are kept apart (the pending store), so this copy
 * plus them is what the window showed.
 */
public final class CopyKeeper {
    static final Duration EVERY = Duration.ofSeconds(2);

    private final ProjectSession session;
    private final JoinedStore store;
    private final String joinedId;
    /** One thread: checks are posted from it to the ui thread, and copies are written on it in order. */
    private final ScheduledExecutorService worker = Executors.newSingleThreadScheduledExecutor(
            Thread.ofPlatform().name("copy-keeper").daemon(true).factory());
    // ui thread only
    private long keptSeq;
    private String keptEpoch;

    private CopyKeeper(ProjectSession session, JoinedStore store, String joinedId, KeptCopy start) {
        this.session = session;
        this.store = store;
        this.joinedId = joinedId;
        this.keptSeq = start.seq();
        this.keptEpoch = start.epoch();
    }

    /** Starts keeping the copy of {@code session}, which started from {@code start}; the last write happens as it closes. */
    public static CopyKeeper start(ProjectSession session, JoinedStore store, String joinedId, KeptCopy start, Executor ui) {
        CopyKeeper k = new CopyKeeper(session, store, joinedId, start);
        k.worker.scheduleWithFixedDelay(() -> ui.execute(k::keepIfNewer), EVERY.toMillis(), EVERY.toMillis(), TimeUnit.MILLISECONDS);
        session.onClose(k::finish);
        return k;
    }

    /** Ui thread: when the host confirmed something since the last write, the copy is written (on the worker). */
    private void keepIfNewer() {
        if (worker.isShutdown()) return; // posted just before the session closed: finish() wrote the last copy
        KeptCopy copy = newer();
        if (copy != null) worker.execute(() -> store.keepCopy(joinedId, copy));
    }

    private KeptCopy newer() {
        SyncClient sync = session.sync();
        // the same seq of the same epoch is the same document
        if (sync.confirmedSeq() == keptSeq && Objects.equals(sync.epoch(), keptEpoch)) return null;
        keptSeq = sync.confirmedSeq();
        keptEpoch = sync.epoch();
        return new KeptCopy(Ops.snapshot(sync.confirmed()), keptSeq, keptEpoch);
    }

    /**
     * Ui thread, as the session closes: the last copy is written before this returns (after any
     * write under way), so quitting right after cannot lose it.
     */
    private void finish() {
        KeptCopy copy = newer();
        worker.shutdown();
        try {
            if (!worker.awaitTermination(10, TimeUnit.SECONDS)) throw new IllegalStateException("the local copy is still being written");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
        }
        if (copy != null) store.keepCopy(joinedId, copy);
    }
}
