package dev.blueline.desktop.panels;

import atlantafx.base.theme.Styles;
import dev.blueline.desktop.editor.Editor;
import dev.blueline.desktop.editor.commands.Components;
import dev.blueline.desktop.editor.commands.Placement;
import dev.blueline.model.catalog.Catalog;
import dev.blueline.model.catalog.Category;
import dev.blueline.model.catalog.ControlType;
import dev.blueline.model.document.Props;
import javafx.application.Platform;
import javafx.geometry.BoundingBox;
import javafx.geometry.Bounds;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Every catalog control, grouped by category, with a preview; a search field narrows the list.
 * Clicking a control (or Enter on it, or Enter in the search field for the first match) calls
 * {@code place}; dragging one onto the canvas drops it there. Previews are drawn as items come
 * into view. Node id {@code palette-panel}; the
 * search field is {@code palette-search}; each control is {@code palette-<controlId>}.
 */
public final class PalettePanel extends VBox {
    private final TextField search = new TextField();
    private final Map<String, PaletteItem> items = new LinkedHashMap<>();
    private final Map<Category, VBox> sections = new EnumMap<>(Category.class);
    private final Label none = new Label("No control matches");
    private final Consumer<ControlType> place;
    private final Consumer<String> placeComponent;
    private final Editor editor;
    private final ScrollPane scroll;
    /** The project's own components, first in the list; shown only when it has some. */
    private final FlowPane componentFlow = new FlowPane(4, 4);
    private final VBox componentSection;
    private List<String> componentsShown = List.of();
    private boolean dressQueued;

    /** Places components at the top-left of what the canvas shows (the window passes its own, centred, placement). */
    public PalettePanel(Editor editor, Consumer<ControlType> place) {
        this(editor, place, master -> {
            String id = Placement.newId();
            var v = editor.viewport();
            if (editor.submit(Components.place(editor.doc(), editor.screen(), master, Math.round(v.toScreenX(40)), Math.round(v.toScreenY(40)), id))) {
                editor.select(java.util.List.of(id));
            }
        });
    }

    public PalettePanel(Editor editor, Consumer<ControlType> place, Consumer<String> placeComponent) {
        this.editor = editor;
        this.placeComponent = master -> {
            if (editor.screen() == null) editor.tell("Add a screen first, then place components on it");
            else if (Components.masters(editor.doc()).contains(editor.screen()) && master.equals(editor.screen())) editor.tell("A component cannot contain itself");
            else placeComponent.accept(master);
        };
        this.place = type -> {
            if (editor.screen() == null) editor.tell("Add a screen first, then place controls on it");
            else place.accept(type);
        };
        setId("palette-panel");
        getStyleClass().add("palette-panel");
        setSpacing(6);
        setPadding(new Insets(8));
        Label title = new Label("Controls");
        title.getStyleClass().add(Styles.TITLE_4);
        search.setId("palette-search");
        search.setPromptText("Search controls");
        search.textProperty().addListener((o, was, now) -> filter(now));
        search.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                first().ifPresent(this.place);
                e.consume();
            } else if (e.getCode() == KeyCode.ESCAPE) {
                search.clear();
                e.consume();
            }
        });

        VBox list = new VBox(8);
        Label componentsHeader = new Label("Components");
        componentsHeader.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED, Styles.TEXT_BOLD);
        componentSection = new VBox(4, componentsHeader, componentFlow);
        componentSection.setId("palette-category-components");
        list.getChildren().add(componentSection);
        refreshComponents(true);
        editor.addListener(ids -> refreshComponents(ids == null || ids.stream().anyMatch(this::touchesAComponent)));
        for (Category c : Category.values()) {
            FlowPane flow = new FlowPane(4, 4);
            for (ControlType t : PaletteViewModel.placeable(c)) {
                PaletteItem item = new PaletteItem(t, this.place);
                items.put(t.id(), item);
                item.focusedProperty().addListener((o, was, focused) -> {
                    if (focused) reveal(t.id());
                });
                flow.getChildren().add(item);
            }
            Label header = new Label(c.displayName());
            header.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED, Styles.TEXT_BOLD);
            VBox section = new VBox(4, header, flow);
            section.setId("palette-category-" + c.name().toLowerCase(java.util.Locale.ROOT));
            sections.put(c, section);
            list.getChildren().add(section);
        }
        none.getStyleClass().add(Styles.TEXT_MUTED);
        show(none, false);
        list.getChildren().add(none);
        list.setPadding(new Insets(0, 4, 4, 0));
        scroll = new ScrollPane(list);
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        scroll.getStyleClass().add(Styles.FLAT);
        VBox.setVgrow(scroll, Priority.ALWAYS);
        getChildren().addAll(title, search, scroll);
        scroll.vvalueProperty().addListener(o -> dressSoon());
        scroll.viewportBoundsProperty().addListener(o -> dressSoon());
    }

    /**
     * Previews are drawn for the items in view (and one view's height around it) once layout has
     * placed them: drawing all 57 when the editor opens would hold up the window for ~0.1 s.
     */
    private void dressSoon() {
        if (dressQueued) return;
        dressQueued = true;
        Platform.runLater(() -> {
            dressQueued = false;
            dressVisible();
        });
    }

    private void dressVisible() {
        if (getScene() == null) return;
        Bounds view = scroll.localToScene(scroll.getLayoutBounds());
        if (view.getHeight() <= 0) return;
        BoundingBox near = new BoundingBox(view.getMinX(), view.getMinY() - view.getHeight(), view.getWidth(), view.getHeight() * 3);
        for (PaletteItem item : items.values()) {
            if (!item.dressed() && item.isVisible() && item.localToScene(item.getLayoutBounds()).intersects(near)) item.dress();
        }
    }

    /** True once the items in view show their previews (they are drawn a frame after layout places them). */
    public boolean previewsInViewDrawn() {
        return !dressQueued && items.values().stream().anyMatch(PaletteItem::dressed);
    }

    private boolean touchesAComponent(String id) {
        var doc = editor.doc();
        String screen = doc.is(id, dev.blueline.model.document.Kind.SCREEN) ? id : doc.text(id, Props.SCREEN);
        return screen != null && doc.flag(screen, Props.COMPONENT);
    }

    /** Rebuilds the components section when the set of components or (when {@code redraw}) how one looks changed. */
    private void refreshComponents(boolean redraw) {
        List<String> masters = Components.masters(editor.doc()).stream()
                .map(m -> m + "\u0000" + editor.doc().text(m, Props.NAME)).toList();
        if (!redraw && masters.equals(componentsShown)) return;
        componentsShown = masters;
        componentFlow.getChildren().clear();
        for (String m : Components.masters(editor.doc())) componentFlow.getChildren().add(new ComponentItem(editor.doc(), m, placeComponent));
        filter(search.getText());
    }

    /** The project's components shown now (master ids), in palette order. */
    public List<String> shownComponents() {
        return componentFlow.getChildren().stream().filter(javafx.scene.Node::isVisible).map(n -> ((ComponentItem) n).master()).toList();
    }

    /** Scrolls the list so that this control's item is in view (keyboard focus does the same). */
    public void reveal(String controlId) {
        PaletteItem item = items.get(controlId);
        if (item == null) return;
        item.dress();
        layout();
        scroll.layout();
        javafx.scene.Node content = scroll.getContent();
        double contentHeight = content.getBoundsInLocal().getHeight();
        double viewport = scroll.getViewportBounds().getHeight();
        if (contentHeight <= viewport) return;
        double y = content.sceneToLocal(item.localToScene(item.getBoundsInLocal())).getMinY();
        scroll.setVvalue(Math.max(0, Math.min(1, (y - 8) / (contentHeight - viewport))));
    }

    /** The search field, e.g. for a "find control" shortcut. */
    public TextField searchField() {
        return search;
    }

    /** The controls shown now, in palette order. */
    public List<ControlType> shown() {
        return items.values().stream().filter(PaletteItem::isVisible).map(PaletteItem::type).toList();
    }

    private java.util.Optional<ControlType> first() {
        return shown().stream().findFirst();
    }

    private void filter(String query) {
        Map<Category, List<ControlType>> groups = PaletteViewModel.groups(query);
        for (PaletteItem item : items.values()) {
            List<ControlType> group = groups.get(item.type().category());
            show(item, group != null && group.contains(item.type()));
        }
        for (var e : sections.entrySet()) show(e.getValue(), groups.containsKey(e.getKey()));
        String q = query == null ? "" : query.strip().toLowerCase(java.util.Locale.ROOT);
        boolean anyComponent = false;
        for (javafx.scene.Node n : componentFlow.getChildren()) {
            String name = editor.doc().text(((ComponentItem) n).master(), Props.NAME);
            boolean match = q.isEmpty() || (name != null && name.toLowerCase(java.util.Locale.ROOT).contains(q));
            show(n, match);
            anyComponent |= match;
        }
        show(componentSection, anyComponent);
        show(none, groups.isEmpty() && !anyComponent);
        dressSoon(); // other items may have moved into view
    }

    private static void show(javafx.scene.Node n, boolean visible) {
        n.setVisible(visible);
        n.setManaged(visible);
    }
}
