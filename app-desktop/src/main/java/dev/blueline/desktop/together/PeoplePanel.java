package dev.blueline.desktop.together;

import atlantafx.base.theme.Styles;
import dev.blueline.desktop.canvas.PersonColour;
import dev.blueline.desktop.editor.Editor;
import dev.blueline.model.document.Props;
import dev.blueline.model.protocol.HostMessage;
import dev.blueline.model.protocol.HostMessage.PeerPresence;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Circle;

/**
 * Who is in the project: this user (name and role) and everyone else, each with their colour and
 * the screen they are on; a person's Follow button (or a double-click) follows their view. Below,
 * the "hide my cursor" switch. Node ids: {@code people-me}, {@code people-list}, {@code hide-cursor};
 * a person's follow button is {@code follow-<clientId>}.
 */
public final class PeoplePanel extends VBox {
    private final Editor editor;
    private final Together together;
    private final ListView<PeerPresence> list = new ListView<>();

    public PeoplePanel(Editor editor, Together together) {
        this.editor = editor;
        this.together = together;
        setId("people-panel");
        setSpacing(8);
        setPadding(new Insets(8));
        Label me = new Label();
        me.setId("people-me");
        me.setWrapText(true);
        me.textProperty().bind(together.meProperty().map(PeoplePanel::describeMe).orElse("You (connecting…)"));
        list.setId("people-list");
        list.setItems(together.people());
        list.setCellFactory(v -> new PersonCell());
        Label empty = new Label("No one else is here yet. Host on LAN and copy an invite from the Session menu.");
        empty.setWrapText(true);
        list.setPlaceholder(empty);
        VBox.setVgrow(list, Priority.ALWAYS);
        CheckBox hide = new CheckBox("Hide my cursor");
        hide.setId("hide-cursor");
        hide.selectedProperty().bindBidirectional(together.hideCursorProperty());
        // a screen renamed or a follow started changes what the rows say
        together.followingProperty().addListener(o -> list.refresh());
        editor.addListener(ids -> {
            // only a change to a screen someone is on (renamed, deleted) changes what a row says
            if (ids == null || together.people().stream().anyMatch(p -> p.screen() != null && ids.contains(p.screen()))) list.refresh();
        });
        getChildren().addAll(me, list, hide);
    }

    private static String describeMe(HostMessage.You you) {
        String role = switch (you.role()) {
            case "owner" -> "owner";
            case "viewer" -> "viewer: you can look, follow and chat, not edit";
            default -> "editor";
        };
        return "You: " + you.name() + " (" + role + ")";
    }

    /** Where a person is, in words. */
    String whereIs(PeerPresence p) {
        if (p.screen() == null || !editor.doc().isLive(p.screen())) return "not on a screen";
        String name = editor.doc().text(p.screen(), Props.NAME);
        return "on " + (name == null || name.isBlank() ? "a screen" : name)
                + (p.screen().equals(editor.screen()) ? " (here)" : "");
    }

    private final class PersonCell extends ListCell<PeerPresence> {
        @Override
        protected void updateItem(PeerPresence p, boolean empty) {
            super.updateItem(p, empty);
            setText(null);
            if (empty || p == null) {
                setGraphic(null);
                setOnMouseClicked(null);
                return;
            }
            Circle dot = new Circle(5, PersonColour.of(p));
            Label name = new Label(p.name());
            name.getStyleClass().add(Styles.TEXT_BOLD);
            Label where = new Label(whereIs(p));
            where.getStyleClass().add(Styles.TEXT_MUTED);
            VBox text = new VBox(name, where);
            Region gap = new Region();
            HBox.setHgrow(gap, Priority.ALWAYS);
            ToggleButton follow = new ToggleButton(p.clientId().equals(together.followingProperty().get()) ? "Following" : "Follow");
            follow.setId("follow-" + p.clientId());
            follow.setSelected(p.clientId().equals(together.followingProperty().get()));
            follow.getStyleClass().add(Styles.SMALL);
            follow.setOnAction(e -> together.toggleFollow(p.clientId()));
            HBox row = new HBox(8, dot, text, gap, follow);
            row.setAlignment(Pos.CENTER_LEFT);
            setGraphic(row);
            setOnMouseClicked(e -> {
                if (e.getClickCount() == 2) together.toggleFollow(p.clientId());
            });
        }
    }

}
