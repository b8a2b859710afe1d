package dev.blueline.model.protocol;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import dev.blueline.model.ops.Put;

import java.util.List;
import java.util.Objects;

/** What the host sends to a client. */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
@JsonSubTypes({
        @JsonSubTypes.Type(value = HostMessage.Welcome.class, name = "welcome"),
        @JsonSubTypes.Type(value = HostMessage.Ack.class, name = "ack"),
        @JsonSubTypes.Type(value = HostMessage.Reject.class, name = "reject"),
        @JsonSubTypes.Type(value = HostMessage.RemoteChange.class, name = "change"),
        @JsonSubTypes.Type(value = HostMessage.PeerPresence.class, name = "presence"),
        @JsonSubTypes.Type(value = HostMessage.Presences.class, name = "presences"),
        @JsonSubTypes.Type(value = HostMessage.Leave.class, name = "leave"),
        @JsonSubTypes.Type(value = HostMessage.ChatMessage.class, name = "chat"),
        @JsonSubTypes.Type(value = HostMessage.ErrorMessage.class, name = "error"),
        @JsonSubTypes.Type(value = HostMessage.Pong.class, name = "pong"),
})
public sealed interface HostMessage {

    /**
     * The answer to hello: the document at {@code seq}, either whole ({@code objects}) or as the
     * {@code changes} after the client's last seq; exactly one of the two is present. The client
     * says {@code epoch} in its next hello, so the room knows whether a catch-up is safe.
     */
    record Welcome(int protocol, long seq, String epoch, You you, List<Put> objects, List<RemoteChange> changes, List<PeerPresence> peers)
            implements HostMessage {
        public Welcome {
            if ((objects == null) == (changes == null)) {
                throw new IllegalArgumentException("a welcome carries either objects or changes");
            }
            objects = objects == null ? null : List.copyOf(objects);
            changes = changes == null ? null : List.copyOf(changes);
            peers = peers == null ? List.of() : List.copyOf(peers);
        }

        @JsonIgnore // not a wire field: the presence of objects says it
        public boolean isSnapshot() {
            return objects != null;
        }
    }

    /** Who the host says you are in this session. Role is owner, editor or viewer. */
    record You(String userId, String name, String color, String role) {
    }

    record Ack(long clientSeq, long seq) implements HostMessage {
    }

    record Reject(long clientSeq, String code, String message) implements HostMessage {
    }

    /** A change someone made, in seq order. {@code clientSeq} lets a client recognise its own changes during catch-up. */
    record RemoteChange(long seq, String clientId, long clientSeq, String userId, List<Put> ops) implements HostMessage {
        public RemoteChange {
            Objects.requireNonNull(ops, "ops");
            ops = List.copyOf(ops);
        }

        /** Decoding: {@code clientSeq} may be absent (the documented frame has none); 0 means "not known". */
        @JsonCreator
        static RemoteChange fromJson(@JsonProperty("seq") long seq, @JsonProperty("clientId") String clientId,
                                     @JsonProperty("clientSeq") Long clientSeq, @JsonProperty("userId") String userId,
                                     @JsonProperty("ops") List<Put> ops) {
            return new RemoteChange(seq, clientId, clientSeq == null ? 0 : clientSeq, userId, ops);
        }
    }

    record PeerPresence(String clientId, String userId, String name, String color,
                        String screen, Point cursor, List<String> selection, Viewport viewport, Boolean typing)
            implements HostMessage {
        public PeerPresence {
            selection = selection == null ? List.of() : List.copyOf(selection);
        }
    }

    /**
     * One round of presence: everyone else whose presence changed since the last round, in one frame
     * (at most ~30 rounds a second).
     */
    record Presences(List<PeerPresence> peers) implements HostMessage {
        public Presences {
            peers = peers == null ? List.of() : List.copyOf(peers);
        }
    }

    record Leave(String clientId) implements HostMessage {
    }

    /** A chat message, stored with the project. {@code at} is an ISO-8601 instant. */
    record ChatMessage(String id, String userId, String name, String text, String at) implements HostMessage {
    }

    record ErrorMessage(String code, String message) implements HostMessage {
    }

    record Pong() implements HostMessage {
    }
}
