package dev.blueline.server.api;

import dev.blueline.server.http.Exchange;
import dev.blueline.server.http.Reply;
import dev.blueline.server.http.Route;
import dev.blueline.server.rooms.Rooms;
import dev.blueline.server.store.Stores;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;

import java.lang.management.ManagementFactory;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Is the host alive, how is it doing, and its metrics in Prometheus text. */
public final class HealthApi {
    private final Stores stores;
    private final Rooms rooms;
    private final PrometheusMeterRegistry metrics;
    private final String version;

    public HealthApi(Stores stores, Rooms rooms, PrometheusMeterRegistry metrics, String version) {
        this.stores = stores;
        this.rooms = rooms;
        this.metrics = metrics;
        this.version = version;
    }

    public List<Route> routes() {
        return List.of(
                Route.open("GET", "/api/v1/health", this::health),
                Route.signedIn("GET", "/api/v1/health/detailed", this::detailed),
                Route.signedIn("GET", "/api/v1/metrics", this::metrics));
    }

    private Reply health(Exchange ex) {
        boolean db = stores.ping();
        return Reply.json(db ? 200 : 503, Map.of("status", db ? "ok" : "unavailable", "version", version));
    }

    private Reply detailed(Exchange ex) {
        long t0 = System.nanoTime();
        boolean db = stores.ping();
        long dbMicros = (System.nanoTime() - t0) / 1_000;
        Runtime rt = Runtime.getRuntime();
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("status", db ? "ok" : "unavailable");
        out.put("version", version);
        out.put("uptimeSeconds", ManagementFactory.getRuntimeMXBean().getUptime() / 1000);
        out.put("database", Map.of("ok", db, "pingMicros", dbMicros));
        out.put("rooms", Map.of("open", rooms.count(), "connections", rooms.connections(), "failedCommits", rooms.failedCommits()));
        out.put("memory", Map.of("usedBytes", rt.totalMemory() - rt.freeMemory(), "maxBytes", rt.maxMemory()));
        out.put("threads", Thread.activeCount());
        return Reply.json(db ? 200 : 503, out);
    }

    private Reply metrics(Exchange ex) {
        return Reply.text(200, "text/plain; version=0.0.4; charset=utf-8", metrics.scrape());
    }
}
