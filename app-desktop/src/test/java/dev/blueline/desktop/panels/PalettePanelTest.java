package dev.blueline.desktop.panels;

import dev.blueline.desktop.editor.commands.Placement;
import dev.blueline.desktop.testing.Fx;
import dev.blueline.desktop.testing.LiveEditor;
import dev.blueline.desktop.testing.PanelStage;
import dev.blueline.model.catalog.Catalog;
import dev.blueline.model.catalog.Category;
import dev.blueline.model.catalog.ControlType;
import dev.blueline.model.document.Props;
import javafx.scene.SnapshotParameters;
import javafx.scene.canvas.Canvas;
import javafx.scene.control.ScrollPane;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.scene.input.KeyCode;
import javafx.scene.paint.Color;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class PalettePanelTest {
    private final FxRobot robot = PanelStage.robot();
    private final List<ControlType> placed = new ArrayList<>();
    private LiveEditor live;
    private PalettePanel palette;

    /** The palette places controls the way the window does: new element at (100, 100) on the shown screen. */
    @BeforeEach
    void open() {
        live = LiveEditor.open();
        palette = PanelStage.show(() -> new PalettePanel(live.editor(), type -> {
            placed.add(type);
            live.editor().submit(Placement.place(live.editor().doc(), live.editor().screen(), type, 100, 100, Placement.newId()));
        }), 360, 640);
    }

    @AfterEach
    void close() {
        live.close();
    }

    private List<String> shownIds() {
        return Fx.call(() -> palette.shown().stream().map(ControlType::id).toList());
    }

    private List<String> typesOnScreen(String screen) {
        return live.elementsOn(screen).stream().map(id -> live.text(id, Props.TYPE)).toList();
    }

    @Test
    void listsEveryCatalogControlByCategory() {
        List<ControlType> placeable = Catalog.all().stream().filter(t -> !t.id().equals(Catalog.COMPONENT)).toList();
        assertThat(shownIds()).as("every control but the component instance").hasSize(placeable.size());
        for (ControlType t : placeable) assertThat(robot.lookup("#palette-" + t.id()).tryQuery()).as(t.id()).isPresent();
        for (Category c : Category.values()) assertThat(robot.lookup(c.displayName()).tryQuery()).as(c.name()).isPresent();
    }

    @Test
    void searchNarrowsTheListByNameAndByWhatDesignersCallThings() {
        robot.clickOn("#palette-search").write("table");
        // "table" is what designers call a data grid; "tablet" starts with it too
        assertThat(shownIds()).containsExactlyInAnyOrder("data-grid", "tablet");
        assertThat(robot.lookup("#palette-data-grid").query().isVisible()).isTrue();
        assertThat(robot.lookup("#palette-button").query().isVisible()).isFalse();
        assertThat(robot.lookup("#palette-category-inputs").query().isVisible()).isFalse();

        robot.type(KeyCode.ESCAPE);
        assertThat(shownIds()).hasSize(Catalog.all().size() - 1);
        robot.write("text input");
        assertThat(shownIds()).contains("text-input");
        robot.press(KeyCode.CONTROL).type(KeyCode.A).release(KeyCode.CONTROL).write("qwertyuiop");
        assertThat(shownIds()).isEmpty();
        assertThat(robot.lookup("No control matches").query().isVisible()).isTrue();
    }

    @Test
    void clickEnterAndEnterInTheSearchFieldPlaceAControl() {
        String home = live.addScreen("Home", 1440, 900);
        Fx.run(() -> palette.reveal("button"));
        robot.clickOn("#palette-button");
        assertThat(typesOnScreen(home)).containsExactly("button");

        robot.clickOn("#palette-search").write("toggle").type(KeyCode.ENTER);
        assertThat(typesOnScreen(home)).containsExactlyInAnyOrder("button", "toggle");

        robot.type(KeyCode.ESCAPE);
        Fx.run(() -> robot.lookup("#palette-slider").query().requestFocus());
        robot.type(KeyCode.ENTER);
        assertThat(typesOnScreen(home)).containsExactlyInAnyOrder("button", "toggle", "slider");
    }

    @Test
    void withoutAScreenItSaysWhatToDoInsteadOfPlacing() {
        Fx.run(() -> palette.reveal("button"));
        robot.clickOn("#palette-button");
        assertThat(placed).isEmpty();
        assertThat(live.status()).contains("Add a screen");
    }

    @Test
    void aDragCarriesWhatTheCanvasDropExpects() throws Exception {
        var field = Class.forName("dev.blueline.desktop.canvas.PaletteDrop").getDeclaredField("PREFIX");
        field.setAccessible(true);
        String canvasPrefix = (String) field.get(null);
        assertThat(PaletteItem.dragContent(Catalog.get("data-grid")).getString()).isEqualTo(canvasPrefix + "data-grid");
    }

    @Test
    void previewsAreDrawnForWhatIsInViewAndForWhatScrollsIntoIt() {
        Fx.await("the items in view show their previews", () -> palette.previewsInViewDrawn());
        long drawn = Fx.call(() -> robot.lookup(".palette-item").queryAllAs(PaletteItem.class).stream().filter(PaletteItem::dressed).count());
        List<String> ids = shownIds();
        assertThat(drawn).as("drawn when the palette opens (of %d)", ids.size()).isPositive().isLessThan(ids.size());
        String last = ids.getLast();
        PaletteItem item = Fx.call(() -> robot.lookup("#palette-" + last).queryAs(PaletteItem.class));
        assertThat(Fx.call(item::dressed)).as("the last item, far below the fold").isFalse();
        Fx.run(() -> ((ScrollPane) robot.lookup(".scroll-pane").query()).setVvalue(1));
        Fx.await("scrolled to the end, the last item shows its preview", () -> item.dressed());
    }

    @Test
    void everyPreviewShowsSomething() {
        for (ControlType t : Catalog.all()) {
            if (t.id().equals(Catalog.COMPONENT)) continue;
            Fx.run(() -> palette.reveal(t.id()));
            Canvas c = Fx.call(() -> robot.lookup("#palette-" + t.id()).lookup((javafx.scene.Node n) -> n instanceof Canvas).queryAs(Canvas.class));
            WritableImage img = Fx.call(() -> {
                SnapshotParameters p = new SnapshotParameters();
                p.setFill(Color.TRANSPARENT);
                return c.snapshot(p, null);
            });
            assertThat(inked(img)).as(t.id()).isGreaterThan(10);
        }
    }

    private static int inked(WritableImage img) {
        PixelReader r = img.getPixelReader();
        int n = 0;
        for (int y = 0; y < img.getHeight(); y++) {
            for (int x = 0; x < img.getWidth(); x++) {
                int argb = r.getArgb(x, y);
                if ((argb >>> 24) > 0 && (argb & 0xffffff) != 0xffffff) n++;
            }
        }
        return n;
    }
}
