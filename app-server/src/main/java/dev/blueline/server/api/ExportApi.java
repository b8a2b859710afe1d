package dev.blueline.server.api;

import dev.blueline.model.document.Document;
import dev.blueline.model.document.Kind;
import dev.blueline.model.render.Skin;
import dev.blueline.model.room.Role;
import dev.blueline.server.export.ExportFormat;
import dev.blueline.server.export.ExportedFile;
import dev.blueline.server.export.PngExport;
import dev.blueline.server.export.ScreenExports;
import dev.blueline.server.http.ApiException;
import dev.blueline.server.http.Exchange;
import dev.blueline.server.http.Reply;
import dev.blueline.server.http.Route;
import dev.blueline.server.store.Stores;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * {@code GET /wireframes/{id}/export?format=…}: a screen as a picture (PNG, SVG, PDF) or as code
 * (HTML, React, FXML, zipped), as a download. Viewers may export: it reads, it changes nothing.
 */
public final class ExportApi {
    /** PNGs drawn at once: each may hold up to 160 MB of pixels, and a host has 200 request threads. */
    static final int RASTERS_AT_ONCE = 2;
    static final int RASTER_WAIT_SECONDS = 20;

    private final Stores stores;
    private final ScreenLookup screens;
    private final Semaphore rasters = new Semaphore(RASTERS_AT_ONCE, true);

    public ExportApi(Stores stores, Access access) {
        this.stores = stores;
        this.screens = new ScreenLookup(stores, access);
    }

    public List<Route> routes() {
        return List.of(Route.signedIn("GET", "/api/v1/wireframes/{id}/export", this::export));
    }

    /** What the query asks for, checked before anything is looked up. */
    private record Request(ExportFormat format, Skin skin, int scale) {
    }

    private Reply export(Exchange ex) throws Exception {
        Request req = request(ex);
        ScreenLookup.Found found = screens.find(ex.path("id"), ex.userId(), Role.VIEWER);
        String screenId = found.screen().id();
        // the committed document, as a room would load it: masters of components may be on other screens
        Document doc = stores.roomStore(found.projectId()).load().document();
        if (!doc.is(screenId, Kind.SCREEN) || doc.isDeleted(screenId)) throw ApiException.notFound("no wireframe " + screenId);
        ExportedFile file = req.format() == ExportFormat.Image.PNG
                ? png(doc, screenId, req)
                : ScreenExports.export(doc, screenId, req.format(), req.skin(), req.scale());
        return Reply.bytes(file.contentType(), file.bytes())
                .withHeader("Content-Disposition", "attachment; filename=\"" + file.name() + "\"");
    }

    private ExportedFile png(Document doc, String screenId, Request req) throws Exception {
        PngExport.Size size = PngExport.size(doc, screenId, req.scale());
        if (!size.fits()) {
            throw new ApiException(422, "image_too_large", "a PNG of this screen at scale " + req.scale() + " would be "
                    + size.width() + "\u00d7" + size.height() + " pixels, over the limit of " + PngExport.MAX_PIXELS
                    + "; use a smaller scale, or export it as svg or pdf");
        }
        if (!rasters.tryAcquire(RASTER_WAIT_SECONDS, TimeUnit.SECONDS)) {
            throw new ApiException(503, "unavailable", "the host is busy drawing other PNGs; try again shortly",
                    Map.of("Retry-After", "5"));
        }
        try {
            return ScreenExports.export(doc, screenId, req.format(), req.skin(), req.scale());
        } finally {
            rasters.release();
        }
    }

    private static Request request(Exchange ex) {
        String wire = ex.query("format");
        String accepted = String.join(", ", ExportFormat.accepted());
        if (wire == null || wire.isBlank()) throw ApiException.badRequest("query parameter 'format' is required: one of " + accepted);
        ExportFormat format = ExportFormat.parse(wire)
                .orElseThrow(() -> ApiException.badRequest("format '" + shown(wire) + "' is not one of " + accepted));
        String scale = ex.query("scale");
        String skin = ex.query("skin");
        if (scale != null && format != ExportFormat.Image.PNG) throw ApiException.badRequest("scale only applies to format png");
        if (skin != null && !(format instanceof ExportFormat.Image)) throw ApiException.badRequest("skin only applies to formats png, svg and pdf");
        return new Request(format, skin(skin), scale(scale));
    }

    private static int scale(String value) {
        if (value == null) return 1;
        String v = value.strip();
        if (v.matches("[1-9]") && Integer.parseInt(v) <= PngExport.MAX_SCALE) return Integer.parseInt(v);
        throw ApiException.badRequest("scale must be a whole number from 1 to " + PngExport.MAX_SCALE + ", not '" + shown(value) + "'");
    }

    private static Skin skin(String value) {
        if (value == null) return Skin.WIREFRAME;
        return switch (value.strip().toLowerCase(Locale.ROOT)) {
            case "wireframe" -> Skin.WIREFRAME;
            case "sketch" -> Skin.SKETCH;
            default -> throw ApiException.badRequest("skin must be wireframe or sketch, not '" + shown(value) + "'");
        };
    }

    /** A caller's value quoted back in an error, kept short. */
    private static String shown(String value) {
        return value.length() <= 40 ? value : value.substring(0, 40) + "\u2026";
    }
}
