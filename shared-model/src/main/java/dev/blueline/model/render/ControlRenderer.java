package dev.blueline.model.render;

/** Temporary: replaced by the renderer work in progress. */
public final class ControlRenderer {
    public void draw(Painter p, RenderItem item, Skin skin) {
        p.rect(item.bounds(), 4, Rgba.WHITE, Stroke.solid(new Rgba(71, 85, 105, 255), 1));
    }
}
