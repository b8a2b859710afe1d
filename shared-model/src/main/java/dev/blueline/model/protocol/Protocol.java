package dev.blueline.model.protocol;

/**
 * The realtime wire contract in one place: JSON text frames over one WebSocket per client at
 * {@code /ws}. Client to host: {@link ClientMessage}; host to client: {@link HostMessage}.
 * Raise {@link #VERSION} for any change other tools would notice.
 */
public final class Protocol {
    public static final int VERSION = 2;
    /** The WebSocket path. */
    public static final String PATH = "/ws";

    private Protocol() {
    }
}
