package dev.blueline.server.api;

import com.fasterxml.jackson.databind.JsonNode;
import dev.blueline.server.testing.Api;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import static dev.blueline.server.api.ApiTesting.assertProblem;
import static dev.blueline.server.api.ApiTesting.detail;
import static dev.blueline.server.api.ApiTesting.email;
import static org.assertj.core.api.Assertions.assertThat;

/** The controls catalog, and a project's own saved components. */
class ComponentsApiTest extends SharedHostTest {
    String owner;
    String project;

    @BeforeEach
    void aProject() {
        owner = api.token(email("olga"), "Olga");
        project = api.newProject(owner, "Shop");
    }

    JsonNode controls(String q) {
        String query = q == null ? "" : "?q=" + URLEncoder.encode(q, StandardCharsets.UTF_8);
        Api.Reply r = api.get("/api/v1/ui-components" + query, owner);
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        return r.json().get("controls");
    }

    Api.Reply save(String name, Object definition) {
        return api.post("/api/v1/ui-components", owner, definition == null ? Map.of("projectId", project, "name", name)
                : Map.of("projectId", project, "name", name, "definition", definition));
    }

    @Test
    void theCatalogHasEveryControlWithWhatAPaletteNeeds() {
        JsonNode all = controls(null);
        assertThat(all.size()).as("controls in the catalog").isGreaterThanOrEqualTo(45);
        assertThat(all).extracting(c -> c.get("id").asText()).contains("button", "text-input", "data-grid").doesNotHaveDuplicates();
        JsonNode button = all.findParents("id").stream().filter(c -> c.get("id").asText().equals("button")).findFirst().orElseThrow();
        assertThat(button.get("name").asText()).isNotBlank();
        assertThat(button.get("width").asDouble()).isPositive();
        assertThat(button.get("height").asDouble()).isPositive();
        assertThat(button.get("container").isBoolean()).isTrue();
        assertThat(button.get("styleProps").isArray()).isTrue();
    }

    @Test
    void theProjectsOwnComponentMastersAreListedWithTheirSize() {
        Map<String, Object> master = new java.util.LinkedHashMap<>(Map.of("kind", "screen", "name", "Pricing card", "w", 200, "h", 120,
                "order", "a1", "component", true));
        Map<String, Object> page = Map.of("kind", "screen", "name", "Home", "w", 1440, "h", 900, "order", "a0");
        Map<String, Object> instance = new java.util.LinkedHashMap<>(Map.of("kind", "element", "type", "component", "screen", "home",
                "order", "a0", "x", 10, "y", 10, "w", 200, "h", 120));
        instance.put("master", "card");
        Api.Reply w = api.post("/api/v1/projects/" + project + "/changes", owner, Map.of("ops", List.of(
                Map.of("id", "home", "set", page), Map.of("id", "card", "set", master), Map.of("id", "i1", "set", instance))));
        assertThat(w.status()).as(w.toString()).isBetween(200, 201);

        JsonNode masters = api.get("/api/v1/ui-components?projectId=" + project, owner).json().get("masters");
        assertThat(masters).hasSize(1);
        assertThat(masters.get(0).get("id").asText()).isEqualTo("card");
        assertThat(masters.get(0).get("name").asText()).isEqualTo("Pricing card");
        assertThat(masters.get(0).get("width").asDouble()).isEqualTo(200);

        // an instance of a page (not a component) is refused whole, with what is wrong
        instance.put("master", "home");
        Api.Reply bad = api.post("/api/v1/projects/" + project + "/changes", owner, Map.of("ops", List.of(Map.of("id", "i2", "set", instance))));
        assertThat(bad.status()).isEqualTo(422);
        assertThat(bad.body()).contains("not a component");
    }

    @Test
    void qFiltersTheCatalogLikeAPaletteSearch() {
        assertThat(controls("text input")).extracting(c -> c.get("id").asText()).contains("text-input").doesNotContain("button");
        assertThat(controls("GRID")).extracting(c -> c.get("id").asText()).contains("data-grid");
        assertThat(controls("zzz-nothing")).isEmpty();
        assertThat(controls("  ").size()).as("a blank q is all").isEqualTo(controls(null).size());
        assertThat(api.get("/api/v1/ui-components", owner).json().has("components")).as("no projectId, no components").isFalse();
    }

    @Test
    void aProjectSavesReadsListsAndDeletesItsComponents() {
        Map<String, Object> definition = Map.of("ops", List.of(Map.of("id", "f1", "set", Map.of("type", "text-input", "x", 0))));
        Api.Reply saved = save("Sign-in form", definition);
        assertThat(saved.status()).as(saved.toString()).isEqualTo(201);
        String id = saved.json().get("id").asText();
        assertThat(saved.json().get("definition").get("ops").get(0).get("id").asText()).isEqualTo("f1");
        save("Card", Map.of());

        JsonNode listed = api.get("/api/v1/ui-components?projectId=" + project, owner).json();
        assertThat(listed.get("components")).extracting(c -> c.get("name").asText()).as("by name").containsExactly("Card", "Sign-in form");
        assertThat(listed.get("controls").size()).isGreaterThanOrEqualTo(45);

        Api.Reply read = api.get("/api/v1/ui-components/" + id, owner);
        assertThat(read.json().get("definition")).isEqualTo(saved.json().get("definition"));
        assertThat(api.delete("/api/v1/ui-components/" + id, owner).status()).isEqualTo(204);
        assertProblem(api.get("/api/v1/ui-components/" + id, owner), 404, "not_found");
        assertProblem(api.delete("/api/v1/ui-components/" + id, owner), 404, "not_found");
    }

    @Test
    void aDefinitionMustBeAJsonObject() {
        for (Object bad : new Object[]{List.of(1, 2), "text", 42, true}) {
            assertThat(detail(save("Bad", bad), 400, "bad_request")).as("tried definition %s", bad).contains("definition must be a JSON object");
        }
        assertThat(detail(save("Missing", null), 400, "bad_request")).as("tried no definition").contains("definition");
        assertThat(detail(api.post("/api/v1/ui-components", owner, Map.of("projectId", project, "definition", Map.of())), 400, "bad_request"))
                .as("tried no name").contains("name is required");
        assertThat(api.get("/api/v1/ui-components?projectId=" + project, owner).json().get("components")).isEmpty();
    }

    @Test
    void aStrangersProjectComponentsDoNotExistForMe() {
        String id = save("Card", Map.of()).json().get("id").asText();
        String stranger = api.token(email("eve"), "Eve");
        assertProblem(api.get("/api/v1/ui-components/" + id, stranger), 404, "not_found");
        assertProblem(api.get("/api/v1/ui-components?projectId=" + project, stranger), 404, "not_found");
        assertThat(api.get("/api/v1/ui-components", stranger).status()).as("the catalog is for everyone").isEqualTo(200);
    }
}
