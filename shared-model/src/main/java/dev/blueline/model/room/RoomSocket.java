package dev.blueline.model.room;

/**
 * The room's whole view of a connection: it can send a text frame and close. The WebSocket
 * endpoint implements it on the host; the simulation test implements it with a simulated network.
 * Implementations must never block the room: queue, and drop the connection when the queue is full.
 */
public interface RoomSocket {
    void send(String frame);

    void close(int code, String reason);
}
