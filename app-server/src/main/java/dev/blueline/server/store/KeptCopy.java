package dev.blueline.server.store;

import dev.blueline.model.ops.Put;

import java.util.List;

/**
 * A joined project's document as the host last confirmed it: every object, the seq it is at and the
 * room epoch that seq belongs to (ADR 9), so the app can open it offline and catch up from there.
 */
public record KeptCopy(List<Put> objects, long seq, String epoch) {
    public KeptCopy {
        objects = List.copyOf(objects);
    }
}
