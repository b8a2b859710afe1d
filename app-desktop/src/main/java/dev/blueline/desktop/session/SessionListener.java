package dev.blueline.desktop.session;

import dev.blueline.model.protocol.HostMessage;
import dev.blueline.model.sync.PendingChange;

import java.util.List;
import java.util.Set;

/** What a project session tells the editor. Everything is called on the editor's thread. */
public interface SessionListener {
    default void stateChanged(ConnectionState state) {
    }

    /** These objects may look different. */
    default void documentChanged(Set<String> ids) {
    }

    /** Anything may look different (joined, or caught up after being away). */
    default void documentReplaced() {
    }

    /** One of our changes was refused by the host and has been taken back. */
    default void rejected(PendingChange change, String code, String message) {
    }

    /** Joined (again): who the host says this user is, and who else is here now. */
    default void welcomed(HostMessage.You you, List<HostMessage.PeerPresence> peers) {
    }

    default void presence(HostMessage.PeerPresence peer) {
    }

    default void left(String clientId) {
    }

    default void chat(HostMessage.ChatMessage message) {
    }

    /**
     * The hosting user stopped hosting ({@code reason} says who, e.g. "Ada stopped hosting"). The
     * session will not reconnect; the document stays, editable, as this app's copy.
     */
    default void hostStopped(String reason) {
    }

    /** The host said something went wrong (an error frame, or it closed the connection for good). */
    default void problem(String code, String message) {
    }
}
