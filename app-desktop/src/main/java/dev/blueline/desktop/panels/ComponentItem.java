package dev.blueline.desktop.panels;

import dev.blueline.desktop.canvas.FxPainter;
import dev.blueline.model.document.Document;
import dev.blueline.model.document.Props;
import dev.blueline.model.render.ScreenRenderer;
import dev.blueline.model.render.Skin;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.Button;
import javafx.scene.input.ClipboardContent;

import java.util.function.Consumer;

/**
 * One of the project's components in the palette: a preview of its master and its name. Click
 * places an instance; drag it onto the canvas. Node id {@code palette-component-<masterId>}.
 */
final class ComponentItem extends Button {
    /** What the canvas drop expects for a component (see PaletteDrop). */
    static final String DRAG_PREFIX = "blueline-component:";

    private final String master;

    ComponentItem(Document doc, String master, Consumer<String> place) {
        this.master = master;
        setId("palette-component-" + master);
        String name = doc.text(master, Props.NAME);
        ClipboardContent drag = new ClipboardContent();
        drag.putString(DRAG_PREFIX + master);
        Canvas preview = preview(doc, master);
        PaletteItem.frame(this, name + " — click to place a copy, or drag it onto the canvas; edit the component and every copy follows",
                () -> preview, drag);
        PaletteItem.fill(this, preview, name);
        setOnAction(e -> place.accept(master));
    }

    String master() {
        return master;
    }

    /** The master screen drawn by the canvas's own renderer, scaled to fit the thumbnail. */
    private static Canvas preview(Document doc, String master) {
        Canvas c = new Canvas(Thumbnails.WIDTH, Thumbnails.HEIGHT);
        GraphicsContext g = c.getGraphicsContext2D();
        double w = Math.max(1, doc.number(master, Props.W)), h = Math.max(1, doc.number(master, Props.H));
        double scale = Math.min(1.5, Math.min((Thumbnails.WIDTH - 8) / w, (Thumbnails.HEIGHT - 8) / h));
        g.save();
        g.translate((Thumbnails.WIDTH - w * scale) / 2, (Thumbnails.HEIGHT - h * scale) / 2);
        g.scale(scale, scale);
        ScreenRenderer.draw(new FxPainter(g), doc, master, Skin.WIREFRAME);
        g.restore();
        return c;
    }
}
