package dev.blueline.server.store;

import dev.blueline.model.room.ChatEntry;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static dev.blueline.model.testing.Fixtures.screen;
import static org.assertj.core.api.Assertions.assertThat;

class ChatStoreTest extends StoreTestBase {
    private User ada;
    private Project shop;
    private RoomFeed feed;

    @BeforeEach
    void project() {
        ada = user("Ada");
        shop = project("Shop", ada);
        feed = new RoomFeed(ada.id());
    }

    @Test
    void theLatestMessagesComeBackOldestFirst() throws Exception {
        List<ChatEntry> sent = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            ChatEntry m = new ChatEntry("m" + i, ada.id(), "Ada", "message " + i, START.plusSeconds(i));
            sent.add(m);
            feed.chat(m);
            feed.commit(stores.roomStore(shop.id())); // a commit with chat only
        }

        reopen();

        assertThat(stores.chat().recent(shop.id(), 3)).containsExactlyElementsOf(sent.subList(2, 5));
        assertThat(stores.chat().recent(shop.id(), 50)).containsExactlyElementsOf(sent);
        assertThat(stores.chat().recent(shop.id(), 0)).isEmpty();
        assertThat(stores.chat().recent(project("Other", ada).id(), 10)).isEmpty();
    }

    @Test
    void messagesSentInTheSameInstantKeepTheirOrder() throws Exception {
        ChatEntry first = new ChatEntry("z", ada.id(), "Ada", "first", START);
        ChatEntry second = new ChatEntry("a", ada.id(), "Ada", "second", START);
        feed.change("c1", 1, screen("s1", "Home"));
        feed.chat(first);
        feed.chat(second);
        feed.commit(stores.roomStore(shop.id()));

        assertThat(stores.chat().recent(shop.id(), 10)).containsExactly(first, second);
        assertThat(stores.chat().recent(shop.id(), 1)).containsExactly(second);
    }

    @Test
    void aChatOnlyCommitMarksTheProjectUpdatedButLeavesTheLogAlone() throws Exception {
        tick();
        feed.chat(new ChatEntry("m1", ada.id(), "Ada", "hi", START));
        feed.commit(stores.roomStore(shop.id()));

        assertThat(stores.projects().byId(shop.id())).get().extracting(Project::updatedAt).isEqualTo(START.plusSeconds(1));
        assertThat(stores.documents().seq(shop.id())).isZero();
    }
}
