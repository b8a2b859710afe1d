package dev.blueline.server.api;

import dev.blueline.model.document.Props;
import dev.blueline.model.document.Value;
import dev.blueline.model.ops.Put;
import dev.blueline.model.order.FractionalIndex;
import dev.blueline.model.room.Role;
import dev.blueline.server.http.ApiException;
import dev.blueline.server.http.Exchange;
import dev.blueline.server.http.Reply;
import dev.blueline.server.http.Route;
import dev.blueline.server.store.Membership;
import dev.blueline.server.store.Stores;
import dev.blueline.server.store.StoredObject;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Screens ("wireframes") of a project: list, create, read with their elements, change, delete. Writes go through the room. */
public final class WireframesApi {

    record NewWireframe(String projectId, String name, Double width, Double height, String device) {
    }

    record WireframeChange(String name, Double width, Double height, String background, String device) {
    }

    private final Stores stores;
    private final Access access;
    private final DocumentWriter writer;
    private final ScreenLookup screens;

    public WireframesApi(Stores stores, Access access, DocumentWriter writer) {
        this.stores = stores;
        this.access = access;
        this.writer = writer;
        this.screens = new ScreenLookup(stores, access);
    }

    public List<Route> routes() {
        return List.of(
                Route.signedIn("GET", "/api/v1/wireframes", this::list),
                Route.signedIn("POST", "/api/v1/wireframes", this::create),
                Route.signedIn("GET", "/api/v1/wireframes/{id}", this::get),
                Route.signedIn("PATCH", "/api/v1/wireframes/{id}", this::change),
                Route.signedIn("DELETE", "/api/v1/wireframes/{id}", this::delete));
    }

    private Reply list(Exchange ex) {
        Membership m = access.require(ex.requireQuery("projectId"), ex.userId(), Role.VIEWER);
        List<Map<String, Object>> out = new ArrayList<>();
        for (StoredObject s : stores.documents().screens(m.projectId())) out.add(screenView(m.projectId(), s));
        return Reply.ok(out);
    }

    private Reply create(Exchange ex) {
        NewWireframe body = ex.body(NewWireframe.class);
        Membership m = access.require(Text.required("projectId", body.projectId(), 64), ex.userId(), Role.EDITOR);
        String name = Text.required("name", body.name(), Props.MAX_NAME_LENGTH);
        double w = body.width() == null ? 1440 : body.width();
        double h = body.height() == null ? 900 : body.height();
        List<StoredObject> screens = stores.documents().screens(m.projectId());
        String lastOrder = screens.isEmpty() ? null : screens.getLast().props().get(Props.ORDER).asText();
        String id = UUID.randomUUID().toString();
        Put.Builder put = Put.on(id).set(Props.KIND, "screen").set(Props.NAME, name).set(Props.W, w).set(Props.H, h)
                .set(Props.ORDER, FractionalIndex.between(lastOrder, null));
        if (body.device() != null) put.set(Props.DEVICE, body.device());
        long seq = writer.submit(m.projectId(), Access.member(m), List.of(put.build()));
        StoredObject created = stores.documents().object(m.projectId(), id)
                .orElseThrow(() -> new IllegalStateException("screen " + id + " committed at " + seq + " but not found"));
        Map<String, Object> view = screenView(m.projectId(), created);
        view.put("seq", seq);
        return Reply.created(view);
    }

    private Reply get(Exchange ex) {
        ScreenLookup.Found f = find(ex, Role.VIEWER);
        Map<String, Object> view = screenView(f.projectId(), f.screen());
        List<Map<String, Object>> elements = new ArrayList<>();
        for (StoredObject e : stores.documents().elementsOf(f.projectId(), f.screen().id())) elements.add(objectView(e));
        view.put("elements", elements);
        view.put("seq", stores.documents().seq(f.projectId()));
        return Reply.ok(view);
    }

    private Reply change(Exchange ex) {
        ScreenLookup.Found f = find(ex, Role.EDITOR);
        WireframeChange body = ex.body(WireframeChange.class);
        Put.Builder put = Put.on(f.screen().id());
        int n = 0;
        if (body.name() != null) { put.set(Props.NAME, Text.required("name", body.name(), Props.MAX_NAME_LENGTH)); n++; }
        if (body.width() != null) { put.set(Props.W, body.width()); n++; }
        if (body.height() != null) { put.set(Props.H, body.height()); n++; }
        if (body.background() != null) { put.set(Props.BACKGROUND, body.background()); n++; }
        if (body.device() != null) { put.set(Props.DEVICE, body.device()); n++; }
        if (n == 0) throw ApiException.badRequest("give at least one of name, width, height, background, device");
        long seq = writer.submit(f.projectId(), Access.member(f.membership()), List.of(put.build()));
        Map<String, Object> view = screenView(f.projectId(), stores.documents().object(f.projectId(), f.screen().id()).orElseThrow());
        view.put("seq", seq);
        return Reply.ok(view);
    }

    private Reply delete(Exchange ex) {
        ScreenLookup.Found f = find(ex, Role.EDITOR);
        writer.submit(f.projectId(), Access.member(f.membership()), List.of(Put.of(f.screen().id(), Props.DELETED, Value.of(true))));
        return Reply.noContent();
    }

    /** The screen of the path, by {@link ScreenLookup}'s rules. */
    private ScreenLookup.Found find(Exchange ex, Role least) {
        return screens.find(ex.path("id"), ex.userId(), least);
    }

    private static Map<String, Object> screenView(String projectId, StoredObject s) {
        Map<String, Value> p = s.props();
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("id", s.id());
        v.put("projectId", projectId);
        v.put("name", p.get(Props.NAME));
        v.put("width", p.get(Props.W));
        v.put("height", p.get(Props.H));
        v.put("order", p.get(Props.ORDER));
        if (p.containsKey(Props.BACKGROUND)) v.put("background", p.get(Props.BACKGROUND));
        if (p.containsKey(Props.DEVICE)) v.put("device", p.get(Props.DEVICE));
        return v;
    }

    /** An element: its id and every stored property, as on the wire. */
    static Map<String, Object> objectView(StoredObject o) {
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("id", o.id());
        v.putAll(o.props());
        return v;
    }
}
