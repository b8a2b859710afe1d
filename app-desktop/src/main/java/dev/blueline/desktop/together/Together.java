package dev.blueline.desktop.together;

import dev.blueline.model.protocol.HostMessage;
import dev.blueline.model.protocol.HostMessage.PeerPresence;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Who else is in the project and what they say: the people list (with where they are and what they
 * have selected), the chat with its unread count, the person being followed, and this user's own
 * "hide my cursor" choice. Fed by the session on the FX thread; the panels and the canvas listen.
 */
public final class Together {
    /** How many chat lines are kept on screen; older ones stay with the host. */
    static final int MAX_LINES = 500;

    private final ObservableList<PeerPresence> people = FXCollections.observableArrayList();
    private final ObservableList<ChatLine> chat = FXCollections.observableArrayList();
    private final IntegerProperty unread = new SimpleIntegerProperty();
    private final BooleanProperty chatShown = new SimpleBooleanProperty();
    private final BooleanProperty hideCursor = new SimpleBooleanProperty();
    private final ObjectProperty<String> following = new SimpleObjectProperty<>();
    private final ObjectProperty<HostMessage.You> me = new SimpleObjectProperty<>();
    private final Set<String> chatIds = new HashSet<>();

    public Together() {
        chatShown.addListener((o, was, shown) -> {
            if (shown) unread.set(0);
        });
    }

    /** Everyone else here now, in the order they came. */
    public ObservableList<PeerPresence> people() {
        return people;
    }

    public ObservableList<ChatLine> chat() {
        return chat;
    }

    /** Messages from others that arrived while the chat was not shown. */
    public ReadOnlyIntegerProperty unreadProperty() {
        return unread;
    }

    /** Set by the window while the chat panel is in view: messages then count as read. */
    public BooleanProperty chatShownProperty() {
        return chatShown;
    }

    public BooleanProperty hideCursorProperty() {
        return hideCursor;
    }

    /** The client id of the person whose view this one follows, or null. */
    public ObjectProperty<String> followingProperty() {
        return following;
    }

    public ObjectProperty<HostMessage.You> meProperty() {
        return me;
    }

    public boolean isViewer() {
        return me.get() != null && "viewer".equals(me.get().role());
    }

    public PeerPresence person(String clientId) {
        for (PeerPresence p : people) if (p.clientId().equals(clientId)) return p;
        return null;
    }

    // ---- from the session

    /** Joined (or joined again after being away): who is here now, quietly, without a notice each. */
    public void welcomed(HostMessage.You you, List<PeerPresence> peers) {
        me.set(you);
        people.setAll(peers);
        if (following.get() != null && person(following.get()) == null) following.set(null);
    }

    /** The link to the host is gone: who was here is not known any more (the next welcome says). */
    public void disconnected() {
        people.clear();
        following.set(null);
    }

    /** Someone moved, selected, or arrived. */
    public void presence(PeerPresence p) {
        for (int i = 0; i < people.size(); i++) {
            if (people.get(i).clientId().equals(p.clientId())) {
                people.set(i, p);
                return;
            }
        }
        people.add(p);
        notice(p.name() + " joined");
    }

    public void left(String clientId) {
        PeerPresence gone = person(clientId);
        if (gone == null) return;
        people.remove(gone);
        if (clientId.equals(following.get())) following.set(null);
        notice(gone.name() + " left");
    }

    public void chat(HostMessage.ChatMessage m) {
        if (!add(line(m))) return;
        if (!chatShown.get() && !isMine(m)) unread.set(unread.get() + 1);
    }

    /** Messages from before this window opened (from the host's history): shown in order, not counted as unread. */
    public void history(List<HostMessage.ChatMessage> earlier) {
        for (HostMessage.ChatMessage m : earlier) add(line(m));
        FXCollections.sort(chat, Comparator.comparing(ChatLine::at));
    }

    /** Something this app tells everyone in the chat panel (not sent to anyone). */
    public void notice(String text) {
        add(ChatLine.notice(text));
    }

    // ---- following

    /** Follows this person's view, or stops when they are the one followed already. */
    public void toggleFollow(String clientId) {
        following.set(clientId.equals(following.get()) ? null : clientId);
    }

    private boolean add(ChatLine line) {
        if (line.id() != null && !chatIds.add(line.id())) return false;
        chat.add(line);
        if (chat.size() > MAX_LINES) {
            ChatLine dropped = chat.removeFirst();
            if (dropped.id() != null) chatIds.remove(dropped.id());
        }
        return true;
    }

    private boolean isMine(HostMessage.ChatMessage m) {
        return me.get() != null && me.get().userId().equals(m.userId());
    }

    private ChatLine line(HostMessage.ChatMessage m) {
        return new ChatLine(m.id(), m.name(), m.text(), instant(m.at()), isMine(m));
    }

    private static Instant instant(String at) {
        try {
            return at == null ? Instant.now() : Instant.parse(at);
        } catch (DateTimeParseException e) {
            return Instant.now();
        }
    }
}
