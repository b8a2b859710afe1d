package dev.blueline.desktop.canvas;

import dev.blueline.model.catalog.Catalog;
import dev.blueline.model.document.Document;
import dev.blueline.model.geometry.Rect;
import dev.blueline.model.render.ControlRenderer;
import dev.blueline.model.render.Painter;
import dev.blueline.model.render.RenderItem;
import dev.blueline.model.render.ScreenRenderer;
import dev.blueline.model.render.Rgba;
import dev.blueline.model.render.Skin;
import dev.blueline.model.render.Stroke;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Paints the elements of a scene that meet an area, with level of detail: below a zoom where
 * text cannot be read, controls are drawn as plain boxes; elements smaller than a pixel are skipped.
 */
final class ScenePainter {
    /** Below this zoom, text is unreadable anyway: draw boxes. */
    static final double BOXES_BELOW = 0.3;
    private static final Rgba BOX_FILL = new Rgba(241, 245, 249, 255);
    private static final Stroke BOX_STROKE = Stroke.solid(new Rgba(148, 163, 184, 255), 1);

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

    private RenderItem look(Document doc, ScreenScene.Item it) {
        RenderItem item = looks.get(it.id());
        if (item == null || !item.bounds().equals(it.bounds())) {
            item = RenderItem.of(doc, it.id());
            looks.put(it.id(), item);
        }
        return item;
    }

    /** Returns how many elements were drawn. */
    int paint(Painter p, Document doc, ScreenScene scene, Rect area, double zoom, Skin skin) {
        List<ScreenScene.Item> items = scene.within(area);
        int drawn = 0;
        double minSize = 1 / zoom;
        Stroke thin = new Stroke(BOX_STROKE.color(), 1 / zoom, new double[0]);
        for (ScreenScene.Item it : items) {
            Rect b = it.bounds();
            if (b.w() < minSize && b.h() < minSize) continue;
            boolean clipped = it.clip() != null;
            if (clipped) {
                p.save();
                p.clip(it.clip());
            }
            if (zoom < BOXES_BELOW) {
                p.rect(b, 0, BOX_FILL, thin);
            } else {
                RenderItem item = look(doc, it);
                renderer.draw(p, item, skin);
                if (Catalog.COMPONENT.equals(item.type().id())) ScreenRenderer.drawComponent(p, doc, item, skin);
            }
            if (clipped) p.restore();
            drawn++;
        }
        return drawn;
    }
}
