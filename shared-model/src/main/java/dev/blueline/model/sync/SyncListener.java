package dev.blueline.model.sync;

import java.util.Set;

/** What a sync client tells the editor. All callbacks run on the thread that drives the client. */
public interface SyncListener {

    /** These objects may look different now. */
    default void changed(Set<String> ids) {
    }

    /** Anything may look different now (a welcome replaced the document). */
    default void replaced() {
    }

    /** The host refused one of our changes; its effect has been taken back. */
    default void rejected(PendingChange change, String code, String message) {
    }

    /** The host and this client disagree about history; the connection should be dropped and made again. */
    default void resyncNeeded(String why) {
    }
}
