package dev.blueline.server.store;

import java.util.List;
import java.util.Optional;

/** The projects this app joined on teammates' hosts, with their local copies (ADR 12). */
public interface JoinedStore {
    /** The pending-store key of a joined project's unacknowledged edits ({@link Stores#pendingStore}). */
    static String sessionKey(String joinedId) {
        return "joined:" + joinedId;
    }

    /**
     * Remembers a join. When the same project on the same host (same certificate, or same address
     * without one) is remembered already, that entry is updated and keeps its id, so its copy and
     * pending edits stay with it; {@code joined.id()} is used only for a new entry. Returns what is stored.
     */
    JoinedRecord remember(JoinedRecord joined);

    /** Every joined project, most recently opened first. */
    List<JoinedRecord> all();

    Optional<JoinedRecord> byId(String id);

    /** Refresh tokens are good once: the new one must be kept the moment it arrives. */
    void updateRefreshToken(String id, String refreshToken);

    /** Marks it opened now (the browser lists the most recent first). */
    void opened(String id);

    void keepCopy(String id, KeptCopy copy);

    Optional<KeptCopy> copy(String id);

    /** Forgets the project: its entry, its copy and the edits it still had for the host. */
    void forget(String id);
}
