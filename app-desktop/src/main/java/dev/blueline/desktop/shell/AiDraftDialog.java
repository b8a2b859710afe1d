package dev.blueline.desktop.shell;

import dev.blueline.desktop.editor.Editor;
import dev.blueline.desktop.editor.commands.DraftScreen;
import dev.blueline.desktop.editor.commands.Placement;
import dev.blueline.desktop.panels.DevicePreset;
import dev.blueline.model.document.Props;
import dev.blueline.model.ops.Put;
import dev.blueline.server.ai.Draft;
import dev.blueline.server.ai.DraftRequest;
import javafx.application.Platform;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * AI ▸ Draft a screen…: a sentence and a screen size in, a new screen out. The drafter runs off
 * the FX thread (over the network it takes seconds) while a spinner and Cancel show; a cancelled
 * draft's answer is dropped when it arrives. The answer becomes a new screen with all its
 * elements in one change, so one undo takes it all back, and the editor shows it.
 */
public final class AiDraftDialog {
    /** Shown under the sentence; a click puts one in. */
    static final List<String> EXAMPLES = List.of(
            "a login screen with email and password",
            "a dashboard with a sidebar, four stat cards and a sales chart",
            "a settings page with profile fields and notification toggles");
    /** At most one draft window per editor window. */
    private static final List<AiDraftDialog> OPEN = new ArrayList<>();

    /** A size to draft at; {@code device} is the screen's preset name, or null for a size that is none. */
    record Size(String label, double w, double h, String device) {
        @Override
        public String toString() {
            return label;
        }
    }

    private final EditorWindow window;
    private final Stage stage = new Stage();
    private final TextArea prompt = new TextArea();
    private final ComboBox<Size> size = new ComboBox<>();
    private final Button draft = new Button("Draft");
    private final Button cancel = new Button("Cancel");
    private final ProgressIndicator progress = new ProgressIndicator();
    private final Label message = new Label();
    /** The draft running now, or null; an answer whose ticket is no longer this one is ignored. */
    private Object running;

    private AiDraftDialog(EditorWindow window) {
        this.window = window;
        build();
    }

    /** Opens the window over the editor window (or brings the open one forward). */
    public static AiDraftDialog show(EditorWindow w) {
        Optional<AiDraftDialog> open = showing(w);
        if (open.isPresent()) {
            open.get().stage.toFront();
            return open.get();
        }
        AiDraftDialog d = new AiDraftDialog(w);
        OPEN.add(d);
        d.stage.setOnHidden(e -> {
            d.running = null; // closing while drafting cancels
            OPEN.remove(d);
        });
        d.stage.show();
        d.prompt.requestFocus();
        return d;
    }

    /** The draft window open over this editor window, if any. */
    public static Optional<AiDraftDialog> showing(EditorWindow w) {
        return OPEN.stream().filter(d -> d.window == w && d.stage.isShowing()).findFirst();
    }

    public Stage stage() {
        return stage;
    }

    /** The message line: a problem with the sentence, "Drafting…", why a draft failed. */
    public String message() {
        return message.getText();
    }

    /** Whether a draft is on its way. */
    public boolean isDrafting() {
        return running != null;
    }

    private void build() {
        prompt.setId("ai-draft-prompt");
        prompt.setPromptText("Describe the screen, e.g. " + EXAMPLES.getFirst());
        prompt.setWrapText(true);
        prompt.setPrefRowCount(4);
        prompt.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER && e.isShortcutDown()) {
                e.consume();
                start();
            }
        });

        FlowPane examples = new FlowPane(4, 0);
        examples.getChildren().add(new Label("Try:"));
        for (int i = 0; i < EXAMPLES.size(); i++) {
            String example = EXAMPLES.get(i);
            Hyperlink link = new Hyperlink(example);
            link.setId("ai-draft-example-" + i);
            link.setFocusTraversable(false);
            link.setOnAction(e -> {
                prompt.setText(example);
                prompt.positionCaret(example.length());
                prompt.requestFocus();
            });
            examples.getChildren().add(link);
        }

        size.setId("ai-draft-size");
        sizes(size);

        draft.setId("ai-draft-go");
        draft.setOnAction(e -> start());
        cancel.setId("ai-draft-cancel");
        cancel.setCancelButton(true); // Esc
        cancel.setOnAction(e -> cancel());
        progress.setId("ai-draft-progress");
        progress.setPrefSize(22, 22);
        progress.setVisible(false);
        progress.managedProperty().bind(progress.visibleProperty()); // no gap before the message when idle
        message.setId("ai-draft-message");
        message.setWrapText(true);
        message.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(message, Priority.ALWAYS);

        HBox sizeRow = new HBox(8, new Label("Screen size:"), size);
        sizeRow.setAlignment(Pos.CENTER_LEFT);
        HBox buttons = new HBox(8, progress, message, draft, cancel);
        buttons.setAlignment(Pos.CENTER_RIGHT);
        VBox.setVgrow(prompt, Priority.ALWAYS);
        VBox root = new VBox(8, new Label("Describe the screen to draft:"), prompt, examples, sizeRow, buttons);
        root.setId("ai-draft");
        root.setPadding(new Insets(12));
        stage.setScene(Theme.style(new Scene(root, 560, 320)));
        stage.initOwner(window.stage());
        stage.setTitle("Draft a screen — Blueline");
    }

    /** The current screen's size first (as its preset when it is one), then the presets. */
    private void sizes(ComboBox<Size> box) {
        Editor e = window.editor();
        String current = e.screen();
        double w = current == null ? 0 : e.doc().number(current, Props.W), h = current == null ? 0 : e.doc().number(current, Props.H);
        Optional<DevicePreset> same = current == null ? Optional.empty() : DevicePreset.ofSize(w, h);
        Size chosen = null;
        if (current != null && same.isEmpty()) {
            chosen = new Size("This screen  " + DevicePreset.size(w, h), w, h, null);
            box.getItems().add(chosen);
        }
        for (DevicePreset p : DevicePreset.values()) {
            boolean here = same.isPresent() && same.get() == p;
            Size s = new Size(p.describe() + (here ? "  (this screen)" : ""), p.width(), p.height(), p.wireName());
            box.getItems().add(s);
            if (here) chosen = s;
        }
        box.setValue(chosen != null ? chosen : box.getItems().getFirst());
    }

    /** Checks the sentence and starts drafting off the FX thread; a problem shows on the message line. */
    private void start() {
        if (running != null) return;
        Size s = size.getValue();
        DraftRequest request;
        try {
            request = new DraftRequest(prompt.getText() == null ? "" : prompt.getText(), s.w(), s.h());
        } catch (IllegalArgumentException ex) {
            message.setText(Shell.capitalise(ex.getMessage()) + ".");
            prompt.requestFocus();
            return;
        }
        Object ticket = new Object();
        running = ticket;
        busy(true);
        message.setText("Drafting…");
        AiDrafting drafting = window.shell().drafting();
        CompletableFuture.supplyAsync(() -> drafting.draft(request), r -> Thread.ofPlatform().name("ai-draft").daemon(true).start(r))
                .whenComplete((result, failure) -> Platform.runLater(() -> finished(ticket, s, result, failure)));
    }

    /** Cancel: stops waiting for a running draft (its answer is dropped); otherwise closes the window. */
    private void cancel() {
        if (running == null) {
            stage.close();
            return;
        }
        running = null;
        busy(false);
        message.setText("Cancelled: nothing was added.");
    }

    private void finished(Object ticket, Size s, Draft result, Throwable failure) {
        if (running != ticket) return; // cancelled, or the window was closed
        running = null;
        busy(false);
        if (failure != null) {
            Throwable cause = failure instanceof CompletionException && failure.getCause() != null ? failure.getCause() : failure;
            message.setText("The screen could not be drafted: " + (cause.getMessage() == null ? cause.toString() : cause.getMessage()));
            return;
        }
        Editor e = window.editor();
        String id = Placement.newId();
        List<Put> ops;
        try {
            ops = DraftScreen.ops(e.doc(), result, s.w(), s.h(), s.device(), id, Placement::newId);
        } catch (IllegalArgumentException ex) {
            message.setText("The draft could not be used: " + ex.getMessage() + ".");
            return;
        }
        if (!e.submit(ops)) {
            message.setText(e.statusProperty().get());
            return;
        }
        e.showScreen(id);
        e.tell(outcome(e.doc().text(id, Props.NAME), result));
        stage.close();
    }

    private void busy(boolean on) {
        progress.setVisible(on);
        draft.setDisable(on);
        prompt.setDisable(on);
        size.setDisable(on);
    }

    /** What the status bar says after a draft: where it came from, and the drafter's notice. */
    static String outcome(String screenName, Draft d) {
        String notice = d.notice() == null ? "" : d.notice().strip();
        if (d.source() == Draft.Source.AI) {
            return "Drafted “" + screenName + "” with HuggingFace" + (notice.isEmpty() ? "" : " (" + lowerFirst(notice) + ")");
        }
        if (notice.startsWith("Drafted")) return notice; // the drafter's own words ("Drafted offline: no token is set")
        return "Drafted “" + screenName + "” offline" + (notice.isEmpty() ? "" : ": " + lowerFirst(notice));
    }

    /** The notice reads on in the sentence: "No token set" becomes "no token set"; "HuggingFace …" keeps its capital. */
    private static String lowerFirst(String s) {
        if (s.length() > 1 && Character.isUpperCase(s.charAt(0)) && Character.isLowerCase(s.charAt(1))) {
            return Character.toLowerCase(s.charAt(0)) + s.substring(1);
        }
        return s;
    }
}
