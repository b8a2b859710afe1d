package dev.blueline.model.sync;

import dev.blueline.model.ops.Put;

import java.util.List;

/** A local change the host has not acknowledged yet. */
public record PendingChange(long clientSeq, List<Put> ops) {
    public PendingChange {
        ops = List.copyOf(ops);
    }
}
