package dev.blueline.desktop.panels;

import atlantafx.base.theme.Styles;
import dev.blueline.desktop.editor.Editor;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

import java.util.List;
import java.util.Set;

/**
 * Properties of the selection: position and size in screen coordinates, text with a hint of its
 * markup, the style properties the controls use, link, lock, visibility and layer name. Several
 * elements: shared values are shown, differing ones are blank, and an edit applies to all. Nothing
 * selected: the shown screen. Every edit is one undo step. Node id {@code inspector-panel}; fields
 * are {@code inspector-x}, {@code inspector-text}, {@code inspector-fill}, {@code inspector-link}, …
 */
public final class InspectorPanel extends VBox {
    private final InspectorViewModel vm;
    private final Label title = new Label();
    private final ScrollPane scroll = new ScrollPane();
    private Form form;
    private Object shape;

    public InspectorPanel(Editor editor) {
        this.vm = new InspectorViewModel(editor);
        setId("inspector-panel");
        getStyleClass().add("inspector-panel");
        setSpacing(6);
        setPadding(new Insets(8));
        title.setId("inspector-title");
        title.getStyleClass().add(Styles.TITLE_4);
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        scroll.getStyleClass().add(Styles.FLAT);
        VBox.setVgrow(scroll, Priority.ALWAYS);
        getChildren().addAll(title, scroll);

        editor.selection().addListener((ListChangeListener<String>) c -> update());
        editor.screenProperty().addListener((o, was, now) -> update());
        editor.addListener(this::changed);
        update();
    }

    public InspectorViewModel viewModel() {
        return vm;
    }

    private void changed(Set<String> ids) {
        if (ids == null || ids.contains(vm.screen()) || vm.ids().stream().anyMatch(ids::contains) || form == null) update();
        else if (vm.mode() == InspectorViewModel.Mode.ELEMENTS && ids.stream().anyMatch(id -> vm.editor().doc().is(id, dev.blueline.model.document.Kind.ELEMENT))) {
            // a container of the selection may have moved, which moves the selection on screen
            form.refresh();
        }
    }

    /** Rebuilds the fields when what is inspected changed; otherwise only shows the new values. */
    private void update() {
        Object now = switch (vm.mode()) {
            case ELEMENTS -> List.of("elements", vm.ids(), vm.usesText(), vm.multiline(), vm.styleProps());
            case SCREEN -> List.of("screen", vm.screen());
            case NOTHING -> List.of("nothing");
        };
        title.setText(vm.title());
        if (!now.equals(shape) || form == null) {
            shape = now;
            form = switch (vm.mode()) {
                case ELEMENTS -> new ElementForm(vm);
                case SCREEN -> new ScreenForm(vm);
                case NOTHING -> new EmptyForm();
            };
            form.setPadding(new Insets(0, 8, 8, 0));
            scroll.setContent(form);
        } else {
            form.refresh();
        }
    }

    private static final class EmptyForm extends Form {
        EmptyForm() {
            Label l = new Label("Add a screen to start");
            l.getStyleClass().add(Styles.TEXT_MUTED);
            getChildren().add(l);
        }
    }
}
