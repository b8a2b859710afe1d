package dev.blueline.model.room;

import dev.blueline.model.protocol.Codec;
import dev.blueline.model.protocol.HostMessage;
import dev.blueline.model.protocol.ProtocolException;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** A socket that records what the room sent, decoded. A presence round counts as the presences it holds in {@link #all}. */
final class FakeSocket implements RoomSocket {
    private static final Codec CODEC = new Codec();
    final List<HostMessage> received = new ArrayList<>();
    int closedWith;
    String closeReason;

    @Override
    public void send(String frame) {
        try {
            HostMessage m = CODEC.decodeHost(frame);
            if (m instanceof HostMessage.Presences && !CODEC.encode(m).equals(frame)) {
                throw new AssertionError("a presence round the room put together differs from the codec's: " + frame);
            }
            received.add(m);
        } catch (ProtocolException e) {
            throw new AssertionError("room sent a frame it cannot read back: " + frame, e);
        }
    }

    @Override
    public void close(int code, String reason) {
        closedWith = code;
        closeReason = reason;
    }

    <T extends HostMessage> List<T> all(Class<T> type) {
        return received.stream()
                .flatMap(m -> m instanceof HostMessage.Presences round && type != HostMessage.Presences.class ? round.peers().stream() : Stream.of(m))
                .filter(type::isInstance).map(type::cast).toList();
    }

    <T extends HostMessage> T last(Class<T> type) {
        List<T> all = all(type);
        if (all.isEmpty()) throw new AssertionError("no " + type.getSimpleName() + " in " + received);
        return all.getLast();
    }

    void clear() {
        received.clear();
    }
}
