package dev.blueline.desktop.canvas;

import dev.blueline.desktop.editor.DocumentEvents;
import dev.blueline.desktop.editor.Editor;
import dev.blueline.desktop.editor.Viewport;
import dev.blueline.model.geometry.Rect;
import dev.blueline.model.protocol.HostMessage;
import dev.blueline.model.render.Skin;
import javafx.animation.AnimationTimer;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;

import java.util.List;
import java.util.Set;

/**
 * The canvas: a content layer kept as cached tiles at the current zoom (see {@link TileLayer}) —
 * panning moves them and paints only what it uncovers, an edit repaints only where something
 * changed, a zoom step shows the old pixels scaled and paints the new ones over the next frames —
 * and an overlay layer for selection, handles, guides and
 * other people's cursors, which repaints alone. Painting happens at most once per pulse.
 */
public final class CanvasView extends Region implements DocumentEvents {
    private final Editor editor;
    private final TileLayer tiles = new TileLayer();
    private final Canvas overlay = new Canvas();
    private final ContentPainter contentPainter = new ContentPainter();
    private final Overlay overlayPainter;
    private final javafx.scene.layout.Pane widgets = new javafx.scene.layout.Pane();
    private final TextEditing textEditing;
    private ScreenScene scene;
    /** The tiles need a look: the view moved, or something was marked stale. */
    private boolean contentDirty = true;
    private boolean overlayDirty = true;
    private double laidOutW = -1, laidOutH = -1;
    private long lastPaintNanos;
    private int lastDrawn;
    private final List<Runnable> paintListeners = new java.util.ArrayList<>();

    public CanvasView(Editor editor) {
        this.editor = editor;
        this.overlayPainter = new Overlay(editor, this);
        widgets.setPickOnBounds(false);
        overlay.setMouseTransparent(true);
        getChildren().addAll(tiles.node(), overlay, widgets);
        this.textEditing = new TextEditing(this, widgets);
        new SelectTool(this, overlayPainter.guides, textEditing);
        new PaletteDrop(this);
        setFocusTraversable(true);
        getStyleClass().add("blueline-canvas");
        editor.addListener(this);
        editor.screenProperty().addListener((o, was, now) -> {
            scene = now == null ? null : new ScreenScene(editor.doc(), now);
            contentPainter.forget(null);
            repaintAll();
            fitScreen();
        });
        Viewport v = editor.viewport();
        // the tiles know the zoom they were painted at; a pan only moves them
        v.zoomProperty().addListener(o -> viewMoved());
        v.originXProperty().addListener(o -> viewMoved());
        v.originYProperty().addListener(o -> viewMoved());
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

    /** Adds something to draw above the selection every frame, over the whole view (in view pixels). */
    public void addOverlayLayer(java.util.function.Consumer<GraphicsContext> layer) {
        overlayPainter.addLayer(new Overlay.Layer() {
            @Override
            public Rect extent(PixelGrid v, double w, double h) {
                return new Rect(0, 0, w, h);
            }

            @Override
            public void draw(GraphicsContext g, PixelGrid v, double w, double h) {
                layer.accept(g);
            }
        });
        repaintOverlay();
    }

    /**
     * Shows other people on this canvas: their cursors with names, what they have selected outlined
     * in their colour, and a frame in the colour of the person being followed.
     */
    public void showPeople(javafx.collections.ObservableList<HostMessage.PeerPresence> people, javafx.beans.value.ObservableValue<String> following) {
        overlayPainter.addLayer(new PeopleLayer(editor, this, people, following));
        people.addListener((javafx.collections.ListChangeListener<HostMessage.PeerPresence>) c -> repaintOverlay());
        following.addListener(o -> repaintOverlay());
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
        contentPainter.forget(ids);
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
        if (d != null) repaintArea(d.inflate(ScenePainter.BLEED));
        repaintOverlay();
    }

    /** Drops every cached tile: the next frame paints the view afresh. */
    public void repaintAll() {
        tiles.invalidateAll();
        contentDirty = true;
        overlayDirty = true;
    }

    public void repaintArea(Rect screenArea) {
        tiles.invalidate(screenArea);
        contentDirty = true;
    }

    public void repaintOverlay() {
        overlayDirty = true;
    }

    private void viewMoved() {
        contentDirty = true;
        overlayDirty = true;
    }

    @Override
    protected void layoutChildren() {
        double w = getWidth(), h = getHeight();
        if (w != laidOutW || h != laidOutH) {
            laidOutW = w;
            laidOutH = h;
            tiles.resize(w, h);
            widgets.resize(w, h);
            viewMoved();
        }
    }

    /** Paints now whatever is pending (the animation timer calls this once per pulse). */
    public void paintIfNeeded() {
        if (contentDirty) paintContent();
        if (overlayDirty) {
            overlayDirty = false;
            overlayPainter.paint(overlay, getWidth(), getHeight());
        }
    }

    /** Paints the whole view now, ignoring what is cached. For benchmarks and exports of the view. */
    public void paintAllNow() {
        repaintAll();
        paintIfNeeded();
    }

    /** How long the last content paint that painted something took, in nanoseconds, and how many elements it drew. */
    public long lastPaintNanos() {
        return lastPaintNanos;
    }

    public int lastDrawn() {
        return lastDrawn;
    }

    /**
     * Runs {@code listener} on the FX thread after each content paint that put pixels on the canvas:
     * every document change reported before it that shows in the view is drawn by then (JavaFX's
     * render thread rasterises the frame once this pulse ends). The collaboration latency benchmark
     * times remote edits with it.
     */
    public void addPaintListener(Runnable listener) {
        paintListeners.add(listener);
    }

    /** True while a zoom step's new pixels are still being painted over the old ones (a few frames). */
    public boolean sharpening() {
        return tiles.busy();
    }

    /** The bytes of pixels the tile cache holds. */
    public long cacheBytes() {
        return tiles.bytes();
    }

    /** The tile cache, for tests. */
    TileLayer tiles() {
        return tiles;
    }

    private void paintContent() {
        long t0 = System.nanoTime();
        contentDirty = false;
        long before = tiles.painted();
        int drawn = tiles.show(PixelGrid.of(editor.viewport()), (int) Math.ceil(getWidth()), (int) Math.ceil(getHeight()), contentPainter, setup());
        if (tiles.painted() > before) {
            lastDrawn = drawn;
            lastPaintNanos = Math.max(1, System.nanoTime() - t0);
            for (Runnable l : paintListeners) l.run();
        }
        // after a zoom step the view is painted over a few frames
        if (tiles.busy()) contentDirty = true;
    }

    /** What the content shows now. */
    ContentPainter.Setup setup() {
        return new ContentPainter.Setup(editor.doc(), scene, editor.viewport().zoom(), editor.sketchProperty().get() ? Skin.SKETCH : Skin.WIREFRAME,
                editor.showGridProperty().get(), pageColor());
    }

    /** The content of the whole view painted at once on a fresh canvas, the way it was before tiles: what the tiles must add up to. */
    Canvas paintFresh() {
        int w = (int) Math.ceil(getWidth()), h = (int) Math.ceil(getHeight());
        Canvas c = new Canvas(w, h);
        PixelGrid grid = PixelGrid.of(editor.viewport());
        ContentPainter.Setup s = setup();
        List<ScreenScene.Item> items = scene == null ? List.of() : ScenePainter.reaching(scene, grid.screenArea(grid.left(), grid.top(), w, h), s.zoom());
        new ContentPainter().paint(new ContentPainter.Surface(c, false), s, items, 0, 0, w, h, grid.left(), grid.top(), true);
        return c;
    }

    private Color pageColor() {
        String bg = scene == null ? null : editor.doc().text(scene.screen(), dev.blueline.model.document.Props.BACKGROUND);
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
