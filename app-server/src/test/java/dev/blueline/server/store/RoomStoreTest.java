package dev.blueline.server.store;

import dev.blueline.model.document.Props;
import dev.blueline.model.document.Value;
import dev.blueline.model.ops.Put;
import dev.blueline.model.ops.SequencedChange;
import dev.blueline.model.room.ChatEntry;
import dev.blueline.model.room.RoomStore;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.OptionalLong;

import static dev.blueline.model.testing.Fixtures.element;
import static dev.blueline.model.testing.Fixtures.move;
import static dev.blueline.model.testing.Fixtures.screen;
import static dev.blueline.model.testing.Fixtures.set;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RoomStoreTest extends StoreTestBase {
    private User ada;
    private Project shop;
    private RoomFeed feed;

    @BeforeEach
    void project() {
        ada = user("Ada");
        shop = project("Shop", ada);
        feed = new RoomFeed(ada.id());
    }

    private RoomStore room() {
        return stores.roomStore(shop.id());
    }

    @Test
    void aNewProjectLoadsEmpty() {
        RoomStore.Loaded loaded = room().load();

        assertThat(loaded.document().size()).isZero();
        assertThat(loaded.seq()).isZero();
        assertThat(room().changes(1, 100)).isEmpty();
        assertThat(room().seqOf("c1", 1)).isEmpty();
        assertThat(room().lastClientSeq("c1")).isZero();
    }

    @Test
    void committedChangesAreLoadedFromDiskAfterARestart() throws Exception {
        feed.change("c1", 1, screen("s1", "Home"));
        feed.change("c1", 2, element("p1", "panel", "s1", 10, 10), element("b1", "button", "s1", "p1", 20.5, -3));
        feed.commit(room());
        feed.change("c2", 1, move("b1", 40, 50), set("b1", Props.TEXT, Value.of("Pay \"now\" — ✓\nline two")));
        feed.change("c1", 3, set("p1", Props.FILL, Value.of("#ff0000")), set("b1", Props.BOLD, Value.of(true)));
        feed.change("c1", 4, set("p1", Props.FILL, Value.NULL));
        feed.commit(room());

        reopen();
        RoomStore.Loaded loaded = room().load();

        assertThat(loaded.document()).isEqualTo(feed.doc);
        assertThat(loaded.document().text("b1", Props.TEXT)).isEqualTo("Pay \"now\" — ✓\nline two");
        assertThat(loaded.document().get("p1", Props.FILL)).isEqualTo(Value.NULL);
        assertThat(loaded.document().text("b1", Props.PARENT)).isEqualTo("p1");
        assertThat(loaded.seq()).isEqualTo(5);
        assertThat(room().changes(1, 5)).containsExactlyElementsOf(feed.committed);
        assertThat(room().changes(4, 99)).extracting(SequencedChange::seq).containsExactly(4L, 5L);
        assertThat(room().changes(6, 9)).isEmpty();
    }

    @Test
    void aResentChangeIsFoundByItsClientSeq() throws Exception {
        feed.change("c1", 1, screen("s1", "Home"));
        feed.change("c2", 7, element("e1", "button", "s1", 0, 0));
        feed.change("c1", 5, move("e1", 1, 1)); // client seqs need not be contiguous
        feed.commit(room());

        assertThat(room().seqOf("c1", 1)).isEqualTo(OptionalLong.of(1));
        assertThat(room().seqOf("c2", 7)).isEqualTo(OptionalLong.of(2));
        assertThat(room().seqOf("c1", 5)).isEqualTo(OptionalLong.of(3));
        assertThat(room().seqOf("c1", 3)).isEmpty();
        assertThat(room().seqOf("c9", 1)).isEmpty();
        assertThat(room().lastClientSeq("c1")).isEqualTo(5);
        assertThat(room().lastClientSeq("c2")).isEqualTo(7);
        assertThat(room().lastClientSeq("c9")).isZero();

        Project other = project("Other", ada);
        assertThat(stores.roomStore(other.id()).seqOf("c1", 1)).isEmpty();
        assertThat(stores.roomStore(other.id()).lastClientSeq("c1")).isZero();
    }

    @Test
    void aFailedCommitStoresNothingOfItsBatch() throws Exception {
        feed.change("c1", 1, screen("s1", "Home"));
        feed.change("c1", 2, element("e1", "button", "s1", 0, 0));
        feed.commit(room());
        RoomStore.Loaded before = room().load();
        List<SequencedChange> logBefore = room().changes(1, 10);
        ChatEntry hello = new ChatEntry("m1", ada.id(), "Ada", "hello", START);
        List<Put> touched = List.of(new Put("e2", element("e2", "button", "s1", 5, 5).set()), new Put("e1", move("e1", 9, 9).set()));

        // seq 3 is new, but its second change re-uses client seq 1 of c1: the unique key fails half-way through
        List<SequencedChange> duplicateClientSeq = List.of(
                new SequencedChange(3, "c1", 3, ada.id(), List.of(element("e2", "button", "s1", 5, 5))),
                new SequencedChange(4, "c1", 1, ada.id(), List.of(move("e1", 9, 9))));
        assertThatThrownBy(() -> room().commit("e1", duplicateClientSeq, touched, List.of(hello))).isInstanceOf(RuntimeException.class);
        // seq 2 is taken
        List<SequencedChange> duplicateSeq = List.of(new SequencedChange(2, "c1", 3, ada.id(), List.of(move("e1", 9, 9))));
        assertThatThrownBy(() -> room().commit("e1", duplicateSeq, touched, List.of(hello))).isInstanceOf(IllegalStateException.class);
        // seq 4 would leave a hole at 3
        List<SequencedChange> gap = List.of(new SequencedChange(4, "c1", 3, ada.id(), List.of(move("e1", 9, 9))));
        assertThatThrownBy(() -> room().commit("e1", gap, touched, List.of(hello))).isInstanceOf(IllegalStateException.class);

        reopen();
        RoomStore.Loaded after = room().load();
        assertThat(after.document()).isEqualTo(before.document());
        assertThat(after.document().exists("e2")).isFalse();
        assertThat(after.seq()).isEqualTo(2);
        assertThat(room().changes(1, 10)).isEqualTo(logBefore);
        assertThat(room().seqOf("c1", 3)).isEmpty();
        assertThat(stores.chat().recent(shop.id(), 10)).isEmpty();
        assertThat(stores.documents().object(shop.id(), "e1")).get().extracting(o -> o.props().get(Props.X)).isEqualTo(Value.of(0));

        // and the room carries on from where the log really is
        feed.change("c1", 3, move("e1", 9, 9));
        feed.commit(room());
        assertThat(room().load().seq()).isEqualTo(3);
    }

    @Test
    void aCommitToAProjectThatDoesNotExistFails() {
        List<SequencedChange> changes = List.of(new SequencedChange(1, "c1", 1, ada.id(), List.of(screen("s1", "Home"))));

        assertThatThrownBy(() -> stores.roomStore("no-such-project").commit("e1", changes, List.of(screen("s1", "Home")), List.of()))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void eachObjectRemembersTheLastChangeThatWroteIt() throws Exception {
        feed.change("c1", 1, screen("s1", "Home"));
        feed.change("c1", 2, element("e1", "button", "s1", 0, 0));
        feed.change("c1", 3, element("e2", "button", "s1", 0, 0));
        feed.change("c1", 4, move("e1", 5, 5));
        feed.commit(room());

        assertThat(stores.documents().object(shop.id(), "s1")).get().extracting(StoredObject::updatedSeq).isEqualTo(1L);
        assertThat(stores.documents().object(shop.id(), "e1")).get().extracting(StoredObject::updatedSeq).isEqualTo(4L);
        assertThat(stores.documents().object(shop.id(), "e2")).get().extracting(StoredObject::updatedSeq).isEqualTo(3L);
        assertThat(stores.documents().seq(shop.id())).isEqualTo(4);
    }

    @Test
    void committingMarksTheProjectUpdated() throws Exception {
        Project other = project("Other", ada);
        tick();
        feed.change("c1", 1, screen("s1", "Home"));
        feed.commit(room());

        assertThat(stores.projects().byId(shop.id())).get().extracting(Project::updatedAt).isEqualTo(START.plusSeconds(1));
        assertThat(stores.projects().forUser(ada.id())).extracting(Project::id).containsExactly(shop.id(), other.id());
    }
}
