package dev.blueline.desktop.canvas;

import dev.blueline.model.catalog.Catalog;
import dev.blueline.model.document.Document;
import dev.blueline.model.geometry.Rect;
import dev.blueline.model.render.ControlRenderer;
import dev.blueline.model.render.Painter;
import dev.blueline.model.render.RenderItem;
import dev.blueline.model.render.ScreenRenderer;
import dev.blueline.model.render.Skin;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Paints elements of a scene, and says which elements a part of the view needs. Below a zoom where
 * text cannot be read, controls are drawn as plain boxes (by {@link BoxRaster}); elements smaller
 * than a pixel are skipped.
 */
final class ScenePainter {
    /** Below this zoom, text is unreadable anyway: draw boxes. */
    static final double BOXES_BELOW = 0.3;
    /**
     * How far past its bounds an element's drawing may reach, in screen units: half a thick stroke
     * and the sketch skin's wobble stay within this.
     */
    static final double BLEED = 4;

    private final ControlRenderer renderer = new ControlRenderer();
    /**
     * What each element looks like, read from the document once (parsing its markup is a fifth of a
     * frame). Dropped when the element changes; an entry whose bounds no longer match the scene
     * (a parent moved) is read again.
     */
    private final Map<String, RenderItem> looks = new HashMap<>();

    /** These elements changed; null: anything may have. */
    void forget(Set<String> ids) {
        if (ids == null) looks.clear();
        else ids.forEach(looks::remove);
    }

    /**
     * The elements whose drawing may reach into {@code area}, in paint order: those meeting it widened
     * by the bleed and two pixels of antialiasing, so that a part of the view painted alone has the
     * same pixels as the whole view painted at once.
     */
    static List<ScreenScene.Item> reaching(ScreenScene scene, Rect area, double zoom) {
        return scene.within(margin(area, zoom));
    }

    /** How far around an area elements may stand and still reach into it, in screen units. */
    static double margin(double zoom) {
        return BLEED + 2 / zoom;
    }

    private static Rect margin(Rect area, double zoom) {
        return area.inflate(margin(zoom));
    }

    private RenderItem look(Document doc, ScreenScene.Item it) {
        RenderItem item = looks.get(it.id());
        if (item == null || !item.bounds().equals(it.bounds())) {
            item = RenderItem.of(doc, it.id());
            looks.put(it.id(), item);
        }
        return item;
    }

    /** Paints these elements (in paint order) as controls; the caller clips to the area they are for. Returns how many were drawn. */
    int paint(Painter p, Document doc, List<ScreenScene.Item> items, double zoom, Skin skin) {
        int drawn = 0;
        double minSize = 1 / zoom;
        for (ScreenScene.Item it : items) {
            Rect b = it.bounds();
            if (b.w() < minSize && b.h() < minSize) continue;
            boolean clipped = it.clip() != null;
            if (clipped) {
                p.save();
                p.clip(it.clip());
            }
            RenderItem item = look(doc, it);
            renderer.draw(p, item, skin);
            if (Catalog.COMPONENT.equals(item.type().id())) ScreenRenderer.drawComponent(p, doc, item, skin);
            if (clipped) p.restore();
            drawn++;
        }
        return drawn;
    }
}
