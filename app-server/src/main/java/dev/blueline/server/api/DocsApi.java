package dev.blueline.server.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import dev.blueline.server.http.ApiException;
import dev.blueline.server.http.Exchange;
import dev.blueline.server.http.Reply;
import dev.blueline.server.http.Route;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The OpenAPI description (written as YAML, served as JSON) and interactive docs at {@code /docs}. */
public final class DocsApi {
    private static final String SWAGGER = "/META-INF/resources/webjars/swagger-ui/" + swaggerVersion() + "/";
    private static final Set<String> ASSETS = Set.of("swagger-ui.css", "swagger-ui-bundle.js", "swagger-ui-standalone-preset.js", "favicon-32x32.png");
    private static final Map<String, String> TYPES = Map.of("css", "text/css", "js", "text/javascript", "png", "image/png");

    private final ObjectMapper json;
    /** Made on the first request: reading the YAML costs about 100 ms that the app's start need not wait for. */
    private volatile byte[] openApiJson;

    public DocsApi(ObjectMapper json) {
        this.json = json;
    }

    private byte[] openApiJson() {
        byte[] made = openApiJson;
        if (made != null) return made;
        synchronized (this) {
            if (openApiJson == null) openApiJson = readOpenApi();
            return openApiJson;
        }
    }

    private byte[] readOpenApi() {
        try (InputStream in = DocsApi.class.getResourceAsStream("/openapi.yaml")) {
            if (in == null) throw new IllegalStateException("openapi.yaml is missing from the classpath");
            return json.writeValueAsBytes(new YAMLMapper().readTree(in));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public List<Route> routes() {
        return List.of(
                Route.open("GET", "/api/v1/openapi.json", ex -> Reply.bytes("application/json; charset=utf-8", openApiJson())),
                Route.open("GET", "/docs", this::page),
                Route.open("GET", "/docs/{asset}", this::asset));
    }

    private Reply page(Exchange ex) {
        String html = """
                <!doctype html>
                <html lang="en"><head><meta charset="utf-8"><title>Blueline API</title>
                <link rel="stylesheet" href="/docs/swagger-ui.css"></head>
                <body><div id="docs"></div>
                <script src="/docs/swagger-ui-bundle.js"></script>
                <script>SwaggerUIBundle({url: "/api/v1/openapi.json", dom_id: "#docs", persistAuthorization: true});</script>
                </body></html>
                """;
        return Reply.text(200, "text/html; charset=utf-8", html);
    }

    private Reply asset(Exchange ex) {
        String name = ex.path("asset");
        if (!ASSETS.contains(name)) throw ApiException.notFound("no such file");
        try (InputStream in = DocsApi.class.getResourceAsStream(SWAGGER + name)) {
            if (in == null) throw ApiException.notFound("no such file");
            String ext = name.substring(name.lastIndexOf('.') + 1);
            return Reply.bytes(TYPES.get(ext), in.readAllBytes()).withHeader("Cache-Control", "max-age=86400");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String swaggerVersion() {
        try (InputStream in = DocsApi.class.getResourceAsStream("/META-INF/maven/org.webjars/swagger-ui/pom.properties")) {
            java.util.Properties p = new java.util.Properties();
            if (in != null) p.load(in);
            return p.getProperty("version", "5.34.1");
        } catch (IOException e) {
            return "5.34.1";
        }
    }
}
