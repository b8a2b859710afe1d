package dev.blueline.server.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.blueline.model.catalog.Catalog;
import dev.blueline.model.catalog.ControlType;
import dev.blueline.model.document.Props;
import dev.blueline.model.document.Value;
import dev.blueline.model.room.Role;
import dev.blueline.server.http.ApiException;
import dev.blueline.server.http.Exchange;
import dev.blueline.server.http.Reply;
import dev.blueline.server.http.Route;
import dev.blueline.server.store.CustomComponent;
import dev.blueline.server.store.Membership;
import dev.blueline.server.store.StoredObject;
import dev.blueline.server.store.Stores;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The controls catalog, plus a project's own saved components. */
public final class ComponentsApi {
    static final int MAX_DEFINITION = 500_000;

    record NewComponent(String projectId, String name, JsonNode definition) {
    }

    record ControlView(String id, String name, String category, double width, double height, boolean container,
                       List<String> styleProps, String defaultText) {
        static ControlView of(ControlType c) {
            return new ControlView(c.id(), c.displayName(), c.category().name().toLowerCase(java.util.Locale.ROOT),
                    c.defaultWidth(), c.defaultHeight(), c.container(), List.copyOf(c.styleProps()), c.defaultText());
        }
    }

    /** A component whose master lives in the project document (a screen marked as a component). */
    record MasterView(String id, String name, double width, double height) {
        static MasterView of(StoredObject screen) {
            return new MasterView(screen.id(), text(screen, Props.NAME), number(screen, Props.W), number(screen, Props.H));
        }

        private static String text(StoredObject o, String prop) {
            return o.props().get(prop) instanceof Value.Text t ? t.text() : "";
        }

        private static double number(StoredObject o, String prop) {
            return o.props().get(prop) instanceof Value.Num n ? n.number() : 0;
        }
    }

    record ComponentView(String id, String projectId, String name, JsonNode definition, String createdBy, String createdAt) {
    }

    private final Stores stores;
    private final Access access;
    private final ObjectMapper mapper;

    public ComponentsApi(Stores stores, Access access, ObjectMapper mapper) {
        this.stores = stores;
        this.access = access;
        this.mapper = mapper;
    }

    public List<Route> routes() {
        return List.of(
                Route.signedIn("GET", "/api/v1/ui-components", this::list),
                Route.signedIn("POST", "/api/v1/ui-components", this::create),
                Route.signedIn("GET", "/api/v1/ui-components/{id}", this::get),
                Route.signedIn("DELETE", "/api/v1/ui-components/{id}", this::delete));
    }

    /** The catalog; with {@code projectId}, also that project's components. {@code q} filters the catalog. */
    private Reply list(Exchange ex) {
        String q = ex.query("q");
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("controls", (q == null ? Catalog.all() : Catalog.search(q)).stream().map(ControlView::of).toList());
        String projectId = ex.query("projectId");
        if (projectId != null) {
            Membership m = access.require(projectId, ex.userId(), Role.VIEWER);
            out.put("components", stores.components().forProject(m.projectId()).stream().map(this::view).toList());
            out.put("masters", stores.documents().screens(m.projectId()).stream()
                    .filter(s -> s.props().get(Props.COMPONENT) instanceof Value.Flag f && f.flag())
                    .map(MasterView::of).toList());
        }
        return Reply.ok(out);
    }

    private Reply create(Exchange ex) {
        NewComponent body = ex.body(NewComponent.class);
        Membership m = access.require(Text.required("projectId", body.projectId(), 64), ex.userId(), Role.EDITOR);
        String name = Text.required("name", body.name(), 200);
        if (body.definition() == null || !body.definition().isObject()) throw ApiException.badRequest("definition must be a JSON object");
        String definition = body.definition().toString();
        if (definition.length() > MAX_DEFINITION) throw ApiException.badRequest("definition may have at most " + MAX_DEFINITION + " characters");
        return Reply.created(view(stores.components().create(m.projectId(), name, definition, ex.userId())));
    }

    private Reply get(Exchange ex) {
        return Reply.ok(view(find(ex, Role.VIEWER)));
    }

    private Reply delete(Exchange ex) {
        stores.components().delete(find(ex, Role.EDITOR).id());
        return Reply.noContent();
    }

    private CustomComponent find(Exchange ex, Role least) {
        String id = ex.path("id");
        CustomComponent c = stores.components().byId(id).orElseThrow(() -> ApiException.notFound("no component " + id));
        try {
            access.require(c.projectId(), ex.userId(), Role.VIEWER);
        } catch (ApiException e) {
            throw ApiException.notFound("no component " + id);
        }
        access.require(c.projectId(), ex.userId(), least);
        return c;
    }

    private ComponentView view(CustomComponent c) {
        try {
            return new ComponentView(c.id(), c.projectId(), c.name(), mapper.readTree(c.definition()), c.createdBy(), c.createdAt().toString());
        } catch (Exception e) {
            throw new IllegalStateException("stored component " + c.id() + " is not JSON", e);
        }
    }
}
