package dev.blueline.server.ws;

/**
 * Lets a room's thread batch its WebSocket writes: frames queue up, and one {@link #flush()} writes
 * each socket's frames at once.
 */
public final class SendBatching {
    private SendBatching() {
    }

    /** Batches sends made on the calling thread from now on. */
    public static void enableOnThisThread() {
        JettySocket.batchOnThisThread();
    }

    /** Writes everything batched on the calling thread. */
    public static void flush() {
        JettySocket.flushBatched();
    }
}
