package dev.blueline.desktop.shell;

import dev.blueline.model.document.Props;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.TextInputDialog;
import javafx.stage.Window;

import java.util.function.Consumer;

/**
 * The app's small dialogs. None of them blocks: each is shown and calls back when answered, so
 * the FX thread keeps serving the session (and tests can drive them).
 */
public final class Dialogs {
    private Dialogs() {
    }

    public static Alert error(Window owner, String header, String message) {
        return show(owner, Alert.AlertType.ERROR, "error-dialog", "Blueline", header, message);
    }

    public static Alert info(Window owner, String title, String header, String message) {
        return show(owner, Alert.AlertType.INFORMATION, "info-dialog", title, header, message);
    }

    /** Asks before doing something that cannot be undone; {@code onYes} runs only on the confirming button. */
    public static Alert confirm(Window owner, String header, String message, String yesLabel, Runnable onYes) {
        ButtonType yes = new ButtonType(yesLabel, ButtonBar.ButtonData.OK_DONE);
        Alert a = new Alert(Alert.AlertType.CONFIRMATION, message, yes, ButtonType.CANCEL);
        prepare(a, owner, "confirm-dialog", "Blueline", header);
        a.setOnHidden(e -> {
            if (a.getResult() == yes) onYes.run();
        });
        a.show();
        return a;
    }

    /** Asks for a name (a project's, say); {@code onName} gets it trimmed and never blank. */
    public static TextInputDialog askName(Window owner, String title, String header, String initial, Consumer<String> onName) {
        TextInputDialog d = new TextInputDialog(initial);
        d.initOwner(owner);
        d.setTitle(title);
        d.setHeaderText(header);
        d.setContentText("Name:");
        d.getDialogPane().setId("name-dialog");
        d.getEditor().setId("name-field");
        d.getEditor().textProperty().addListener((o, was, now) -> {
            if (now.length() > Props.MAX_NAME_LENGTH) d.getEditor().setText(now.substring(0, Props.MAX_NAME_LENGTH));
        });
        var ok = d.getDialogPane().lookupButton(ButtonType.OK);
        ok.setId("name-ok");
        ok.disableProperty().bind(d.getEditor().textProperty().map(String::isBlank));
        d.setOnHidden(e -> {
            String name = d.getResult();
            if (name != null && !name.isBlank()) onName.accept(name.strip());
        });
        d.show();
        d.getEditor().selectAll();
        d.getEditor().requestFocus();
        return d;
    }

    private static Alert show(Window owner, Alert.AlertType type, String id, String title, String header, String message) {
        Alert a = new Alert(type, message, ButtonType.OK);
        prepare(a, owner, id, title, header);
        a.show();
        return a;
    }

    private static void prepare(Alert a, Window owner, String id, String title, String header) {
        if (owner != null && owner.isShowing()) a.initOwner(owner);
        a.setTitle(title);
        a.setHeaderText(header);
        a.getDialogPane().setId(id);
        a.getDialogPane().setMinWidth(420);
        a.setResizable(true);
    }
}
