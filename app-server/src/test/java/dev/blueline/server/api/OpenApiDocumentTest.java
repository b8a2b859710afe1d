package dev.blueline.server.api;

import dev.blueline.server.http.Route;
import dev.blueline.server.testing.Api;
import dev.blueline.server.testing.TestHost;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The OpenAPI description served by a real host is valid OpenAPI 3.1, documents exactly the routes
 * the host serves, says which need a token and how they fail, and the interactive docs load it.
 */
class OpenApiDocumentTest {
    private static final String PROBLEM = "#/components/schemas/Problem";

    /** The routes that need no sign-in. */
    private static final Set<String> OPEN = Set.of(
            "POST /api/v1/auth/register",
            "POST /api/v1/auth/login",
            "POST /api/v1/auth/refresh",
            "POST /api/v1/auth/join",
            "GET /api/v1/health",
            "GET /api/v1/openapi.json",
            "GET /docs",
            "GET /docs/{asset}");

    /**
     * Open routes with no body, no parameters and no lookup: nothing a client sends can make them
     * fail with a 4xx, so they declare only the 5xx problem (and health its own 503).
     */
    private static final Set<String> NO_CLIENT_ERRORS = Set.of(
            "GET /api/v1/health",
            "GET /api/v1/openapi.json",
            "GET /docs");

    private static final Set<String> TAGS = Set.of(
            "auth", "projects", "members", "invites", "wireframes", "conversations", "ui-components", "health", "docs");

    @TempDir
    Path dir;

    @Test
    void theServedDescriptionIsValidAndMatchesTheRoutes() throws Exception {
        try (TestHost t = TestHost.start(dir)) {
            Api.Reply served = t.api.get("/api/v1/openapi.json", null);
            assertThat(served.status()).as(served.toString()).isEqualTo(200);
            assertThat(served.contentType()).startsWith("application/json");
            assertThat(served.header("X-Request-Id")).isNotBlank();

            ParseOptions options = new ParseOptions();
            options.setResolve(true);
            SwaggerParseResult result = new OpenAPIV3Parser().readContents(served.body(), null, options);
            assertThat(result.getMessages()).as("parser messages").isEmpty();
            OpenAPI api = result.getOpenAPI();
            assertThat(api).isNotNull();
            assertThat(api.getOpenapi()).startsWith("3.1.");
            assertThat(api.getInfo().getTitle()).isEqualTo("Blueline host API");

            Map<String, Operation> operations = operations(api);

            // every route is documented, and nothing else is
            List<Route> routes = t.host.router().routes();
            Set<String> routeKeys = routes.stream().map(OpenApiDocumentTest::key).collect(Collectors.toCollection(TreeSet::new));
            assertThat(routeKeys).as("no route is served twice").hasSize(routes.size());
            assertThat(new TreeSet<>(operations.keySet())).as("documented operations vs routes the host serves").isEqualTo(routeKeys);

            // the open routes are the expected ones, in the code and in the document
            Set<String> openInCode = routes.stream().filter(r -> !r.signedIn()).map(OpenApiDocumentTest::key).collect(Collectors.toSet());
            assertThat(openInCode).as("routes that need no sign-in").isEqualTo(OPEN);

            SecurityScheme bearer = api.getComponents().getSecuritySchemes().get("bearerAuth");
            assertThat(bearer).isNotNull();
            assertThat(bearer.getType()).isEqualTo(SecurityScheme.Type.HTTP);
            assertThat(bearer.getScheme()).isEqualToIgnoringCase("bearer");

            Set<String> operationIds = new HashSet<>();
            List<String> wrong = new ArrayList<>();
            operations.forEach((key, op) -> {
                List<SecurityRequirement> security = op.getSecurity() != null ? op.getSecurity() : api.getSecurity();
                if (security == null) security = List.of();
                boolean anonymousAllowed = security.isEmpty() || security.stream().anyMatch(Map::isEmpty);
                boolean bearerRequired = !anonymousAllowed && security.stream().allMatch(req -> req.containsKey("bearerAuth"));
                if (OPEN.contains(key) && !anonymousAllowed) wrong.add(key + ": open route, but the document requires " + security);
                if (!OPEN.contains(key) && !bearerRequired) wrong.add(key + ": needs sign-in, but the document says " + security);

                if (op.getOperationId() == null || !operationIds.add(op.getOperationId())) wrong.add(key + ": missing or duplicate operationId " + op.getOperationId());
                if (op.getSummary() == null || op.getSummary().isBlank()) wrong.add(key + ": no summary");
                if (op.getTags() == null || op.getTags().isEmpty() || !TAGS.containsAll(op.getTags())) wrong.add(key + ": tags " + op.getTags());

                Map<String, ApiResponse> responses = new LinkedHashMap<>();
                op.getResponses().forEach((status, r) -> responses.put(status, resolve(api, r)));
                boolean success = responses.keySet().stream().anyMatch(s -> s.startsWith("2"));
                boolean clientProblem = responses.entrySet().stream().anyMatch(e -> e.getKey().startsWith("4") && usesProblem(e.getValue()));
                boolean anyClientError = responses.keySet().stream().anyMatch(s -> s.startsWith("4"));
                boolean serverProblem = responses.entrySet().stream().anyMatch(e -> e.getKey().startsWith("5") && usesProblem(e.getValue()));
                if (!success) wrong.add(key + ": no success response");
                if (!serverProblem) wrong.add(key + ": no 5xx response with the Problem schema");
                if (NO_CLIENT_ERRORS.contains(key)) {
                    if (anyClientError) wrong.add(key + ": declares a 4xx; take it off NO_CLIENT_ERRORS and let it be checked");
                } else if (!clientProblem) {
                    wrong.add(key + ": no 4xx response with the Problem schema");
                }
            });
            assertThat(wrong).as("operations that break the rules").isEmpty();
        }
    }

    @Test
    void theInteractiveDocsLoadTheDescription() throws Exception {
        try (TestHost t = TestHost.start(dir)) {
            Api.Reply page = t.api.get("/docs", null);
            assertThat(page.status()).as(page.toString()).isEqualTo(200);
            assertThat(page.contentType()).startsWith("text/html");
            assertThat(page.body()).contains("<html", "/api/v1/openapi.json", "/docs/swagger-ui-bundle.js");

            Api.Reply script = t.api.get("/docs/swagger-ui-bundle.js", null);
            assertThat(script.status()).isEqualTo(200);
            assertThat(script.contentType()).contains("javascript");
            assertThat(script.body()).contains("SwaggerUIBundle");

            Api.Reply missing = t.api.get("/docs/not-a-file.js", null);
            assertThat(missing.status()).isEqualTo(404);
            assertThat(missing.contentType()).startsWith("application/problem+json");
        }
    }

    private static String key(Route r) {
        return r.method() + " " + r.path().text();
    }

    /** "METHOD /path" of every operation in the document. */
    private static Map<String, Operation> operations(OpenAPI api) {
        Map<String, Operation> out = new LinkedHashMap<>();
        api.getPaths().forEach((path, item) ->
                item.readOperationsMap().forEach((method, op) -> out.put(method.name() + " " + path, op)));
        return out;
    }

    /** A response, following a {@code $ref} to {@code #/components/responses/...}. */
    private static ApiResponse resolve(OpenAPI api, ApiResponse r) {
        String ref = r.get$ref();
        if (ref == null) return r;
        String prefix = "#/components/responses/";
        assertThat(ref).startsWith(prefix);
        ApiResponse target = api.getComponents().getResponses().get(ref.substring(prefix.length()));
        assertThat(target).as("response " + ref).isNotNull();
        return target;
    }

    private static boolean usesProblem(ApiResponse r) {
        if (r.getContent() == null) return false;
        MediaType problem = r.getContent().get("application/problem+json");
        return problem != null && problem.getSchema() != null && PROBLEM.equals(problem.getSchema().get$ref());
    }
}
