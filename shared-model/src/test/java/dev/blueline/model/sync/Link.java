package dev.blueline.model.sync;

import dev.blueline.model.protocol.ClientMessage;
import dev.blueline.model.protocol.Codec;
import dev.blueline.model.protocol.HostMessage;
import dev.blueline.model.protocol.ProtocolException;
import dev.blueline.model.room.Member;
import dev.blueline.model.room.Room;
import dev.blueline.model.room.RoomSocket;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;

/** A connection between a sync client and a real room whose frames the test delivers by hand. */
final class Link implements RoomSocket {
    private static final Codec CODEC = new Codec();
    private final Room room;
    private final Member member;
    final SyncClient client;
    private final ArrayDeque<String> toHost = new ArrayDeque<>();
    private final ArrayDeque<String> toClient = new ArrayDeque<>();
    final List<HostMessage> other = new ArrayList<>();
    private boolean open;
    private SyncClient.Connection connection;

    Link(Room room, Member member, SyncClient client) {
        this.room = room;
        this.member = member;
        this.client = client;
    }

    Link connect() {
        open = true;
        connection = client.connected(m -> {
            if (open) toHost.add(CODEC.encode(m));
        }, "token", room.projectId());
        return this;
    }

    @Override
    public void send(String frame) {
        if (open) toClient.add(frame);
    }

    @Override
    public void close(int code, String reason) {
        cut();
    }

    /** The connection drops; frames in flight are lost. */
    void cut() {
        open = false;
        toHost.clear();
        toClient.clear();
        room.leave(this);
        room.flush();
        client.disconnected(connection);
    }

    void toHost() {
        while (!toHost.isEmpty()) {
            try {
                ClientMessage m = CODEC.decodeClient(toHost.poll());
                if (m instanceof ClientMessage.Hello h) room.join(this, member, h);
                else room.receive(this, m);
            } catch (ProtocolException e) {
                throw new AssertionError(e);
            }
        }
        room.flush();
    }

    void toClient() {
        while (!toClient.isEmpty()) {
            try {
                HostMessage m = CODEC.decodeHost(toClient.poll());
                if (!client.receive(m)) other.add(m);
            } catch (ProtocolException e) {
                throw new AssertionError(e);
            }
        }
    }

    /** Delivers both ways until nothing is in flight. */
    void settle() {
        while (!toHost.isEmpty() || !toClient.isEmpty()) {
            toHost();
            toClient();
        }
    }

    static void settle(Link... links) {
        boolean busy = true;
        while (busy) {
            for (Link l : links) l.settle();
            busy = false;
            for (Link l : links) busy |= !l.toHost.isEmpty() || !l.toClient.isEmpty();
        }
    }
}
