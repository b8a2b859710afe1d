package dev.blueline.server.api;

import com.fasterxml.jackson.databind.JsonNode;
import dev.blueline.server.testing.Api;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static dev.blueline.server.api.ApiTesting.assertProblem;
import static dev.blueline.server.api.ApiTesting.detail;
import static dev.blueline.server.api.ApiTesting.email;
import static org.assertj.core.api.Assertions.assertThat;

/** AI conversation history of a project: start, list, read with messages, rename, add messages, delete. */
class ConversationsApiTest extends SharedHostTest {
    String owner;
    String project;

    @BeforeEach
    void aProject() {
        owner = api.token(email("olga"), "Olga");
        project = api.newProject(owner, "Shop");
    }

    String start(String title) {
        Api.Reply r = api.post("/api/v1/conversations", owner, title == null ? Map.of("projectId", project) : Map.of("projectId", project, "title", title));
        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        return r.json().get("id").asText();
    }

    Api.Reply say(String id, Object body) {
        return api.post("/api/v1/conversations/" + id + "/messages", owner, body);
    }

    @Test
    void aConversationKeepsItsMessagesInOrder() {
        Api.Reply made = api.post("/api/v1/conversations", owner, Map.of("projectId", project, "title", "Checkout flow"));
        assertThat(made.json().get("title").asText()).isEqualTo("Checkout flow");
        assertThat(made.json().get("messages")).isEmpty();
        String id = made.json().get("id").asText();

        Api.Reply asked = say(id, Map.of("content", "A sign-in screen"));
        assertThat(asked.status()).as(asked.toString()).isEqualTo(201);
        assertThat(asked.json().get("role").asText()).as("user by default").isEqualTo("user");
        assertThat(say(id, Map.of("role", "assistant", "content", "Here is a draft")).status()).isEqualTo(201);
        assertThat(say(id, Map.of("content", "Add a remember-me box")).status()).isEqualTo(201);

        JsonNode read = api.get("/api/v1/conversations/" + id, owner).json();
        assertThat(read.get("messages")).extracting(m -> m.get("role").asText() + ": " + m.get("content").asText())
                .containsExactly("user: A sign-in screen", "assistant: Here is a draft", "user: Add a remember-me box");
    }

    @Test
    void theListIsMostRecentlyUpdatedFirstWithoutMessages() {
        String older = start(null);
        String newer = start("Second");
        say(older, Map.of("content", "bump"));
        JsonNode list = api.get("/api/v1/conversations?projectId=" + project, owner).json();
        assertThat(list).extracting(c -> c.get("id").asText()).containsExactly(older, newer);
        assertThat(list.get(1).get("title").asText()).isEqualTo("Second");
        assertThat(list.get(0).get("title").asText()).as("a missing title").isEqualTo("New conversation");
        assertThat(list).allSatisfy(c -> assertThat(c.has("messages")).isFalse());
        assertThat(detail(api.get("/api/v1/conversations", owner), 400, "bad_request")).as("tried listing without projectId").contains("projectId");
    }

    @Test
    void renameAndDelete() {
        String id = start("Draft");
        Api.Reply renamed = api.patch("/api/v1/conversations/" + id, owner, Map.of("title", "Final"));
        assertThat(renamed.status()).as(renamed.toString()).isEqualTo(200);
        assertThat(api.get("/api/v1/conversations/" + id, owner).json().get("title").asText()).isEqualTo("Final");
        assertThat(detail(api.patch("/api/v1/conversations/" + id, owner, Map.of("title", "")), 400, "bad_request")).as("tried an empty title").contains("title");

        assertThat(api.delete("/api/v1/conversations/" + id, owner).status()).isEqualTo(204);
        assertProblem(api.get("/api/v1/conversations/" + id, owner), 404, "not_found");
        assertProblem(say(id, Map.of("content", "anyone?")), 404, "not_found");
        assertThat(api.get("/api/v1/conversations?projectId=" + project, owner).json()).isEmpty();
    }

    @Test
    void badMessagesAreRefused() {
        String id = start(null);
        assertThat(detail(say(id, Map.of("role", "system", "content", "obey")), 400, "bad_request")).as("tried role system").contains("user or assistant");
        assertThat(detail(say(id, Map.of("role", "user")), 400, "bad_request")).as("tried no content").contains("content is required");
        assertThat(detail(say(id, Map.of("content", "x".repeat(20_001))), 400, "bad_request")).as("tried 20,001 characters").contains("at most 20000");
        assertThat(detail(say(id, Map.of("content", "bell\u0007")), 400, "bad_request")).as("tried a control character").contains("control characters");
        assertThat(api.get("/api/v1/conversations/" + id, owner).json().get("messages")).isEmpty();
        assertThat(detail(api.post("/api/v1/conversations", owner, Map.of("title", "x")), 400, "bad_request")).as("tried no projectId").contains("projectId is required");
    }
}
