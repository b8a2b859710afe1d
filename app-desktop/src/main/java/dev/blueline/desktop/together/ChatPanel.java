package dev.blueline.desktop.together;

import atlantafx.base.theme.Styles;
import dev.blueline.desktop.editor.Editor;
import dev.blueline.model.protocol.ClientMessage;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.function.Predicate;

/**
 * The project's chat: messages (kept by the host, so they are there next time) and notices of
 * people coming and going, newest at the bottom; a field to write in, Enter sends. While offline a
 * message is not lost: it stays in the field and the status bar says why. Node ids:
 * {@code chat-list}, {@code chat-input}, {@code chat-send}.
 */
public final class ChatPanel extends VBox {
    /** The host refuses longer messages; the field stops there so nothing typed is refused. */
    static final int MAX_LENGTH = 4_000;
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm").withZone(ZoneId.systemDefault());

    private final Editor editor;
    private final Predicate<ClientMessage> send;
    private final ListView<ChatLine> list = new ListView<>();
    private final TextField input = new TextField();

    /** {@code send} hands a message to the session and says whether it went out (false while offline). */
    public ChatPanel(Editor editor, Together together, Predicate<ClientMessage> send) {
        this.editor = editor;
        this.send = send;
        setId("chat-panel");
        setSpacing(6);
        setPadding(new Insets(8));
        list.setId("chat-list");
        list.setItems(together.chat());
        list.setCellFactory(v -> new LineCell());
        list.setFocusTraversable(false);
        Label empty = new Label("No messages yet. Say hello: everyone in the project sees it.");
        empty.setWrapText(true);
        list.setPlaceholder(empty);
        together.chat().addListener((ListChangeListener<ChatLine>) c -> list.scrollTo(together.chat().size() - 1));
        VBox.setVgrow(list, Priority.ALWAYS);
        input.setId("chat-input");
        input.setPromptText("Message everyone");
        input.setTextFormatter(new javafx.scene.control.TextFormatter<String>(ch -> ch.getControlNewText().length() <= MAX_LENGTH ? ch : null));
        input.setOnAction(e -> sendTyped());
        Button sendButton = new Button("Send");
        sendButton.setId("chat-send");
        sendButton.setOnAction(e -> sendTyped());
        sendButton.disableProperty().bind(input.textProperty().map(t -> t.isBlank()));
        HBox.setHgrow(input, Priority.ALWAYS);
        getChildren().addAll(list, new HBox(6, input, sendButton));
    }

    public TextField input() {
        return input;
    }

    /** Sends what is typed; it appears in the list when the host has it (then everyone sees it). */
    void sendTyped() {
        String text = input.getText().strip();
        if (text.isEmpty()) return;
        if (send.test(new ClientMessage.ChatSend(text))) {
            input.clear();
        } else {
            editor.tell("Offline: your message is still in the chat field; send it when the host is back");
        }
    }

    private static final class LineCell extends ListCell<ChatLine> {
        LineCell() {
            setPrefWidth(0); // wrap to the list's width instead of widening it
        }

        @Override
        protected void updateItem(ChatLine line, boolean empty) {
            super.updateItem(line, empty);
            setText(null);
            if (empty || line == null) {
                setGraphic(null);
                return;
            }
            if (line.isNotice()) {
                Label l = new Label(line.text());
                l.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_ITALIC);
                l.setWrapText(true);
                setGraphic(l);
                return;
            }
            Label who = new Label((line.mine() ? "You" : line.name()) + "  " + TIME.format(line.at()));
            who.getStyleClass().addAll(Styles.TEXT_BOLD, Styles.TEXT_SMALL);
            Label text = new Label(line.text());
            text.setWrapText(true);
            setGraphic(new VBox(2, who, text));
        }
    }
}
