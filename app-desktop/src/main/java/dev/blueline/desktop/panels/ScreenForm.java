package dev.blueline.desktop.panels;

import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.TextField;
import javafx.util.StringConverter;

import java.util.ArrayList;
import java.util.List;

/** The inspector with nothing selected: the shown screen's name, size, device and background. */
final class ScreenForm extends Form {
    private final InspectorViewModel vm;

    ScreenForm(InspectorViewModel vm) {
        this.vm = vm;
        section("Screen");
        TextField name = new TextField();
        name.setId("inspector-screen-name");
        CommitText n = new CommitText(name, vm::renameScreen, this::refresh);
        onRefresh(() -> n.show(vm.screenName(), "Screen name"));
        row("Name", name);

        row("Device", device());
        row("W", size("inspector-screen-w", true), new Label("H"), size("inspector-screen-h", false));

        ColorField bg = new ColorField("inspector-background", hex -> {
            if (!updating()) vm.setBackground(hex);
        });
        onRefresh(() -> bg.show(Shared.of(vm.background())));
        row("Fill", bg);
        refresh();
    }

    private TextField size(String id, boolean width) {
        TextField f = new TextField();
        f.setId(id);
        f.setPrefColumnCount(5);
        CommitText c = new CommitText(f, t -> vm.setScreenSize(width, t), this::refresh);
        onRefresh(() -> c.show(Numbers.format(width ? vm.screenWidth() : vm.screenHeight()), ""));
        return f;
    }

    private ComboBox<String> device() {
        List<String> choices = new ArrayList<>();
        for (DevicePreset p : DevicePreset.values()) choices.add(p.wireName());
        choices.add(DevicePreset.CUSTOM);
        ComboBox<String> box = new ComboBox<>();
        box.getItems().setAll(choices);
        box.setId("inspector-device");
        box.setMaxWidth(Double.MAX_VALUE);
        StringConverter<String> labels = new StringConverter<>() {
            @Override
            public String toString(String wire) {
                if (wire == null) return "";
                return DevicePreset.fromWire(wire).map(DevicePreset::describe).orElse("Custom");
            }

            @Override
            public String fromString(String s) {
                return null;
            }
        };
        box.setConverter(labels);
        box.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(String wire, boolean empty) {
                super.updateItem(wire, empty);
                setText(empty ? null : labels.toString(wire));
            }
        });
        box.setOnAction(e -> {
            if (!updating() && box.getValue() != null) vm.setDevice(box.getValue());
        });
        onRefresh(() -> box.setValue(vm.device()));
        return box;
    }
}
