package dev.blueline.model.room;

import dev.blueline.model.ops.Rejection;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What happened to each recent change of one client, so that a re-sent change (same client seq)
 * gets the original answer instead of being applied twice.
 */
final class ClientOutcomes {

    /** Accepted at {@code seq} (>0), or refused with {@code rejection}. */
    record Outcome(long seq, Rejection rejection) {
    }

    /** The most recent outcomes, oldest first; the oldest is forgotten past capacity. */
    private final LinkedHashMap<Long, Outcome> recent;
    /** Highest client seq ever accepted from this client, as far as the store knows. */
    private long highestAccepted;

    ClientOutcomes(long highestAccepted, int capacity) {
        this.highestAccepted = highestAccepted;
        this.recent = new LinkedHashMap<>(64, 0.75f, false) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<Long, Outcome> eldest) {
                return size() > capacity;
            }
        };
    }

    Outcome find(long clientSeq) {
        return recent.get(clientSeq);
    }

    /** True when a change with this client seq may have been accepted before and is no longer in memory. */
    boolean mayBeStored(long clientSeq) {
        return clientSeq <= highestAccepted;
    }

    void accepted(long clientSeq, long seq) {
        remember(clientSeq, new Outcome(seq, null));
        highestAccepted = Math.max(highestAccepted, clientSeq);
    }

    void rejected(long clientSeq, Rejection r) {
        remember(clientSeq, new Outcome(0, r));
    }

    private void remember(long clientSeq, Outcome o) {
        recent.put(clientSeq, o);
    }
}
