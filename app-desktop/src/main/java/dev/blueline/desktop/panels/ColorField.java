package dev.blueline.desktop.panels;

import javafx.geometry.Pos;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ColorPicker;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.paint.Color;

import java.util.function.Consumer;

/**
 * A colour property: a picker plus a "Default" box (the property unset, so the control's own
 * colour shows). Node ids: {@code <id>} for the picker, {@code <id>-default} for the box.
 */
final class ColorField extends HBox {
    private final ColorPicker picker = new ColorPicker(Color.WHITE);
    private final CheckBox auto = new CheckBox("Default");
    private boolean updating;

    /** {@code onChange} gets {@code #rrggbb}, or null for the default. */
    ColorField(String id, Consumer<String> onChange) {
        super(6);
        setAlignment(Pos.CENTER_LEFT);
        picker.setId(id);
        auto.setId(id + "-default");
        picker.getStyleClass().add(ColorPicker.STYLE_CLASS_BUTTON);
        auto.setTooltip(new Tooltip("Use the control's own colour"));
        picker.valueProperty().addListener((o, was, now) -> {
            if (!updating && now != null) onChange.accept(Colors.hex(now));
        });
        auto.setOnAction(e -> onChange.accept(auto.isSelected() ? null : Colors.hex(picker.getValue())));
        getChildren().addAll(picker, auto);
    }

    ColorPicker picker() {
        return picker;
    }

    void show(Shared<String> value) {
        updating = true;
        try {
            Color c = value.mixed() ? null : Colors.parse(value.value());
            auto.setIndeterminate(value.mixed());
            auto.setSelected(!value.mixed() && c == null);
            if (c != null) picker.setValue(c);
            picker.setOpacity(c == null ? 0.6 : 1);
        } finally {
            updating = false;
        }
    }
}
