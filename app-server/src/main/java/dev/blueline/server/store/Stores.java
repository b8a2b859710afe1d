package dev.blueline.server.store;

import dev.blueline.model.room.RoomStore;

/** Everything the host keeps, behind one object. Implemented with H2 through jOOQ. */
public interface Stores extends AutoCloseable {
    UserStore users();

    ProjectStore projects();

    InviteStore invites();

    TokenStore tokens();

    DocumentReader documents();

    ChatStore chat();

    ConversationStore conversations();

    ComponentStore components();

    /** The durable log and objects of one project, for its room. */
    RoomStore roomStore(String projectId);

    /**
     * The unacknowledged changes of the app's client in one session (its own host: {@code local:<projectId>},
     * a teammate's: a key naming that host and project), kept here so offline edits survive a restart.
     */
    dev.blueline.model.sync.PendingStore pendingStore(String sessionKey);

    /** Projects the app joined on teammates' hosts, with their local copies (the desktop's, like {@link #pendingStore}). */
    JoinedStore joined();

    /** A cheap query proving the database answers. */
    boolean ping();

    @Override
    void close();
}
