package dev.blueline.desktop.panels;

import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;

import java.util.function.Consumer;
import java.util.function.Predicate;

/**
 * The field a screen or layer row shows while it is renamed in place: Enter or leaving the field
 * renames, Escape gives up. Selected and focused, ready to type over.
 */
final class RenameField {
    private RenameField() {
    }

    /**
     * @param stillRenaming whether the row is still being renamed with this field (a field left
     *                      behind by a finished rename must not rename again when it loses focus)
     */
    static TextField of(String nodeId, String text, Consumer<String> rename, Runnable giveUp, Predicate<TextField> stillRenaming) {
        TextField f = new TextField(text);
        f.setId(nodeId);
        f.setOnAction(e -> rename.accept(f.getText()));
        f.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                giveUp.run();
                e.consume();
            }
        });
        f.focusedProperty().addListener((o, was, now) -> {
            if (!now && stillRenaming.test(f)) rename.accept(f.getText());
        });
        return f;
    }

    /** Puts the field in the row, ready to type over. */
    static void show(javafx.scene.control.Cell<?> row, TextField f) {
        row.setGraphic(f);
        f.selectAll();
        f.requestFocus();
    }
}
