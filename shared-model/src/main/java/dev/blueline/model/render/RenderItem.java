package dev.blueline.model.render;

import dev.blueline.model.document.Document;
import dev.blueline.model.geometry.Geometry;
import dev.blueline.model.geometry.Rect;

/** Temporary: replaced by the renderer work in progress. */
public record RenderItem(String id, Rect bounds) {
    public static RenderItem of(Document doc, String id) {
        return new RenderItem(id, Geometry.bounds(doc, id));
    }
}
