package dev.blueline.model.ops;

import java.util.List;
import java.util.Objects;

/** A change the host accepted, with the place {@code seq} it took in the project's history. */
public record SequencedChange(long seq, String clientId, long clientSeq, String userId, List<Put> ops) {
    public SequencedChange {
        Objects.requireNonNull(clientId, "clientId");
        Objects.requireNonNull(userId, "userId");
        ops = List.copyOf(ops);
    }
}
