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
        return CompletableFuture.supplyAsync(() -> {
                    try {
                        return read(session);
                    } catch (IOException e) {
                        throw new java.io.UncheckedIOException(e);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        throw new IllegalStateException("interrupted", e);
                    }
                }, Thread::startVirtualThread)
                .handleAsync((messages, e) -> {
                    if (e == null) shown.accept(messages);
                    else failed.accept(e.getCause() == null ? e.getMessage() : e.getCause().getMessage());
                    return null;
                }, ui);
    }

    static List<HostMessage.ChatMessage> read(ProjectSession session) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(session.apiUri("/projects/" + session.projectId() + "/chat?limit=" + RECENT))
                .header("Authorization", "Bearer " + session.token()).GET().build();
        HttpResponse<String> reply = session.http().send(request, HttpResponse.BodyHandlers.ofString());
        if (reply.statusCode() != 200) throw new IOException("the host answered " + reply.statusCode());
        List<HostMessage.ChatMessage> out = new ArrayList<>();
        for (JsonNode m : JSON.readTree(reply.body())) {
            out.add(new HostMessage.ChatMessage(m.path("id").asText(), m.path("userId").asText(), m.path("name").asText(),
                    m.path("text").asText(), m.path("at").asText(null)));
        }
        return out;
    }
}
