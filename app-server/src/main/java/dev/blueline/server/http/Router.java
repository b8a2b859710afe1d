package dev.blueline.server.http;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/** Finds the route for a method and path. */
public final class Router {

    /** A route that matched, with its path parameters. */
    public record Match(Route route, Map<String, String> params) {
    }

    private final List<Route> routes = new ArrayList<>();

    public Router add(Route r) {
        routes.add(r);
        return this;
    }

    public Router addAll(List<Route> rs) {
        routes.addAll(rs);
        return this;
    }

    public List<Route> routes() {
        return List.copyOf(routes);
    }

    /** The matching route; a 404 or 405 {@link ApiException} when there is none. */
    public Match find(String method, String path) {
        TreeSet<String> allowed = new TreeSet<>();
        for (Route r : routes) {
            Map<String, String> params = r.path().match(path);
            if (params == null) continue;
            if (r.method().equals(method)) return new Match(r, params);
            allowed.add(r.method());
        }
        if (allowed.isEmpty()) throw ApiException.notFound("no such resource: " + path);
        throw ApiException.methodNotAllowed(method, allowed);
    }
}
