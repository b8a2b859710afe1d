package dev.blueline.model.room;

import dev.blueline.model.ops.Limits;

/**
 * Tunables of a room.
 *
 * @param recentChanges     how many recent changes are kept in memory for catch-up; a client further behind gets a snapshot
 * @param presenceInterval  the shortest time between two presence broadcasts of one client, in nanoseconds (33 ms ≈ 30/s)
 * @param maxChatLength     longest chat message, in characters
 * @param outcomesPerClient how many recent change outcomes are remembered per client for answering re-sends from memory
 */
public record RoomSettings(int recentChanges, long presenceInterval, int maxChatLength, int outcomesPerClient, Limits limits) {
    public static final RoomSettings DEFAULT = new RoomSettings(10_000, 33_000_000L, 4_000, 4_096, Limits.DEFAULT);

    public RoomSettings withRecentChanges(int n) {
        return new RoomSettings(n, presenceInterval, maxChatLength, outcomesPerClient, limits);
    }
}
