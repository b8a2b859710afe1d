package dev.blueline.server.rooms;

import dev.blueline.model.protocol.Codec;
import dev.blueline.model.protocol.HostMessage;
import dev.blueline.model.protocol.ProtocolException;
import dev.blueline.model.room.RoomSocket;

import java.util.concurrent.CompletableFuture;

/** The "connection" of a REST write: receives the room's one answer (ack or reject) and completes. */
public final class OneShot implements RoomSocket {
    private final Codec codec;
    private final CompletableFuture<HostMessage> answer = new CompletableFuture<>();

    public OneShot(Codec codec) {
        this.codec = codec;
    }

    public CompletableFuture<HostMessage> answer() {
        return answer;
    }

    @Override
    public void send(String frame) {
        try {
            answer.complete(codec.decodeHost(frame));
        } catch (ProtocolException e) {
            answer.completeExceptionally(e);
        }
    }

    @Override
    public void close(int code, String reason) {
        answer.complete(new HostMessage.ErrorMessage("unavailable", reason));
    }
}
