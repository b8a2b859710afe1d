package dev.blueline.model.render;

import dev.blueline.model.geometry.Rect;

import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * Draws one element through any {@link Painter}: the single mapping from catalog control to
 * drawing that the canvas, SVG and PDF backends share. Every catalog id must have an entry
 * ({@link #covers}); a test walks {@code Catalog.all()} so a new control without a drawing fails
 * the build. An element is always drawn inside its bounds: drawings lay out within them and the
 * painter is clipped to them as a safety net.
 *
 * <p>Instances hold no state (the mapping is built once and shared): make one per backend or
 * share one, from any thread.
 */
public final class ControlRenderer {
    private static final Map<String, Drawing> DRAWINGS = build();

    private static Map<String, Drawing> build() {
        Map<String, Drawing> m = new HashMap<>();
        Drawing.Registry r = (id, d) -> {
            if (m.put(id, d) != null) throw new IllegalStateException("two drawings for " + id);
        };
        ContainerDrawings.register(r);
        NavigationDrawings.register(r);
        OutlineDrawings.register(r);
        FieldDrawings.register(r);
        ChoiceDrawings.register(r);
        TextDrawings.register(r);
        MediaDrawings.register(r);
        GridDrawings.register(r);
        ChartDrawings.register(r);
        AnnotationDrawings.register(r);
        return Collections.unmodifiableMap(m);
    }

    /** Whether control type {@code controlId} has a drawing of its own. */
    public boolean covers(String controlId) {
        return DRAWINGS.containsKey(controlId);
    }

    /** The control ids that have a drawing. */
    public Set<String> covered() {
        return DRAWINGS.keySet();
    }

    /**
     * Draws the item. Nothing is drawn for empty or non-finite bounds; an unknown type gets a
     * dashed placeholder naming it. The painter's state is the same afterwards.
     */
    public void draw(Painter p, RenderItem item, Skin skin) {
        Rect b = item.bounds();
        if (!(b.w() > 0 && b.h() > 0) || !Double.isFinite(b.x() + b.y() + b.w() + b.h())) return;
        Painter target = skin == Skin.SKETCH ? new SketchPainter(p, item.id(), b) : p;
        target.save();
        try {
            target.guard(b.inflate(1));
            if (item.style().opacity() < 1) target.opacity(item.style().opacity());
            DrawContext c = new DrawContext(target, item, skin);
            Drawing d = DRAWINGS.get(item.type().id());
            if (d != null) d.draw(c);
            else unknown(c);
        } finally {
            target.restore();
        }
    }

    private static void unknown(DrawContext c) {
        c.rect(c.inset(0.5), 2, null, Stroke.dashed(Palette.MUTED, 1, 4, 3));
        c.label("? " + c.plainText(), c.b, c.font(12), Palette.MUTED, TextAlign.CENTER, 4);
    }
}
