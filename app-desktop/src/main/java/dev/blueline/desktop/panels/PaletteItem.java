package dev.blueline.desktop.panels;

import atlantafx.base.theme.Styles;
import dev.blueline.model.catalog.ControlType;
import javafx.geometry.Pos;
import javafx.scene.SnapshotParameters;
import javafx.scene.canvas.Canvas;
import javafx.scene.control.Button;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.Dragboard;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;

import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * One control in the palette: a preview and its name. Click or Enter places it; drag it onto the
 * canvas. Node id {@code palette-<controlId>}. The preview is drawn when the item first comes into
 * view ({@link #dress}): most of the 57 are below the fold when the editor opens.
 */
final class PaletteItem extends Button {
    private final ControlType type;
    private Canvas preview;

    PaletteItem(ControlType type, Consumer<ControlType> place) {
        this.type = type;
        setId("palette-" + type.id());
        frame(this, type.displayName() + " — click to place, or drag onto the canvas", this::preview, dragContent(type));
        // a button fires on click, Space and Enter alike
        setOnAction(e -> place.accept(type));
    }

    /** Draws the preview and the name, once. */
    void dress() {
        if (getGraphic() == null) fill(this, preview(), type.displayName());
    }

    boolean dressed() {
        return getGraphic() != null;
    }

    private Canvas preview() {
        if (preview == null) preview = Thumbnails.of(type);
        return preview;
    }

    /**
     * What every palette item is, dressed or not: all the same size, so the palette reads as a grid
     * (and keeps its layout when previews arrive), and a drag carrying {@code drag} with the preview
     * as its image.
     */
    static void frame(Button item, String tooltip, Supplier<Canvas> preview, ClipboardContent drag) {
        item.getStyleClass().addAll("palette-item", Styles.FLAT);
        item.setContentDisplay(ContentDisplay.GRAPHIC_ONLY);
        item.setPrefSize(Thumbnails.WIDTH + 16, Thumbnails.HEIGHT + 40);
        item.setMinSize(Thumbnails.WIDTH + 16, Thumbnails.HEIGHT + 40);
        item.setMaxSize(Thumbnails.WIDTH + 16, Thumbnails.HEIGHT + 40);
        item.setTooltip(new Tooltip(tooltip));
        item.setOnDragDetected(e -> {
            Dragboard db = item.startDragAndDrop(TransferMode.COPY);
            db.setContent(drag);
            SnapshotParameters sp = new SnapshotParameters();
            sp.setFill(Color.TRANSPARENT);
            db.setDragView(preview.get().snapshot(sp, null));
            e.consume();
        });
    }

    /** The preview above its name. */
    static void fill(Button item, Canvas preview, String name) {
        Label label = new Label(name);
        label.getStyleClass().add(Styles.TEXT_SMALL);
        label.setWrapText(true);
        label.setMaxWidth(Thumbnails.WIDTH + 8);
        label.setAlignment(Pos.CENTER);
        VBox box = new VBox(2, preview, label);
        box.setAlignment(Pos.TOP_CENTER);
        item.setGraphic(box);
    }

    ControlType type() {
        return type;
    }

    /** What a drag of this control carries: the text the canvas's drop handler reads. */
    static ClipboardContent dragContent(ControlType type) {
        ClipboardContent c = new ClipboardContent();
        c.putString(PaletteViewModel.dragText(type));
        return c;
    }
}
