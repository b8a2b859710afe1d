package dev.blueline.model.protocol;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import dev.blueline.model.ops.Put;

import java.util.List;
import java.util.Objects;

/** What a client sends to the host. */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
@JsonSubTypes({
        @JsonSubTypes.Type(value = ClientMessage.Hello.class, name = "hello"),
        @JsonSubTypes.Type(value = ClientMessage.ChangeRequest.class, name = "change"),
        @JsonSubTypes.Type(value = ClientMessage.PresenceUpdate.class, name = "presence"),
        @JsonSubTypes.Type(value = ClientMessage.ChatSend.class, name = "chat"),
        @JsonSubTypes.Type(value = ClientMessage.Ping.class, name = "ping"),
})
public sealed interface ClientMessage {

    /**
     * First frame on a connection: who I am, which project, the last seq I have seen (0: none) and the
     * room epoch that seq belongs to (from the welcome; null: unknown, which gets a snapshot).
     */
    record Hello(@JsonProperty(required = true) int protocol,
                 String token,
                 @JsonProperty(required = true) String projectId,
                 @JsonProperty(required = true) String clientId,
                 long lastSeq,
                 String epoch) implements ClientMessage {
        public Hello {
            Objects.requireNonNull(projectId, "projectId is required");
            Objects.requireNonNull(clientId, "clientId is required");
            if (lastSeq < 0) throw new IllegalArgumentException("lastSeq must not be negative");
            if (epoch != null && epoch.length() > 64) throw new IllegalArgumentException("epoch is at most 64 characters");
        }

        /** A hello that knows no epoch: a catch-up is impossible, so the welcome is a snapshot. */
        public Hello(int protocol, String token, String projectId, String clientId, long lastSeq) {
            this(protocol, token, projectId, clientId, lastSeq, null);
        }

        /** Decoding: {@code lastSeq} may be left out by a fresh client; it then means 0. */
        @JsonCreator
        static Hello fromJson(@JsonProperty(value = "protocol", required = true) int protocol,
                              @JsonProperty("token") String token,
                              @JsonProperty(value = "projectId", required = true) String projectId,
                              @JsonProperty(value = "clientId", required = true) String clientId,
                              @JsonProperty("lastSeq") Long lastSeq,
                              @JsonProperty("epoch") String epoch) {
            return new Hello(protocol, token, projectId, clientId, lastSeq == null ? 0 : lastSeq, epoch);
        }

        @Override
        public String toString() {
            // never print the token
            return "Hello[protocol=" + protocol + ", projectId=" + projectId + ", clientId=" + clientId + ", lastSeq=" + lastSeq + ", epoch=" + epoch + "]";
        }
    }

    /** A change: the connection says which client it is from. */
    record ChangeRequest(@JsonProperty(required = true) long clientSeq,
                         @JsonProperty(required = true) List<Put> ops) implements ClientMessage {
        public ChangeRequest {
            if (clientSeq < 1) throw new IllegalArgumentException("clientSeq must be 1 or more");
            Objects.requireNonNull(ops, "ops is required");
            for (Put op : ops) {
                if (op == null) throw new IllegalArgumentException("ops must not contain null");
            }
            ops = List.copyOf(ops);
        }
    }

    /** My full presence; the host coalesces these to at most about 30 per second. */
    record PresenceUpdate(String screen, Point cursor, List<String> selection, Viewport viewport, Boolean typing)
            implements ClientMessage {
        public PresenceUpdate {
            selection = selection == null ? List.of() : List.copyOf(selection);
        }
    }

    record ChatSend(@JsonProperty(required = true) String text) implements ClientMessage {
        public ChatSend {
            Objects.requireNonNull(text, "text is required");
        }
    }

    record Ping() implements ClientMessage {
    }
}
