package dev.blueline.model.ops;

import java.util.List;
import java.util.Objects;

/**
 * An atomic batch of ops from one client. {@code clientId + clientSeq} identifies it, so a re-send
 * is recognised and answered with the original outcome.
 */
public record Change(String clientId, long clientSeq, List<Put> ops) {
    public Change {
        Objects.requireNonNull(clientId, "clientId");
        ops = List.copyOf(ops);
    }
}
