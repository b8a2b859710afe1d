package dev.blueline.desktop.canvas;

import dev.blueline.desktop.editor.Editor;
import dev.blueline.desktop.editor.commands.Edits;
import dev.blueline.model.catalog.Catalog;
import dev.blueline.model.catalog.ControlType;
import dev.blueline.model.document.Props;
import dev.blueline.model.document.Value;
import dev.blueline.model.geometry.Rect;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.Pane;

import java.util.List;

/**
 * Editing an element's text in place: a text box over the element, filled with its markup.
 * Enter with ctrl (or leaving the box) keeps the text; Escape puts it back.
 */
final class TextEditing {
    private final CanvasView view;
    private final Editor editor;
    private final Pane layer;
    private final TextArea box = new TextArea();
    private String editing;

    TextEditing(CanvasView view, Pane layer) {
        this.view = view;
        this.editor = view.editor();
        this.layer = layer;
        box.setId("inline-text");
        box.setWrapText(true);
        box.setStyle("-fx-font-size: 13px; -fx-background-radius: 0;");
        // a filter, so Enter is ours before the text box turns it into a new line
        box.addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                cancel();
                e.consume();
            } else if (e.getCode() == KeyCode.ENTER && (e.isShortcutDown() || !multiline())) {
                commit();
                e.consume();
            }
        });
        box.focusedProperty().addListener((o, was, now) -> {
            if (!now) commit();
        });
    }

    boolean isEditing() {
        return editing != null;
    }

    void begin(String id) {
        ControlType type = Catalog.find(editor.doc().text(id, Props.TYPE)).orElse(null);
        if (type == null || !type.usesText()) return;
        if (editor.isViewOnly()) {
            editor.tell(Editor.VIEW_ONLY);
            return;
        }
        commit();
        editing = id;
        ScreenScene.Item it = view.scene().item(id);
        Rect r = it == null ? new Rect(0, 0, 200, 40) : it.bounds();
        var v = editor.viewport();
        box.setText(editor.doc().text(id, Props.TEXT) == null ? "" : editor.doc().text(id, Props.TEXT));
        box.relocate(v.toViewX(r.x()), v.toViewY(r.y()));
        box.setPrefSize(Math.max(160, r.w() * v.zoom()), Math.max(36, Math.min(400, r.h() * v.zoom())));
        box.resize(box.getPrefWidth(), box.getPrefHeight());
        if (!layer.getChildren().contains(box)) layer.getChildren().add(box);
        box.requestFocus();
        box.selectAll();
    }

    void commit() {
        if (editing == null) return;
        String id = editing;
        editing = null;
        String newText = box.getText();
        layer.getChildren().remove(box);
        if (editor.doc().isLive(id) && !newText.equals(editor.doc().text(id, Props.TEXT))) {
            editor.submit(Edits.set(editor.doc(), List.of(id), Props.TEXT, Value.of(newText)));
        }
        view.requestFocus();
    }

    void cancel() {
        editing = null;
        layer.getChildren().remove(box);
        view.requestFocus();
    }

    /** Controls whose text is many lines (grids, lists, trees, paragraphs) keep Enter for new lines. */
    private boolean multiline() {
        String t = editing == null ? null : editor.doc().text(editing, Props.TEXT);
        String type = editing == null ? "" : editor.doc().text(editing, Props.TYPE);
        return (t != null && t.contains("\n")) || List.of("data-grid", "list", "tree", "paragraph", "text-area", "sticky-note", "vertical-menu").contains(type);
    }
}
