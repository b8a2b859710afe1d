package dev.blueline.desktop.panels;

import atlantafx.base.theme.Styles;
import dev.blueline.desktop.editor.commands.Inspect;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.util.StringConverter;

import java.util.ArrayList;
import java.util.List;

/** The inspector for selected elements: position and size, text, style, link, layer. */
final class ElementForm extends Form {
    private static final String NONE = "";
    private final InspectorViewModel vm;

    ElementForm(InspectorViewModel vm) {
        this.vm = vm;
        section("Position and size");
        row("X", bound("inspector-x", Inspect.Edge.X), new Label("Y"), bound("inspector-y", Inspect.Edge.Y));
        row("W", bound("inspector-w", Inspect.Edge.W), new Label("H"), bound("inspector-h", Inspect.Edge.H));
        if (vm.usesText()) text();
        if (!vm.styleProps().isEmpty()) {
            section("Style");
            new StyleFields(this, vm).build();
        }
        link();
        layer();
        refresh();
    }

    private TextField bound(String id, Inspect.Edge edge) {
        TextField f = new TextField();
        f.setId(id);
        f.setPrefColumnCount(5);
        CommitText c = new CommitText(f, t -> vm.setBound(edge, t), this::refresh);
        onRefresh(() -> {
            Shared<Double> v = vm.bound(edge);
            c.show(v.mixed() || v.value() == null ? "" : Numbers.format(v.value()), v.mixed() ? "Mixed" : "");
            f.setDisable(vm.allLocked());
        });
        return f;
    }

    private void text() {
        section("Text");
        TextInputControl input;
        if (vm.multiline()) {
            TextArea a = new TextArea();
            a.setPrefRowCount(4);
            a.setWrapText(false);
            input = a;
        } else {
            input = new TextField();
        }
        input.setId("inspector-text");
        CommitText c = new CommitText(input, vm::setText, this::refresh);
        onRefresh(() -> {
            Shared<String> t = vm.text();
            c.show(t.mixed() ? "" : t.value(), t.mixed() ? "Mixed" : "");
            input.setDisable(vm.allLocked());
        });
        row(null, input);
        String hint = vm.hint();
        if (hint != null) {
            Label l = new Label(hint + (input instanceof TextArea ? "  ·  Ctrl+Enter applies" : ""));
            l.setId("inspector-text-hint");
            l.setWrapText(true);
            l.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
            getChildren().add(l);
        }
    }

    private void link() {
        section("Link");
        ComboBox<String> box = new ComboBox<>();
        box.setId("inspector-link");
        box.setMaxWidth(Double.MAX_VALUE);
        StringConverter<String> names = new StringConverter<>() {
            @Override
            public String toString(String id) {
                return id == null || id.equals(NONE) ? "None" : vm.screenName(id);
            }

            @Override
            public String fromString(String s) {
                return null;
            }
        };
        box.setConverter(names);
        box.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(String id, boolean empty) {
                super.updateItem(id, empty);
                setText(empty ? null : names.toString(id));
            }
        });
        box.setOnAction(e -> {
            if (updating() || box.getValue() == null) return;
            vm.setLink(box.getValue().equals(NONE) ? null : box.getValue());
        });
        onRefresh(() -> {
            List<String> choices = new ArrayList<>();
            choices.add(NONE);
            choices.addAll(vm.linkTargets());
            Shared<String> link = vm.link();
            if (!link.mixed() && link.value() != null && !choices.contains(link.value())) choices.add(link.value());
            if (!box.getItems().equals(choices)) box.getItems().setAll(choices);
            box.setValue(link.mixed() ? null : link.value() == null ? NONE : link.value());
            box.setPromptText(link.mixed() ? "Mixed" : "None");
        });
        row("Go to", box);
    }

    private void layer() {
        section("Layer");
        TextField name = new TextField();
        name.setId("inspector-name");
        CommitText c = new CommitText(name, vm::setName, this::refresh);
        onRefresh(() -> {
            Shared<String> n = vm.name();
            c.show(n.mixed() ? "" : n.value(), n.mixed() ? "Mixed" : "Layer name");
        });
        row("Name", name);
        CheckBox locked = flag("inspector-locked", "Locked", true);
        CheckBox hidden = flag("inspector-hidden", "Hidden", false);
        row(null, locked, hidden);
    }

    private CheckBox flag(String id, String text, boolean lock) {
        CheckBox box = new CheckBox(text);
        box.setId(id);
        box.setOnAction(e -> {
            if (updating()) return;
            boolean on = box.isSelected() || box.isIndeterminate();
            if (lock) vm.setLocked(on);
            else vm.setHidden(on);
            refresh();
        });
        onRefresh(() -> {
            Shared<Boolean> v = lock ? vm.locked() : vm.hidden();
            box.setIndeterminate(v.mixed());
            box.setSelected(!v.mixed() && Boolean.TRUE.equals(v.value()));
        });
        return box;
    }
}
