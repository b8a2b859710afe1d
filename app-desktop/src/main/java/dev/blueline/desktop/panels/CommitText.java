package dev.blueline.desktop.panels;

import javafx.scene.control.TextArea;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;

import java.util.function.Consumer;

/**
 * A text field (or area) that writes when the typing is done, never per keystroke: on Enter (a
 * text area: Ctrl+Enter) or when focus leaves it. Escape puts back what the document says. While
 * someone types, document refreshes do not overwrite the field.
 */
final class CommitText {
    private final TextInputControl input;
    private final Consumer<String> commit;
    private final Runnable after;
    private String shown = "";

    /** {@code after} runs after each commit (e.g. a refresh, so a refused value snaps back). */
    CommitText(TextInputControl input, Consumer<String> commit, Runnable after) {
        this.input = input;
        this.commit = commit;
        this.after = after;
        boolean area = input instanceof TextArea;
        input.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                input.setText(shown);
                e.consume();
            } else if (e.getCode() == KeyCode.ENTER && (!area || e.isShortcutDown() || e.isControlDown())) {
                commit();
                e.consume();
            }
        });
        input.focusedProperty().addListener((o, was, now) -> {
            if (!now) commit();
        });
    }

    TextInputControl input() {
        return input;
    }

    /** Shows the document's value unless the user is in the middle of changing it. */
    void show(String text, String prompt) {
        String t = text == null ? "" : text;
        boolean typing = input.isFocused() && !input.getText().equals(shown);
        shown = t;
        if (!typing && !input.getText().equals(t)) input.setText(t);
        input.setPromptText(prompt);
    }

    /** Writes what was typed, if it differs from what was shown. */
    void commit() {
        String t = input.getText() == null ? "" : input.getText();
        if (t.equals(shown)) return;
        shown = t;
        commit.accept(t);
        after.run();
    }
}
