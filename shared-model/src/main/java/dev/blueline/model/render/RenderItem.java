package dev.blueline.model.render;

import dev.blueline.model.catalog.Catalog;
import dev.blueline.model.catalog.Category;
import dev.blueline.model.catalog.ControlType;
import dev.blueline.model.catalog.content.Content;
import dev.blueline.model.document.Document;
import dev.blueline.model.document.Props;
import dev.blueline.model.geometry.Geometry;
import dev.blueline.model.geometry.Rect;

import java.util.Objects;
import java.util.Set;

/**
 * Everything needed to draw one element, read once from the document.
 *
 * @param bounds screen coordinates (parents' offsets already added)
 */
public record RenderItem(String id, ControlType type, Content content, Rect bounds, Style style) {

    /**
     * Stands in for a type this version does not know (a document written by a newer Blueline);
     * its content is the unknown type's name, drawn as a labelled placeholder.
     */
    public static final ControlType UNKNOWN_TYPE = new ControlType("unknown", "Unknown control", Category.ANNOTATIONS,
            100, 100, false, Set.of(), "", Content.Plain::new);

    public RenderItem {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(content, "content");
        Objects.requireNonNull(bounds, "bounds");
        if (style == null) style = Style.DEFAULT;
    }

    /** The same element drawn at other bounds (a master's element inside a component instance). */
    public RenderItem at(Rect where) {
        return new RenderItem(id, type, content, where, style);
    }

    /** Parses {@code text} with the type's own parser. */
    public static RenderItem of(String id, ControlType type, String text, Rect bounds, Style style) {
        return new RenderItem(id, type, type.parse(text), bounds, style);
    }

    /** Reads an element; missing or malformed properties read as their defaults. */
    public static RenderItem of(Document doc, String id) {
        String typeId = doc.text(id, Props.TYPE);
        ControlType type = Catalog.find(typeId).orElse(null);
        Content content = type == null
                ? new Content.Plain(typeId == null ? "" : typeId)
                : type.parse(doc.text(id, Props.TEXT));
        return new RenderItem(id, type == null ? UNKNOWN_TYPE : type, content, finite(Geometry.bounds(doc, id)), Style.of(doc, id));
    }

    private static Rect finite(Rect r) {
        return new Rect(orZero(r.x()), orZero(r.y()), orZero(r.w()), orZero(r.h()));
    }

    private static double orZero(double d) {
        return Double.isFinite(d) ? d : 0;
    }
}
