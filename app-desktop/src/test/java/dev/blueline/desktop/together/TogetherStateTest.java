package dev.blueline.desktop.together;

import dev.blueline.model.protocol.HostMessage;
import dev.blueline.model.protocol.HostMessage.PeerPresence;
import dev.blueline.model.protocol.Point;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The people list, chat and follow state as the session feeds it, without a window. */
class TogetherStateTest {
    private static final HostMessage.You ME = new HostMessage.You("u-me", "Ann", "#2563eb", "editor");

    private static PeerPresence peer(String client, String name, Point cursor) {
        return new PeerPresence(client, "u-" + client, name, "#ea580c", "s1", cursor, List.of(), null, null);
    }

    private static HostMessage.ChatMessage message(String id, String user, String text, String at) {
        return new HostMessage.ChatMessage(id, user, user.equals("u-me") ? "Ann" : "Bea", text, at);
    }

    @Test
    void peopleHereOnJoiningAreListedQuietlyAndLaterArrivalsAndLeavesAreAnnounced() {
        Together t = new Together();
        t.welcomed(ME, List.of(peer("c1", "Bea", null)));
        assertThat(t.people()).extracting(PeerPresence::name).containsExactly("Bea");
        assertThat(t.chat()).as("no notice for who was already here").isEmpty();

        t.presence(peer("c2", "Cy", null));
        t.presence(peer("c2", "Cy", new Point(10, 20)));
        assertThat(t.people()).hasSize(2);
        assertThat(t.person("c2").cursor()).isEqualTo(new Point(10, 20));
        t.left("c1");
        t.left("c1"); // tried: the same leave twice
        assertThat(t.chat()).extracting(ChatLine::text).containsExactly("Cy joined", "Bea left");
    }

    @Test
    void messagesFromOthersAreUnreadUntilTheChatIsShownAndYourOwnNeverAre() {
        Together t = new Together();
        t.welcomed(ME, List.of());
        t.chat(message("m1", "u-bea", "hi", "2025-11-29T10:00:00Z"));
        t.chat(message("m2", "u-me", "hello", "2025-11-29T10:00:05Z"));
        t.chat(message("m1", "u-bea", "hi", "2025-11-29T10:00:00Z")); // tried: the same message again
        assertThat(t.unreadProperty().get()).isEqualTo(1);
        assertThat(t.chat()).extracting(ChatLine::mine).containsExactly(false, true);
        t.chatShownProperty().set(true);
        assertThat(t.unreadProperty().get()).isZero();
        t.chat(message("m3", "u-bea", "seen at once", "2025-11-29T10:01:00Z"));
        assertThat(t.unreadProperty().get()).isZero();
    }

    @Test
    void historyFillsInEarlierMessagesInOrderWithoutDuplicatesOrUnread() {
        Together t = new Together();
        t.welcomed(ME, List.of());
        t.chat(message("m3", "u-bea", "live", "2025-11-29T10:03:00Z"));
        t.history(List.of(message("m1", "u-bea", "first", "2025-11-29T10:01:00Z"), message("m3", "u-bea", "live", "2025-11-29T10:03:00Z"),
                message("m2", "u-me", "second", "not a time")));
        assertThat(t.chat()).extracting(ChatLine::text).containsExactly("first", "live", "second");
        assertThat(t.unreadProperty().get()).isEqualTo(1);
    }

    @Test
    void theChatKeepsTheLatestLinesOnly() {
        Together t = new Together();
        for (int i = 0; i < Together.MAX_LINES + 20; i++) t.notice("n" + i);
        assertThat(t.chat()).hasSize(Together.MAX_LINES);
        assertThat(t.chat().getFirst().text()).isEqualTo("n20");
    }

    @Test
    void followingStopsWhenTheFollowedPersonLeavesOrIsGoneAfterAReconnect() {
        Together t = new Together();
        t.welcomed(ME, List.of(peer("c1", "Bea", null), peer("c2", "Cy", null)));
        t.toggleFollow("c1");
        assertThat(t.followingProperty().get()).isEqualTo("c1");
        t.toggleFollow("c1");
        assertThat(t.followingProperty().get()).as("a second click stops").isNull();
        t.toggleFollow("c1");
        t.left("c1");
        assertThat(t.followingProperty().get()).isNull();
        t.toggleFollow("c2");
        t.welcomed(ME, List.of(peer("c3", "Dee", null)));
        assertThat(t.followingProperty().get()).isNull();
        assertThat(t.isViewer()).isFalse();
        t.welcomed(new HostMessage.You("u-me", "Ann", "#2563eb", "viewer"), List.of());
        assertThat(t.isViewer()).isTrue();
    }
}
