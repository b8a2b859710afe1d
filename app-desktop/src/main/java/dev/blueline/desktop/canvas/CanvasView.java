package dev.blueline.desktop.canvas;

import dev.blueline.desktop.editor.DocumentEvents;
import dev.blueline.desktop.editor.Editor;
import dev.blueline.desktop.editor.Viewport;
import dev.blueline.model.geometry.Rect;
import dev.blueline.model.render.Skin;
import javafx.animation.AnimationTimer;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;

import java.util.Set;

/**
 * The canvas: a content layer that keeps its pixels between frames and is repainted only where
 * something changed (or whole when the view moves), and an overlay layer for selection, handles,
 * guides and other people's cursors, which is cheap to repaint every frame. Painting happens at
 * most once per pulse.
 */
public final class CanvasView extends Region implements DocumentEvents {
    static final Color OUTSIDE = Color.web("#e2e8f0");
    private static final int OUTSIDE_ARGB = 0xffe2e8f0;

    private final Editor editor;
    private final Canvas content = new Canvas();
    private final Canvas overlay = new Canvas();
    private final ScenePainter scenePainter = new ScenePainter();
    private final BoxRaster boxes = new BoxRaster();
    private final Overlay overlayPainter;
    private final javafx.scene.layout.Pane widgets = new javafx.scene.layout.Pane();
    private final TextEditing textEditing;
    private ScreenScene scene;
    private boolean fullRepaint = true;
    private Rect dirty;
    private boolean overlayDirty = true;
    private long lastPaintNanos;
    private int lastDrawn;

    public CanvasView(Editor editor) {
        this.editor = editor;
        this.overlayPainter = new Overlay(editor, this);
        widgets.setPickOnBounds(false);
        getChildren().addAll(content, overlay, widgets);
        this.textEditing = new TextEditing(this, widgets);
        new SelectTool(this, overlayPainter.guides, textEditing);
        new PaletteDrop(this);
        setFocusTraversable(true);
        getStyleClass().add("blueline-canvas");
        editor.addListener(this);
        editor.screenProperty().addListener((o, was, now) -> {
            scene = now == null ? null : new ScreenScene(editor.doc(), now);
            scenePainter.forget(null);
            fitScreen();
        });
        Viewport v = editor.viewport();
        v.zoomProperty().addListener(o -> repaintAll());
        v.originXProperty().addListener(o -> repaintAll());
        v.originYProperty().addListener(o -> repaintAll());
        editor.sketchProperty().addListener(o -> repaintAll());
        editor.showGridProperty().addListener(o -> repaintAll());
        editor.selection().addListener((javafx.collections.ListChangeListener<String>) c -> repaintOverlay());
        new AnimationTimer() {
            @Override
            public void handle(long now) {
                paintIfNeeded();
            }
        }.start();
        if (editor.screen() != null) scene = new ScreenScene(editor.doc(), editor.screen());
    }

    public Editor editor() {
        return editor;
    }

    /** The scene of the current screen (null when the project has no screen). */
    public ScreenScene scene() {
        return scene;
    }

    public Canvas overlayCanvas() {
        return overlay;
    }

    /** Adds something to draw above the selection every frame (in view pixels), e.g. other people's cursors. */
    public void addOverlayLayer(java.util.function.Consumer<GraphicsContext> layer) {
        overlayPainter.addLayer(layer);
        repaintOverlay();
    }

    /** Starts editing an element's text in place. */
    public void editText(String id) {
        textEditing.begin(id);
    }

    /** The guides of the gesture in progress (for tests). */
    public Guides guides() {
        return overlayPainter.guides;
    }

    @Override
    public void documentChanged(Set<String> ids) {
        scenePainter.forget(ids);
        if (scene == null) {
            if (editor.screen() != null) scene = new ScreenScene(editor.doc(), editor.screen());
            repaintAll();
            return;
        }
        if (ids == null) {
            scene.rebuild();
            repaintAll();
            return;
        }
        Rect d = scene.update(ids);
        if (d != null) repaintArea(d.inflate(4));
        repaintOverlay();
    }

    public void repaintAll() {
        fullRepaint = true;
        overlayDirty = true;
    }

    public void repaintArea(Rect screenArea) {
        dirty = dirty == null ? screenArea : dirty.union(screenArea);
    }

    public void repaintOverlay() {
        overlayDirty = true;
    }

    @Override
    protected void layoutChildren() {
        double w = getWidth(), h = getHeight();
        if (content.getWidth() != w || content.getHeight() != h) {
            content.setWidth(w);
            content.setHeight(h);
            overlay.setWidth(w);
            overlay.setHeight(h);
            widgets.resize(w, h);
            repaintAll();
        }
    }

    /** Paints now whatever is pending (the animation timer calls this once per pulse). */
    public void paintIfNeeded() {
        if (fullRepaint || dirty != null) paintContent();
        if (overlayDirty) {
            overlayDirty = false;
            overlayPainter.paint(overlay.getGraphicsContext2D(), overlay.getWidth(), overlay.getHeight());
        }
    }

    /** Paints the whole content layer now, ignoring what is cached. For benchmarks and exports of the view. */
    public void paintAllNow() {
        fullRepaint = true;
        paintIfNeeded();
    }

    /** How long the last content paint took, in nanoseconds, and how many elements it drew. */
    public long lastPaintNanos() {
        return lastPaintNanos;
    }

    public int lastDrawn() {
        return lastDrawn;
    }

    private void paintContent() {
        long t0 = System.nanoTime();
        GraphicsContext g = content.getGraphicsContext2D();
        double w = content.getWidth(), h = content.getHeight();
        Viewport v = editor.viewport();
        Rect view = v.visible(w, h);
        Rect area = fullRepaint || dirty == null ? view : ScreenScene.intersect(dirty, view);
        fullRepaint = false;
        dirty = null;
        if (area == null) return;
        double z = v.zoom();
        if (scene != null && z < ScenePainter.BOXES_BELOW && area == view) {
            // far out: rasterise boxes straight into pixels
            var items = scene.within(view);
            WritableImage img = boxes.paint(items, (int) w, (int) h, z, v.originXProperty().get(), v.originYProperty().get(),
                    scene.screenBounds(), 0xffffffff, OUTSIDE_ARGB);
            g.setTransform(1, 0, 0, 1, 0, 0);
            if (img != null) g.drawImage(img, 0, 0);
            lastDrawn = items.size();
            lastPaintNanos = System.nanoTime() - t0;
            return;
        }
        g.save();
        g.setTransform(z, 0, 0, z, -v.originXProperty().get() * z, -v.originYProperty().get() * z);
        // clear the area to the background, then the page
        g.beginPath();
        g.rect(area.x(), area.y(), area.w(), area.h());
        g.clip();
        g.setFill(OUTSIDE);
        g.fillRect(area.x(), area.y(), area.w(), area.h());
        if (scene != null) {
            Rect page = scene.screenBounds();
            g.setFill(pageColor());
            g.fillRect(page.x(), page.y(), page.w(), page.h());
            if (editor.showGridProperty().get()) Grid.paint(g, area, page, z);
            lastDrawn = scenePainter.paint(new FxPainter(g), editor.doc(), scene, area, z, editor.sketchProperty().get() ? Skin.SKETCH : Skin.WIREFRAME);
        }
        g.restore();
        lastPaintNanos = System.nanoTime() - t0;
    }

    private Color pageColor() {
        String bg = editor.doc().text(editor.screen(), dev.blueline.model.document.Props.BACKGROUND);
        try {
            return bg == null ? Color.WHITE : Color.web(bg);
        } catch (IllegalArgumentException e) {
            return Color.WHITE;
        }
    }

    // ---- view commands

    public void fitScreen() {
        if (scene != null) editor.viewport().fit(scene.screenBounds(), Math.max(200, getWidth()), Math.max(200, getHeight()), 40);
        repaintAll();
    }

    public void fitSelection() {
        if (scene == null || editor.selection().isEmpty()) {
            fitScreen();
            return;
        }
        Rect box = null;
        for (String id : editor.selection()) {
            ScreenScene.Item it = scene.item(id);
            if (it != null) box = box == null ? it.bounds() : box.union(it.bounds());
        }
        if (box != null) editor.viewport().fit(box, getWidth(), getHeight(), 80);
    }

    public void zoomBy(double factor) {
        editor.viewport().zoomAt(factor, getWidth() / 2, getHeight() / 2);
    }

    public void actualSize() {
        editor.viewport().zoomAt(1 / editor.viewport().zoom(), getWidth() / 2, getHeight() / 2);
    }
}
