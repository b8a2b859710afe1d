package dev.blueline.server.api;

import dev.blueline.model.ops.Put;
import dev.blueline.model.protocol.Codec;
import dev.blueline.model.protocol.HostMessage;
import dev.blueline.model.room.Member;
import dev.blueline.server.http.ApiException;
import dev.blueline.server.rooms.OneShot;
import dev.blueline.server.rooms.Rooms;

import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/** REST writes to a document go through the project's room, exactly like a change from the editor. */
public final class DocumentWriter {
    private final Rooms rooms;
    private final Codec codec;

    public DocumentWriter(Rooms rooms, Codec codec) {
        this.rooms = rooms;
        this.codec = codec;
    }

    /** Submits {@code ops} as one change; returns its seq once committed, or a 422 naming why it was refused. */
    public long submit(String projectId, Member member, List<Put> ops) {
        OneShot reply = new OneShot(codec);
        String clientId = "rest-" + UUID.randomUUID();
        rooms.get(projectId).execute(room -> room.submit(member, clientId, 1, ops, reply));
        HostMessage answer;
        try {
            answer = reply.answer().get(15, TimeUnit.SECONDS);
        } catch (TimeoutException e) {
            throw new ApiException(503, "unavailable", "the project did not answer in time; try again");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ApiException(503, "unavailable", "interrupted");
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        }
        return switch (answer) {
            case HostMessage.Ack a -> a.seq();
            case HostMessage.Reject r -> throw new ApiException(r.code().equals("forbidden") ? 403 : 422, r.code(), r.message());
            default -> throw new ApiException(503, "unavailable", "the project is reloading; try again");
        };
    }
}
