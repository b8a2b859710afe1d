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

/** One control in the palette: a preview and its name. Click or Enter places it; drag it onto the canvas. Node id {@code palette-<controlId>}. */
final class PaletteItem extends Button {
    private final ControlType type;

    PaletteItem(ControlType type, Consumer<ControlType> place) {
        this.type = type;
        setId("palette-" + type.id());
        getStyleClass().addAll("palette-item", Styles.FLAT);
        Canvas preview = Thumbnails.of(type);
        Label name = new Label(type.displayName());
        name.getStyleClass().add(Styles.TEXT_SMALL);
        name.setWrapText(true);
        name.setMaxWidth(Thumbnails.WIDTH + 8);
        name.setAlignment(Pos.CENTER);
        VBox box = new VBox(2, preview, name);
        box.setAlignment(Pos.TOP_CENTER);
        setGraphic(box);
        setContentDisplay(ContentDisplay.GRAPHIC_ONLY);
        // every item the same size, so the palette reads as a grid
        setPrefSize(Thumbnails.WIDTH + 16, Thumbnails.HEIGHT + 40);
        setMinSize(Thumbnails.WIDTH + 16, Thumbnails.HEIGHT + 40);
        setMaxSize(Thumbnails.WIDTH + 16, Thumbnails.HEIGHT + 40);
        setTooltip(new Tooltip(type.displayName() + " — click to place, or drag onto the canvas"));
        // a button fires on click, Space and Enter alike
        setOnAction(e -> place.accept(type));
        setOnDragDetected(e -> {
            Dragboard db = startDragAndDrop(TransferMode.COPY);
            db.setContent(dragContent(type));
            SnapshotParameters sp = new SnapshotParameters();
            sp.setFill(Color.TRANSPARENT);
            db.setDragView(preview.snapshot(sp, null));
            e.consume();
        });
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
