package dev.blueline.desktop.panels;

import dev.blueline.desktop.testing.Fx;
import dev.blueline.desktop.testing.LiveEditor;
import dev.blueline.desktop.testing.PanelStage;
import dev.blueline.model.document.Props;
import dev.blueline.model.document.Value;
import dev.blueline.model.ops.Put;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ColorPicker;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.paint.Color;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class InspectorPanelTest {
    private final FxRobot robot = PanelStage.robot();
    private LiveEditor live;
    private String home;
    private String checkout;
    private String panel;
    private String button;

    /** A button inside a panel at (100, 100); the button at screen (120, 130). */
    @BeforeEach
    void open() {
        live = LiveEditor.open();
        home = live.addScreen("Home", 1440, 900);
        checkout = live.addScreen("Checkout", 390, 844);
        panel = live.place("panel", 100, 100, 400, 300);
        button = live.place("button", 120, 130);
        PanelStage.show(() -> new InspectorPanel(live.editor()), 360, 760);
    }

    @AfterEach
    void close() {
        live.close();
    }

    private void select(String... ids) {
        live.run(e -> e.select(List.of(ids)));
    }

    private String field(String id) {
        return Fx.call(() -> robot.lookup("#" + id).queryTextInputControl().getText());
    }

    /** Replaces a field's text by typing, then presses Enter. */
    private void type(String id, String text) {
        robot.clickOn("#" + id).press(KeyCode.CONTROL).type(KeyCode.A).release(KeyCode.CONTROL).type(KeyCode.BACK_SPACE);
        robot.write(text).type(KeyCode.ENTER);
    }

    @Test
    void editsPositionInScreenCoordinatesAndOneUndoPutsItBack() {
        select(button);
        assertThat(field("inspector-x")).isEqualTo("120");
        assertThat(field("inspector-y")).isEqualTo("130");
        type("inspector-x", "300");
        assertThat(live.bounds(button).x()).isEqualTo(300);
        assertThat(live.number(button, Props.X)).isEqualTo(200); // relative to the panel
        type("inspector-w", "180");
        assertThat(live.bounds(button).w()).isEqualTo(180);

        live.run(e -> e.undo());
        assertThat(live.bounds(button).w()).isEqualTo(120);
        assertThat(field("inspector-w")).isEqualTo("120");
        live.run(e -> e.undo());
        assertThat(live.bounds(button).x()).isEqualTo(120);
        assertThat(field("inspector-x")).isEqualTo("120");
    }

    @Test
    void typingIsWrittenOnFocusLossNotPerKeystrokeAndNonsenseSnapsBack() {
        select(button);
        robot.clickOn("#inspector-y").press(KeyCode.CONTROL).type(KeyCode.A).release(KeyCode.CONTROL).write("250");
        assertThat(live.bounds(button).y()).isEqualTo(130);
        robot.clickOn("#inspector-name");
        assertThat(live.bounds(button).y()).isEqualTo(250);

        type("inspector-h", "tall");
        assertThat(live.bounds(button).h()).isEqualTo(40);
        assertThat(field("inspector-h")).isEqualTo("40");
        assertThat(live.status()).contains("not a number");
    }

    @Test
    void editsTextWithAHintOfTheMarkupAndMultiLineControlsGetAnArea() {
        select(button);
        assertThat((Object) robot.lookup("#inspector-text").query()).isInstanceOf(TextField.class);
        type("inspector-text", "Buy now");
        assertThat(live.text(button, Props.TEXT)).isEqualTo("Buy now");

        live.run(e -> e.showScreen(home));
        String grid = live.place("data-grid", 100, 500);
        select(grid);
        assertThat((Object) robot.lookup("#inspector-text").query()).isInstanceOf(TextArea.class);
        assertThat(robot.lookup("#inspector-text-hint").queryAs(Label.class).getText()).contains("header");
        robot.clickOn("#inspector-text").press(KeyCode.CONTROL).type(KeyCode.A).release(KeyCode.CONTROL)
                .write("Name, Role").type(KeyCode.ENTER).write("Ada, Engineer");
        assertThat(live.text(grid, Props.TEXT)).isNotEqualTo("Name, Role\nAda, Engineer");
        robot.press(KeyCode.CONTROL).type(KeyCode.ENTER).release(KeyCode.CONTROL);
        assertThat(live.text(grid, Props.TEXT)).isEqualTo("Name, Role\nAda, Engineer");
        live.run(e -> e.undo());
        assertThat(field("inspector-text")).startsWith("Name, Role, Status");
    }

    @Test
    void colourPickersWriteTheStyleAndDefaultUnsetsIt() {
        select(button);
        ColorPicker fill = robot.lookup("#inspector-fill").query();
        Fx.run(() -> fill.setValue(Color.web("#fde68a")));
        assertThat(live.text(button, Props.FILL)).isEqualTo("#fde68a");
        assertThat(robot.lookup("#inspector-fill-default").queryAs(CheckBox.class).isSelected()).isFalse();
        robot.clickOn("#inspector-fill-default");
        assertThat(live.text(button, Props.FILL)).isNull();
        live.run(e -> e.undo());
        assertThat(live.text(button, Props.FILL)).isEqualTo("#fde68a");
    }

    @Test
    void showsOnlyTheStylePropertiesTheControlUses() {
        live.run(e -> e.showScreen(home));
        String icon = live.place("icon", 40, 40);
        select(icon);
        assertThat(robot.lookup("#inspector-text-color").tryQuery()).isPresent();
        assertThat(robot.lookup("#inspector-opacity").tryQuery()).isPresent();
        assertThat(robot.lookup("#inspector-fill").tryQuery()).isEmpty();
        assertThat(robot.lookup("#inspector-bold").tryQuery()).isEmpty();
        select(button);
        assertThat(robot.lookup("#inspector-fill").tryQuery()).isPresent();
        assertThat(robot.lookup("#inspector-state").tryQuery()).isPresent();
    }

    @Test
    void styleControlsWriteFontSizeBoldAlignStateAndOpacity() {
        select(button);
        type("inspector-font-size", "18");
        assertThat(live.number(button, Props.FONT_SIZE)).isEqualTo(18);
        robot.clickOn("#inspector-bold");
        assertThat(live.flag(button, Props.BOLD)).isTrue();
        ComboBox<String> state = robot.lookup("#inspector-state").query();
        Fx.run(() -> state.setValue("disabled"));
        assertThat(live.text(button, Props.STATE)).isEqualTo("disabled");
        ComboBox<String> align = robot.lookup("#inspector-align").query();
        Fx.run(() -> align.setValue("right"));
        assertThat(live.text(button, Props.ALIGN)).isEqualTo("right");
        javafx.scene.control.Slider opacity = robot.lookup("#inspector-opacity").query();
        Fx.run(() -> opacity.setValue(0.5));
        assertThat(live.number(button, Props.OPACITY)).isEqualTo(0.5);
        type("inspector-font-size", "");
        Value size = live.doc(d -> d.get(button, Props.FONT_SIZE));
        assertThat(size).isEqualTo(Value.NULL);
    }

    @Test
    void severalElementsShowWhatTheyShareAndAnEditAppliesToAllInOneUndoStep() {
        live.run(e -> e.showScreen(home));
        String other = live.place("button", 700, 130);
        select(button, other);
        assertThat(robot.lookup("#inspector-title").queryAs(Label.class).getText()).isEqualTo("2 elements");
        assertThat(field("inspector-x")).isEmpty();
        assertThat(robot.lookup("#inspector-x").queryTextInputControl().getPromptText()).isEqualTo("Mixed");
        assertThat(field("inspector-y")).isEqualTo("130");
        type("inspector-h", "56");
        assertThat(live.bounds(button).h()).isEqualTo(56);
        assertThat(live.bounds(other).h()).isEqualTo(56);
        live.run(e -> e.undo());
        assertThat(live.bounds(button).h()).isEqualTo(40);
        assertThat(live.bounds(other).h()).isEqualTo(40);
    }

    @Test
    void linksToAnotherScreenLocksHidesAndNames() {
        live.run(e -> e.showScreen(home));
        select(button);
        ComboBox<String> link = robot.lookup("#inspector-link").query();
        assertThat(Fx.call(() -> List.copyOf(link.getItems()))).containsExactly("", checkout);
        Fx.run(() -> link.setValue(checkout));
        assertThat(live.text(button, Props.LINK)).isEqualTo(checkout);
        Fx.run(() -> link.setValue(""));
        assertThat(live.text(button, Props.LINK)).isNull();

        type("inspector-name", "Pay button");
        assertThat(live.text(button, Props.NAME)).isEqualTo("Pay button");
        robot.clickOn("#inspector-hidden");
        assertThat(live.flag(button, Props.HIDDEN)).isTrue();
        robot.clickOn("#inspector-locked");
        assertThat(live.flag(button, Props.LOCKED)).isTrue();
        assertThat(robot.lookup("#inspector-x").query().isDisabled()).isTrue();
    }

    @Test
    void withNothingSelectedItEditsTheShownScreen() {
        live.run(e -> e.showScreen(checkout));
        select();
        assertThat(field("inspector-screen-name")).isEqualTo("Checkout");
        assertThat(field("inspector-screen-w")).isEqualTo("390");
        ComboBox<String> device = robot.lookup("#inspector-device").query();
        assertThat(Fx.<String>call(device::getValue)).isEqualTo("phone");

        Fx.run(() -> device.setValue("tablet"));
        assertThat(live.number(checkout, Props.W)).isEqualTo(768);
        assertThat(live.number(checkout, Props.H)).isEqualTo(1024);
        type("inspector-screen-w", "800");
        assertThat(live.number(checkout, Props.W)).isEqualTo(800);
        assertThat(live.text(checkout, Props.DEVICE)).isEqualTo("custom");
        assertThat(Fx.<String>call(device::getValue)).isEqualTo("custom");
        type("inspector-screen-name", "Basket");
        assertThat(live.text(checkout, Props.NAME)).isEqualTo("Basket");
        ColorPicker bg = robot.lookup("#inspector-background").query();
        Fx.run(() -> bg.setValue(Color.web("#f1f5f9")));
        assertThat(live.text(checkout, Props.BACKGROUND)).isEqualTo("#f1f5f9");
    }

    @Test
    void followsChangesMadeElsewhere() {
        select(button);
        live.submit(List.of(Put.of(panel, Props.X, Value.of(200))));
        assertThat(field("inspector-x")).isEqualTo("220");
        live.submit(List.of(Put.of(button, Props.TEXT, Value.of("Later"))));
        assertThat(field("inspector-text")).isEqualTo("Later");
    }
}
