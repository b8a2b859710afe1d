package dev.blueline.desktop.panels;

import atlantafx.base.theme.Styles;
import dev.blueline.model.document.Props;
import dev.blueline.model.document.Value;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.Spinner;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import java.util.Set;

/** The style rows of the element inspector, one for each style property all selected controls use. */
final class StyleFields {
    private static final String DEFAULT = "default";
    private final Form form;
    private final InspectorViewModel vm;

    StyleFields(Form form, InspectorViewModel vm) {
        this.form = form;
        this.vm = vm;
    }

    void build() {
        Set<String> props = vm.styleProps();
        if (props.contains(Props.FILL)) form.row("Fill", color("inspector-fill", Props.FILL));
        if (props.contains(Props.STROKE)) form.row("Stroke", color("inspector-stroke", Props.STROKE));
        if (props.contains(Props.TEXT_COLOR)) form.row("Text", color("inspector-text-color", Props.TEXT_COLOR));
        if (props.contains(Props.FONT_SIZE)) form.row("Size", fontSize());
        List<ToggleButton> toggles = new ArrayList<>();
        if (props.contains(Props.BOLD)) toggles.add(toggle("inspector-bold", Props.BOLD, Feather.BOLD, "Bold"));
        if (props.contains(Props.ITALIC)) toggles.add(toggle("inspector-italic", Props.ITALIC, Feather.ITALIC, "Italic"));
        if (props.contains(Props.UNDERLINE)) toggles.add(toggle("inspector-underline", Props.UNDERLINE, Feather.UNDERLINE, "Underline"));
        if (!toggles.isEmpty()) form.row(null, new HBox(4, toggles.toArray(ToggleButton[]::new)));
        if (props.contains(Props.ALIGN)) {
            List<String> choices = new ArrayList<>(List.of(DEFAULT));
            choices.addAll(Props.ALIGNMENTS);
            form.row("Align", choice("inspector-align", Props.ALIGN, choices, DEFAULT));
        }
        if (props.contains(Props.STATE)) form.row("State", choice("inspector-state", Props.STATE, Props.STATES, "normal"));
        if (props.contains(Props.OPACITY)) opacity();
    }

    private ColorField color(String id, String prop) {
        ColorField f = new ColorField(id, hex -> {
            if (!form.updating()) vm.setStyle(prop, Value.of(hex));
        });
        form.onRefresh(() -> {
            Shared<Value> v = vm.style(prop);
            f.show(v.mixed() ? Shared.differing() : Shared.of(v.value().asText()));
            f.setDisable(vm.allLocked());
        });
        return f;
    }

    /** Font size in points; empty means the control's default. */
    private Spinner<Integer> fontSize() {
        Spinner<Integer> s = new Spinner<>(4, 400, 14);
        s.setId("inspector-font-size");
        s.setEditable(true);
        s.setPrefWidth(96);
        // typed text that is not a number keeps the value (the typed-text handler below explains why)
        s.getValueFactory().setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(Integer v) {
                return v == null ? "" : v.toString();
            }

            @Override
            public Integer fromString(String t) {
                OptionalDouble v = Numbers.parse(t);
                return v.isPresent() ? (int) Math.max(4, Math.min(400, Math.round(v.getAsDouble()))) : s.getValue();
            }
        });
        s.valueProperty().addListener((o, was, now) -> {
            if (!form.updating() && now != null) vm.setStyle(Props.FONT_SIZE, Value.of(now));
        });
        CommitText typed = new CommitText(s.getEditor(), t -> {
            OptionalDouble v = Numbers.parse(t);
            if (t.isBlank()) vm.setStyle(Props.FONT_SIZE, Value.NULL);
            else if (v.isPresent()) vm.setStyle(Props.FONT_SIZE, Value.of(Math.max(4, Math.min(400, Math.round(v.getAsDouble())))));
            else vm.editor().tell("\"" + t.strip() + "\" is not a font size");
        }, form::refresh);
        form.onRefresh(() -> {
            Shared<Value> v = vm.style(Props.FONT_SIZE);
            double size = v.mixed() ? Double.NaN : v.value().asNumber();
            if (!Double.isNaN(size)) s.getValueFactory().setValue((int) Math.round(size));
            typed.show(Double.isNaN(size) ? "" : Numbers.format(size), v.mixed() ? "Mixed" : "Auto");
            s.setDisable(vm.allLocked());
        });
        return s;
    }

    private ToggleButton toggle(String id, String prop, Feather icon, String name) {
        ToggleButton t = new ToggleButton(null, new FontIcon(icon));
        t.setId(id);
        t.getStyleClass().add(Styles.BUTTON_ICON);
        t.setTooltip(new Tooltip(name));
        t.setOnAction(e -> {
            if (form.updating()) return;
            Shared<Value> v = vm.style(prop);
            boolean on = v.mixed() || !v.value().isTrue();
            vm.setStyle(prop, on ? Value.of(true) : Value.NULL);
            form.refresh();
        });
        form.onRefresh(() -> {
            Shared<Value> v = vm.style(prop);
            t.setSelected(!v.mixed() && v.value().isTrue());
            t.setDisable(vm.allLocked());
        });
        return t;
    }

    /** A choice where {@code unset} stands for the property not being set. */
    private ComboBox<String> choice(String id, String prop, List<String> choices, String unset) {
        ComboBox<String> box = new ComboBox<>();
        box.getItems().setAll(choices);
        box.setId(id);
        box.setMaxWidth(Double.MAX_VALUE);
        box.setOnAction(e -> {
            if (form.updating() || box.getValue() == null) return;
            String v = box.getValue();
            vm.setStyle(prop, prop.equals(Props.ALIGN) && v.equals(DEFAULT) ? Value.NULL : Value.of(v));
        });
        form.onRefresh(() -> {
            Shared<Value> v = vm.style(prop);
            box.setValue(v.mixed() ? null : v.value().isNull() ? unset : v.value().asText());
            box.setPromptText(v.mixed() ? "Mixed" : unset);
            box.setDisable(vm.allLocked());
        });
        return box;
    }

    /** Opacity 0–100 %; dragging the knob writes once, when it is let go. */
    private void opacity() {
        Slider slider = new Slider(0, 1, 1);
        slider.setId("inspector-opacity");
        Label percent = new Label();
        percent.setMinWidth(40);
        Runnable write = () -> {
            double v = Math.round(slider.getValue() * 100) / 100.0;
            vm.setStyle(Props.OPACITY, v >= 1 ? Value.NULL : Value.of(v));
        };
        slider.valueChangingProperty().addListener((o, was, now) -> {
            if (!now && !form.updating()) write.run();
        });
        slider.valueProperty().addListener((o, was, now) -> {
            percent.setText(Math.round(now.doubleValue() * 100) + " %");
            if (!form.updating() && !slider.isValueChanging()) write.run();
        });
        form.onRefresh(() -> {
            Shared<Value> v = vm.style(Props.OPACITY);
            double o = v.mixed() ? 1 : v.value().isNull() ? 1 : v.value().asNumber();
            slider.setValue(o);
            percent.setText(v.mixed() ? "Mixed" : Math.round(o * 100) + " %");
            slider.setDisable(vm.allLocked());
        });
        form.row("Opacity", percent, slider);
    }
}
