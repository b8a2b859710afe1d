package dev.blueline.server.api;

import com.fasterxml.jackson.databind.JsonNode;
import dev.blueline.model.protocol.ClientMessage;
import dev.blueline.model.protocol.HostMessage;
import dev.blueline.model.room.CloseCodes;
import dev.blueline.server.testing.Api;
import dev.blueline.server.testing.WsClient;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static dev.blueline.model.testing.Fixtures.element;
import static dev.blueline.model.testing.Fixtures.screen;
import static dev.blueline.server.api.ApiTesting.assertProblem;
import static dev.blueline.server.api.ApiTesting.detail;
import static dev.blueline.server.api.ApiTesting.email;
import static org.assertj.core.api.Assertions.assertThat;

/** Projects, their members, raw changes and chat history, over real HTTP. */
class ProjectsApiTest extends SharedHostTest {
    String owner;
    String ownerId;
    String project;

    @BeforeEach
    void aProjectWithItsOwner() {
        JsonNode session = api.signUp(email("olga"), "Olga");
        owner = session.get("accessToken").asText();
        ownerId = session.get("user").get("id").asText();
        project = api.newProject(owner, "Shop");
    }

    /** A new account that joined the project with the role; returns its token. */
    String member(String name, String role) {
        return api.joinAs(api.token(email(name), name), api.invite(owner, project, role));
    }

    String idOf(String token) {
        return api.get("/api/v1/auth/me", token).json().get("id").asText();
    }

    Api.Reply change(String token, Object... ops) {
        return api.post("/api/v1/projects/" + project + "/changes", token, Map.of("ops", List.of(ops)));
    }

    @Nested
    class Projects {
        @Test
        void createReadRenameAndList() {
            Api.Reply made = api.post("/api/v1/projects", owner, Map.of("name", "  Checkout  "));
            assertThat(made.status()).as(made.toString()).isEqualTo(201);
            String id = made.json().get("id").asText();
            assertThat(made.json().get("name").asText()).as("trimmed").isEqualTo("Checkout");
            assertThat(made.json().get("role").asText()).isEqualTo("owner");
            assertThat(made.json().get("ownerId").asText()).isEqualTo(ownerId);

            Api.Reply read = api.get("/api/v1/projects/" + id, owner);
            assertThat(read.status()).isEqualTo(200);
            assertThat(read.json().get("name").asText()).isEqualTo("Checkout");

            Api.Reply renamed = api.patch("/api/v1/projects/" + id, owner, Map.of("name", "Checkout v2"));
            assertThat(renamed.status()).as(renamed.toString()).isEqualTo(200);
            assertThat(api.get("/api/v1/projects/" + id, owner).json().get("name").asText()).isEqualTo("Checkout v2");

            JsonNode list = api.get("/api/v1/projects", owner).json();
            assertThat(list).extracting(p -> p.get("name").asText()).containsExactly("Checkout v2", "Shop");
            assertThat(list).allSatisfy(p -> assertThat(p.get("role").asText()).isEqualTo("owner"));
        }

        @Test
        void aProjectNeedsANameOfSensibleLength() {
            assertThat(detail(api.post("/api/v1/projects", owner, Map.of("name", "   ")), 400, "bad_request")).as("tried a blank name").contains("name is required");
            assertThat(detail(api.post("/api/v1/projects", owner, Map.of("name", "x".repeat(201))), 400, "bad_request")).as("tried 201 characters").contains("at most 200");
            assertThat(detail(api.patch("/api/v1/projects/" + project, owner, Map.of()), 400, "bad_request")).as("tried renaming to nothing").contains("name is required");
        }

        @Test
        void othersSeeNeitherTheProjectNorItsNameInTheirList() {
            String stranger = api.token(email("eve"), "Eve");
            assertThat(api.get("/api/v1/projects", stranger).json()).isEmpty();
            assertThat(detail(api.get("/api/v1/projects/" + project, stranger), 404, "not_found")).doesNotContain("Shop");
            assertProblem(api.get("/api/v1/projects/no-such-project", owner), 404, "not_found");
        }

        @Test
        void deletingTakesEverythingInItAndDisconnectsTheRoom() throws Exception {
            String editor = member("Ed", "editor");
            Api.Reply screen = api.post("/api/v1/wireframes", owner, Map.of("projectId", project, "name", "Home"));
            String screenId = screen.json().get("id").asText();
            assertThat(change(owner, element("e1", "button", screenId, 10, 10)).status()).isEqualTo(200);
            String code = api.invite(owner, project, "viewer");
            String conversation = api.post("/api/v1/conversations", owner, Map.of("projectId", project)).json().get("id").asText();
            String component = api.post("/api/v1/ui-components", owner,
                    Map.of("projectId", project, "name", "Card", "definition", Map.of("ops", List.of()))).json().get("id").asText();

            try (WsClient ws = t.connect()) {
                ws.hello(editor, project, "editor-client", 0);
                assertThat(api.delete("/api/v1/projects/" + project, owner).status()).isEqualTo(204);
                assertThat(ws.awaitClose()).as("the editor's connection is closed").isEqualTo(CloseCodes.GOING_AWAY);
            }
            assertProblem(api.get("/api/v1/projects/" + project, owner), 404, "not_found");
            assertThat(api.get("/api/v1/projects", editor).json()).as("gone from the editor's list too").isEmpty();
            assertProblem(api.get("/api/v1/wireframes/" + screenId, owner), 404, "not_found");
            assertProblem(api.get("/api/v1/conversations/" + conversation, owner), 404, "not_found");
            assertProblem(api.get("/api/v1/ui-components/" + component, owner), 404, "not_found");
            assertProblem(api.post("/api/v1/auth/join", null, Map.of("code", code, "name", "Late")), 404, "not_found");
            assertThat(t.host.stores().projects().members(project)).as("members").isEmpty();
            assertThat(t.host.stores().documents().screens(project)).as("screens").isEmpty();
            assertThat(t.host.stores().documents().object(project, "e1")).as("elements").isEmpty();
            assertProblem(api.delete("/api/v1/projects/" + project, owner), 404, "not_found");
        }
    }

    @Nested
    class Members {
        @Test
        void listedOwnerFirstThenInTheOrderTheyJoinedEachWithTheirOwnColour() {
            member("Ed", "editor");
            String viewer = member("Vi", "viewer");
            JsonNode members = api.get("/api/v1/projects/" + project + "/members", viewer).json();
            assertThat(members).extracting(m -> m.get("name").asText() + ":" + m.get("role").asText())
                    .containsExactly("Olga:owner", "Ed:editor", "Vi:viewer");
            List<String> colours = new ArrayList<>();
            members.forEach(m -> colours.add(m.get("color").asText()));
            assertThat(colours).doesNotHaveDuplicates().allMatch(c -> c.matches("#[0-9a-fA-F]{6}"));
        }

        @Test
        void theOwnerChangesARoleAndItTakesEffect() {
            String viewer = member("Vi", "viewer");
            String viewerId = idOf(viewer);
            assertProblem(api.post("/api/v1/wireframes", viewer, Map.of("projectId", project, "name", "Mine")), 403, "forbidden");
            Api.Reply r = api.patch("/api/v1/projects/" + project + "/members/" + viewerId, owner, Map.of("role", "editor"));
            assertThat(r.status()).as(r.toString()).isEqualTo(200);
            assertThat(r.json().get("role").asText()).isEqualTo("editor");
            assertThat(api.post("/api/v1/wireframes", viewer, Map.of("projectId", project, "name", "Mine")).status()).isEqualTo(201);
        }

        @Test
        void rolesAreEditorOrViewerAndTheOwnerStaysOwner() {
            String editorId = idOf(member("Ed", "editor"));
            String path = "/api/v1/projects/" + project + "/members/";
            assertThat(detail(api.patch(path + editorId, owner, Map.of("role", "owner")), 400, "bad_request")).as("tried making a second owner").contains("editor or viewer");
            assertThat(detail(api.patch(path + editorId, owner, Map.of("role", "admin")), 400, "bad_request")).as("tried role admin").contains("editor or viewer");
            assertThat(detail(api.patch(path + ownerId, owner, Map.of("role", "viewer")), 409, "conflict")).as("the owner demoting themselves").contains("owner");
            assertProblem(api.patch(path + "no-such-user", owner, Map.of("role", "viewer")), 404, "not_found");
            assertThat(api.get("/api/v1/projects/" + project, owner).json().get("role").asText()).isEqualTo("owner");
        }

        @Test
        void theOwnerRemovesAMemberWhoThenLosesTheProject() {
            String editor = member("Ed", "editor");
            assertThat(api.delete("/api/v1/projects/" + project + "/members/" + idOf(editor), owner).status()).isEqualTo(204);
            assertProblem(api.get("/api/v1/projects/" + project, editor), 404, "not_found");
            assertThat(api.get("/api/v1/projects/" + project + "/members", owner).json()).hasSize(1);
            assertProblem(api.delete("/api/v1/projects/" + project + "/members/" + idOf(editor), owner), 404, "not_found");
        }

        @Test
        void anyMemberMayLeaveButTheOwnerMayNot() {
            String viewer = member("Vi", "viewer");
            String editor = member("Ed", "editor");
            assertProblem(api.delete("/api/v1/projects/" + project + "/members/" + idOf(editor), viewer), 403, "forbidden");
            assertThat(api.delete("/api/v1/projects/" + project + "/members/" + idOf(viewer), viewer).status()).as("the viewer leaves").isEqualTo(204);
            assertProblem(api.get("/api/v1/projects/" + project, viewer), 404, "not_found");
            assertThat(detail(api.delete("/api/v1/projects/" + project + "/members/" + ownerId, owner), 409, "conflict")).contains("delete it");
        }
    }

    @Nested
    class Changes {
        @Test
        void validOpsAreCommittedWithTheNextSeqAndSeenLive() throws Exception {
            try (WsClient ws = t.connect()) {
                ws.hello(owner, project, "watcher", 0);
                Api.Reply first = change(owner, screen("s1", "Home"));
                assertThat(first.status()).as(first.toString()).isEqualTo(200);
                assertThat(first.json().get("seq").asLong()).isEqualTo(1);
                HostMessage.RemoteChange seen = ws.await(HostMessage.RemoteChange.class);
                assertThat(seen.seq()).isEqualTo(1);
                assertThat(seen.ops().getFirst().id()).isEqualTo("s1");
            }
            assertThat(change(owner, element("e1", "button", "s1", 10, 20)).json().get("seq").asLong()).isEqualTo(2);
            JsonNode read = api.get("/api/v1/wireframes/s1", owner).json();
            assertThat(read.get("seq").asLong()).isEqualTo(2);
            assertThat(read.get("elements")).extracting(e -> e.get("id").asText()).containsExactly("e1");
        }

        @Test
        void invalidOpsAreRefusedWholeWithTheRoomsRejectCode() {
            assertThat(change(owner, screen("s1", "Home")).status()).isEqualTo(200);
            Api.Reply r = change(owner, element("ok", "button", "s1", 0, 0), element("bad", "no-such-control", "s1", 0, 0));
            assertProblem(r, 422, "unknown_type");
            assertThat(r.json().get("title").asText()).isEqualTo("Change refused");
            assertProblem(change(owner, element("orphan", "button", "no-such-screen", 0, 0)), 422, "bad_reference");
            JsonNode read = api.get("/api/v1/wireframes/s1", owner).json();
            assertThat(read.get("seq").asLong()).as("nothing committed").isEqualTo(1);
            assertThat(read.get("elements")).as("not even the valid op of the refused change").isEmpty();
        }

        @Test
        void aChangeNeedsOps() {
            String path = "/api/v1/projects/" + project + "/changes";
            assertThat(detail(api.post(path, owner, Map.of()), 400, "bad_request")).as("tried no ops").contains("ops is required");
            assertThat(detail(api.post(path, owner, Map.of("ops", List.of())), 400, "bad_request")).as("tried empty ops").contains("ops is required");
            assertThat(detail(api.post(path, owner, "{\"ops\":[null]}"), 400, "bad_request")).as("tried a null op").contains("null");
            assertProblem(api.post(path, owner, "{\"ops\":[{\"set\":{\"x\":1}}]}"), 400, "bad_request"); // an op without id
        }

        @Test
        void viewersCannotChangeAnything() {
            String viewer = member("Vi", "viewer");
            assertThat(detail(change(viewer, screen("s1", "Home")), 403, "forbidden")).contains("editor");
            assertThat(t.host.stores().documents().screens(project)).isEmpty();
        }
    }

    @Test
    void chatHistoryIsTheLatestMessagesOldestFirst() throws Exception {
        String editor = member("Ed", "editor");
        try (WsClient ws = t.connect()) {
            ws.hello(editor, project, "chatty", 0);
            for (String text : new String[]{"one", "two", "three"}) {
                ws.send(new ClientMessage.ChatSend(text));
                ws.await(HostMessage.ChatMessage.class, m -> m.text().equals(text));
            }
        }
        String path = "/api/v1/projects/" + project + "/chat";
        JsonNode all = api.get(path, owner).json();
        assertThat(all).extracting(m -> m.get("text").asText()).containsExactly("one", "two", "three");
        assertThat(all.get(0).get("name").asText()).isEqualTo("Ed");
        assertThat(all.get(0).get("userId").asText()).isEqualTo(idOf(editor));
        assertThat(api.get(path + "?limit=2", owner).json()).extracting(m -> m.get("text").asText()).containsExactly("two", "three");
        assertThat(detail(api.get(path + "?limit=0", owner), 400, "bad_request")).as("tried limit=0").contains("limit");
        assertThat(detail(api.get(path + "?limit=lots", owner), 400, "bad_request")).as("tried limit=lots").contains("whole number");
    }
}
