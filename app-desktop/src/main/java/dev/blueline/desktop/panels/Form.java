package dev.blueline.desktop.panels;

import atlantafx.base.theme.Styles;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

import java.util.ArrayList;
import java.util.List;

/** A column of labelled rows in sections, each field knowing how to show the document's current value. */
abstract class Form extends VBox {
    private final List<Runnable> refreshers = new ArrayList<>();
    private boolean updating;

    Form() {
        super(6);
    }

    /** Shows the document's current values (fields being typed in are left alone). */
    final void refresh() {
        updating = true;
        try {
            for (Runnable r : refreshers) r.run();
        } finally {
            updating = false;
        }
    }

    /** True while {@link #refresh} sets fields, so their listeners do not write back what they were given. */
    final boolean updating() {
        return updating;
    }

    final void onRefresh(Runnable r) {
        refreshers.add(r);
    }

    final void section(String title) {
        Label l = new Label(title);
        l.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED, Styles.TEXT_BOLD);
        l.setPadding(new Insets(getChildren().isEmpty() ? 0 : 8, 0, 0, 0));
        getChildren().add(l);
    }

    /** A row: label on the left, then the controls, the last one growing. */
    final HBox row(String label, Node... controls) {
        HBox h = new HBox(6);
        h.setAlignment(Pos.CENTER_LEFT);
        if (label != null) {
            Label l = new Label(label);
            l.setMinWidth(64);
            l.setPrefWidth(64);
            h.getChildren().add(l);
        }
        h.getChildren().addAll(controls);
        if (controls.length > 0) HBox.setHgrow(controls[controls.length - 1], Priority.ALWAYS);
        getChildren().add(h);
        return h;
    }
}
