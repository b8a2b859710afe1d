package dev.blueline.server.api;

import com.fasterxml.jackson.databind.JsonNode;
import dev.blueline.server.testing.Api;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static dev.blueline.model.testing.Fixtures.element;
import static dev.blueline.model.testing.Fixtures.screen;
import static dev.blueline.server.api.ApiTesting.assertProblem;
import static dev.blueline.server.api.ApiTesting.detail;
import static dev.blueline.server.api.ApiTesting.email;
import static org.assertj.core.api.Assertions.assertThat;

/** Screens of a project over REST: list, create, read with elements, change, delete. */
class WireframesApiTest extends SharedHostTest {
    String owner;
    String project;

    @BeforeEach
    void aProject() {
        owner = api.token(email("olga"), "Olga");
        project = api.newProject(owner, "Shop");
    }

    Api.Reply create(Map<String, Object> body) {
        return api.post("/api/v1/wireframes", owner, body);
    }

    String screenId(String name) {
        Api.Reply r = create(Map.of("projectId", project, "name", name));
        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        return r.json().get("id").asText();
    }

    @Test
    void createdScreensAreListedInTheOrderTheyWereMade() {
        Api.Reply home = create(Map.of("projectId", project, "name", "Home", "width", 390, "height", 844, "device", "phone"));
        assertThat(home.status()).as(home.toString()).isEqualTo(201);
        assertThat(home.json().get("projectId").asText()).isEqualTo(project);
        assertThat(home.json().get("width").asDouble()).isEqualTo(390);
        assertThat(home.json().get("height").asDouble()).isEqualTo(844);
        assertThat(home.json().get("device").asText()).isEqualTo("phone");
        assertThat(home.json().get("seq").asLong()).isEqualTo(1);

        Api.Reply cart = create(Map.of("projectId", project, "name", "Cart"));
        assertThat(cart.json().get("width").asDouble()).as("desktop by default").isEqualTo(1440);
        assertThat(cart.json().get("height").asDouble()).isEqualTo(900);
        screenId("Checkout");

        JsonNode list = api.get("/api/v1/wireframes?projectId=" + project, owner).json();
        assertThat(list).extracting(s -> s.get("name").asText()).containsExactly("Home", "Cart", "Checkout");
        assertThat(list).allSatisfy(s -> assertThat(s.has("elements")).as("the list is light").isFalse());
    }

    @Test
    void aScreenIsReadWithItsElementsAtAnyDepth() {
        String id = screenId("Home");
        List<Object> ops = List.of(element("panel", "panel", id, 0, 0), element("save", "button", id, "panel", 10, 10));
        assertThat(api.post("/api/v1/projects/" + project + "/changes", owner, Map.of("ops", ops)).status()).isEqualTo(200);

        JsonNode read = api.get("/api/v1/wireframes/" + id, owner).json();
        assertThat(read.get("name").asText()).isEqualTo("Home");
        assertThat(read.get("seq").asLong()).isEqualTo(2);
        assertThat(read.get("elements")).extracting(e -> e.get("id").asText()).containsExactlyInAnyOrder("panel", "save");
        JsonNode save = read.get("elements").findParents("id").stream().filter(e -> e.get("id").asText().equals("save")).findFirst().orElseThrow();
        assertThat(save.get("type").asText()).isEqualTo("button");
        assertThat(save.get("parent").asText()).isEqualTo("panel");
        assertThat(save.get("x").asDouble()).isEqualTo(10);
    }

    @Test
    void patchingChangesOnlyWhatIsGiven() {
        String id = screenId("Home");
        Api.Reply r = api.patch("/api/v1/wireframes/" + id, owner, Map.of("name", "Home (signed in)", "background", "#f8fafc"));
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        assertThat(r.json().get("seq").asLong()).isEqualTo(2);
        JsonNode read = api.get("/api/v1/wireframes/" + id, owner).json();
        assertThat(read.get("name").asText()).isEqualTo("Home (signed in)");
        assertThat(read.get("background").asText()).isEqualTo("#f8fafc");
        assertThat(read.get("width").asDouble()).as("untouched").isEqualTo(1440);
    }

    @Test
    void badChangesToAScreenAreRefusedAndChangeNothing() {
        String id = screenId("Home");
        String path = "/api/v1/wireframes/" + id;
        assertThat(detail(api.patch(path, owner, Map.of()), 400, "bad_request")).as("tried an empty patch").contains("at least one");
        assertThat(detail(api.patch(path, owner, Map.of("name", " ")), 400, "bad_request")).as("tried a blank name").contains("name");
        assertProblem(api.patch(path, owner, Map.of("background", "red")), 422, "bad_value"); // tried a colour that is not #rrggbb
        assertProblem(api.patch(path, owner, Map.of("width", -10)), 422, "bad_value");       // tried a negative width
        assertThat(detail(api.patch(path, owner, Map.of("width", "wide")), 400, "bad_request")).as("tried width \"wide\"").contains("width");
        assertProblem(create(Map.of("projectId", project, "name", "Tiny", "height", 0)), 422, "bad_value");
        assertThat(detail(create(Map.of("name", "No project")), 400, "bad_request")).contains("projectId is required");
        assertThat(detail(create(Map.of("projectId", project)), 400, "bad_request")).contains("name is required");
        JsonNode read = api.get(path, owner).json();
        assertThat(read.get("seq").asLong()).as("only the screen's own creation").isEqualTo(1);
        assertThat(read.get("name").asText()).isEqualTo("Home");
    }

    @Test
    void aDeletedScreenIsGoneFromTheListAndFromReads() {
        String home = screenId("Home");
        String cart = screenId("Cart");
        assertThat(api.delete("/api/v1/wireframes/" + home, owner).status()).isEqualTo(204);
        assertThat(api.get("/api/v1/wireframes?projectId=" + project, owner).json()).extracting(s -> s.get("id").asText()).containsExactly(cart);
        assertProblem(api.get("/api/v1/wireframes/" + home, owner), 404, "not_found");
        assertProblem(api.patch("/api/v1/wireframes/" + home, owner, Map.of("name", "Back?")), 404, "not_found");
        assertProblem(api.delete("/api/v1/wireframes/" + home, owner), 404, "not_found");
    }

    @Test
    void onlyScreensAreWireframes() {
        String id = screenId("Home");
        api.post("/api/v1/projects/" + project + "/changes", owner, Map.of("ops", List.of(element("e1", "button", id, 0, 0))));
        assertProblem(api.get("/api/v1/wireframes/e1", owner), 404, "not_found");
        assertProblem(api.get("/api/v1/wireframes/no-such-screen", owner), 404, "not_found");
        assertThat(detail(api.get("/api/v1/wireframes", owner), 400, "bad_request")).as("tried listing without projectId").contains("projectId");
    }

    @Test
    void aScreenIdReusedInAStrangersProjectDoesNotHideMyScreen() {
        // ids are chosen by clients: a stranger can make an object with my screen's id in their own project,
        // and the host looks an id up in project-id order, so arrange for one of theirs to be met before mine
        String stranger = api.token(email("eve"), "Eve");
        String lowest = null;
        for (int i = 0; i < 3; i++) {
            String theirs = api.newProject(stranger, "Eve " + i);
            Api.Reply r = api.post("/api/v1/projects/" + theirs + "/changes", stranger, Map.of("ops", List.of(screen("shared-id", "Theirs"))));
            assertThat(r.status()).as(r.toString()).isEqualTo(200);
            if (lowest == null || theirs.compareTo(lowest) < 0) lowest = theirs;
        }
        String mine = project;
        for (int i = 0; i < 30 && mine.compareTo(lowest) < 0; i++) mine = api.newProject(owner, "Mine " + i);
        assertThat(mine).as("a project of mine sorting after one of theirs").isGreaterThan(lowest);
        api.post("/api/v1/projects/" + mine + "/changes", owner, Map.of("ops", List.of(screen("shared-id", "Mine"))));

        Api.Reply read = api.get("/api/v1/wireframes/shared-id", owner);
        assertThat(read.status()).as(read.toString()).isEqualTo(200);
        assertThat(read.json().get("name").asText()).isEqualTo("Mine");
        assertThat(read.json().get("projectId").asText()).isEqualTo(mine);
        assertThat(api.patch("/api/v1/wireframes/shared-id", owner, Map.of("name", "Still mine")).status()).isEqualTo(200);
        assertThat(api.get("/api/v1/wireframes/shared-id", owner).json().get("name").asText()).isEqualTo("Still mine");
        assertThat(api.get("/api/v1/wireframes/shared-id", stranger).json().get("name").asText()).as("theirs is untouched").isEqualTo("Theirs");
    }
}
