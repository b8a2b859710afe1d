package dev.blueline.desktop.together;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.blueline.desktop.session.ProjectSession;
import dev.blueline.model.protocol.HostMessage;

import java.io.IOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.Consumer;

/**
 * The project's recent chat, read from the host's REST API ({@code GET /projects/{id}/chat}) when
 * a window joins, so a teammate sees what was said before they came.
 */
public final class ChatHistory {
    /** How many earlier messages a window shows. */
    static final int RECENT = 100;
    private static final ObjectMapper JSON = new ObjectMapper();

    private ChatHistory() {
    }

    /** Reads the history off the ui thread and hands it to {@code shown} on {@code ui}, or why it could not to {@code failed}. */
    public static CompletableFuture<Void> load(ProjectSession session, Executor ui, Consumer<List<HostMessage.ChatMessage>> shown,
                                               Consumer<String> failed) {
        return session.token().thenCompose(token -> session.http().sendAsync(request(session, token), HttpResponse.BodyHandlers.ofString()))
                .thenApply(ChatHistory::messages)
                .handleAsync((messages, e) -> {
                    if (e == null) shown.accept(messages);
                    else failed.accept(e.getCause() == null ? e.getMessage() : e.getCause().getMessage());
                    return null;
                }, ui);
    }

    private static HttpRequest request(ProjectSession session, String token) {
        return HttpRequest.newBuilder(session.apiUri("/projects/" + session.projectId() + "/chat?limit=" + RECENT))
                .header("Authorization", "Bearer " + token).GET().build();
    }

    private static List<HostMessage.ChatMessage> messages(HttpResponse<String> reply) {
        if (reply.statusCode() != 200) throw new IllegalStateException("the host answered " + reply.statusCode());
        List<HostMessage.ChatMessage> out = new ArrayList<>();
        try {
            for (JsonNode m : JSON.readTree(reply.body())) {
                out.add(new HostMessage.ChatMessage(m.path("id").asText(), m.path("userId").asText(), m.path("name").asText(),
                        m.path("text").asText(), m.path("at").asText(null)));
            }
        } catch (IOException e) {
            throw new java.io.UncheckedIOException("the host's chat history is not readable", e);
        }
        return out;
    }

    /** The history, waited for (tests). */
    static List<HostMessage.ChatMessage> read(ProjectSession session) throws Exception {
        String token = session.token().get();
        return messages(session.http().send(request(session, token), HttpResponse.BodyHandlers.ofString()));
    }
}
