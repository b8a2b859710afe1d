package dev.blueline.desktop.canvas;

import dev.blueline.desktop.editor.Editor;
import dev.blueline.model.document.Document;
import dev.blueline.model.ops.ChangeValidator;
import javafx.geometry.Bounds;
import javafx.scene.Scene;
import javafx.scene.canvas.Canvas;
import javafx.scene.image.WritableImage;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.util.List;
import java.util.concurrent.Callable;

import static dev.blueline.model.testing.Fixtures.element;
import static dev.blueline.model.testing.Fixtures.screen;
import static org.assertj.core.api.Assertions.assertThat;

/** The overlay repaints alone and covers only what it draws, so a selection or hover change recomposes a small part of the view. */
@ExtendWith(ApplicationExtension.class)
class OverlayTest {
    static final int W = 800, H = 600;
    Editor editor;
    CanvasView canvas;

    @Start
    void start(Stage stage) {
        Document doc = new Document();
        new ChangeValidator().apply(doc, List.of(screen("s1", "Home"), element("a", "button", "s1", 100, 100), element("b", "button", "s1", 400, 300)));
        editor = OfflineEditors.on(doc);
        canvas = new CanvasView(editor);
        editor.showScreen("s1");
        stage.setScene(new Scene(canvas, W, H));
        stage.show();
        editor.viewport().zoomProperty().set(1);
        editor.viewport().originXProperty().set(0);
        editor.viewport().originYProperty().set(0);
    }

    @Test
    void aSelectionIsDrawnOnASmallCanvasOverTheElement() throws Exception {
        frame(() -> editor.select(List.of("a")));
        Canvas o = canvas.overlayCanvas();
        Bounds b = fx(o::getBoundsInParent);
        assertThat(fx(o::isVisible)).isTrue();
        // the button spans (100, 100)–(220, 140); its handles reach 4 px beyond
        assertThat(b.getMinX()).isLessThanOrEqualTo(96);
        assertThat(b.getMinY()).isLessThanOrEqualTo(96);
        assertThat(b.getMaxX()).isGreaterThanOrEqualTo(224);
        assertThat(b.getMaxY()).isGreaterThanOrEqualTo(144);
        assertThat(b.getWidth() * b.getHeight()).as("a small part of the view").isLessThan(W * H / 10.0);
        assertThat(pixel(99, 110)).as("the outline on the left edge").isEqualTo(Overlay.ACCENT);
        assertThat(pixel(100, 100)).as("a handle at the corner").isEqualTo(Color.WHITE);

        long painted = fx(() -> canvas.tiles().painted());
        frame(() -> editor.selection().clear());
        assertThat(fx(o::isVisible)).as("nothing to draw: no canvas").isFalse();
        assertThat(pixel(99, 110)).isNotEqualTo(Overlay.ACCENT);
        assertThat(fx(() -> canvas.tiles().painted())).as("the content was not repainted").isEqualTo(painted);
    }

    @Test
    void hoveringOutlinesTheElementUnderTheMouse() throws Exception {
        frame(() -> canvas.fireEvent(new MouseEvent(MouseEvent.MOUSE_MOVED, 450, 310, 450, 310, MouseButton.NONE, 0,
                false, false, false, false, false, false, false, false, false, false, null)));
        Bounds b = fx(canvas.overlayCanvas()::getBoundsInParent);
        assertThat(b.getMinX()).isBetween(380.0, 400.0);
        assertThat(b.getMinY()).isBetween(280.0, 300.0);
        assertThat(b.getWidth() * b.getHeight()).isLessThan(W * H / 10.0);
    }

    @Test
    void whatOthersDrawOnTopGetsTheWholeView() throws Exception {
        frame(() -> canvas.addOverlayLayer(g -> {
            g.setFill(Color.RED);
            g.fillOval(700, 500, 10, 10);
        }));
        Bounds b = fx(canvas.overlayCanvas()::getBoundsInParent);
        assertThat(b.getWidth()).isEqualTo(W);
        assertThat(b.getHeight()).isEqualTo(H);
        assertThat(pixel(705, 505)).isEqualTo(Color.RED);
    }

    Color pixel(int x, int y) throws Exception {
        WritableImage img = fx(() -> canvas.snapshot(null, null));
        return img.getPixelReader().getColor(x, y);
    }

    void frame(Runnable change) throws Exception {
        fx(() -> {
            change.run();
            canvas.paintIfNeeded();
            return null;
        });
    }

    static <T> T fx(Callable<T> c) throws Exception {
        return WaitForAsyncUtils.asyncFx(c).get();
    }
}
