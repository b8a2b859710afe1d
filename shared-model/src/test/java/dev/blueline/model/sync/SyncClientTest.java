package dev.blueline.model.sync;

import dev.blueline.model.document.Document;
import dev.blueline.model.document.Props;
import dev.blueline.model.document.Value;
import dev.blueline.model.ops.ChangeValidator;
import dev.blueline.model.ops.Put;
import dev.blueline.model.protocol.Codec;
import dev.blueline.model.protocol.HostMessage;
import dev.blueline.model.room.InMemoryRoomStore;
import dev.blueline.model.room.Member;
import dev.blueline.model.room.Role;
import dev.blueline.model.room.Room;
import dev.blueline.model.room.RoomSettings;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static dev.blueline.model.testing.Fixtures.element;
import static dev.blueline.model.testing.Fixtures.move;
import static dev.blueline.model.testing.Fixtures.screen;
import static org.assertj.core.api.Assertions.assertThat;

class SyncClientTest {
    static final Member ADA = new Member("u1", "Ada", "#3b82f6", Role.EDITOR);
    static final Member LIN = new Member("u2", "Lin", "#f97316", Role.EDITOR);

    InMemoryRoomStore roomStore;
    Room room;
    InMemoryPendingStore adaStore;
    Recorder adaHeard;
    Link ada;
    Link lin;

    @BeforeEach
    void setUp() {
        roomStore = new InMemoryRoomStore();
        room = new Room("p1", roomStore, new Codec(), RoomSettings.DEFAULT, () -> 0L, Instant::now);
        adaStore = new InMemoryPendingStore("ca");
        adaHeard = new Recorder();
        ada = new Link(room, ADA, new SyncClient(adaStore, adaHeard)).connect();
        lin = new Link(room, LIN, new SyncClient(new InMemoryPendingStore("cl"), null)).connect();
        Link.settle(ada, lin);
        ada.client.submit(List.of(screen("s1", "Home"), element("e1", "button", "s1", 10, 10)));
        Link.settle(ada, lin);
    }

    double x(Link l, String id) {
        return l.client.visible().number(id, Props.X);
    }

    @Test
    void aLocalEditShowsAtOnceAndIsConfirmedByTheAck() {
        ada.client.submit(List.of(move("e1", 50, 10)));
        assertThat(x(ada, "e1")).isEqualTo(50);
        assertThat(ada.client.confirmed().number("e1", Props.X)).isEqualTo(10);
        assertThat(ada.client.isSynced()).as("not synced while the host has not acknowledged").isFalse();

        Link.settle(ada, lin);
        assertThat(ada.client.isSynced()).isTrue();
        assertThat(ada.client.confirmed().number("e1", Props.X)).isEqualTo(50);
        assertThat(x(lin, "e1")).isEqualTo(50);
    }

    @Test
    void aRemoteValueWaitsBehindMyPendingWriteOfTheSameProperty() {
        ada.client.submit(List.of(move("e1", 50, 10)));       // pending at Ada
        lin.client.submit(List.of(Put.on("e1").set(Props.X, 70.0).set(Props.TEXT, "Lin's").build()));
        lin.toHost();                                          // Lin's change is seq 3
        ada.toClient();                                        // Ada sees it while hers is pending

        assertThat(x(ada, "e1")).as("my pending x still shows").isEqualTo(50);
        assertThat(ada.client.visible().text("e1", Props.TEXT)).as("a property I did not touch updates").isEqualTo("Lin's");

        Link.settle(ada, lin);
        assertThat(x(ada, "e1")).as("mine came later, so it wins everywhere").isEqualTo(50);
        assertThat(x(lin, "e1")).isEqualTo(50);
    }

    @Test
    void aRefusedChangeIsTakenBackAndTheUserIsTold() {
        lin.client.submit(List.of(Put.of("s1", Props.DELETED, Value.of(true))));
        Link.settle(lin);                                      // screen deleted at the host; Ada has not heard yet
        ada.client.submit(List.of(element("e2", "label", "s1", 0, 0)));
        assertThat(ada.client.visible().exists("e2")).isTrue();

        Link.settle(ada, lin);
        assertThat(ada.client.visible().exists("e2")).isFalse();
        assertThat(adaHeard.refusals).singleElement().satisfies(r -> {
            assertThat(r.code()).isEqualTo("bad_reference");
            assertThat(r.message()).contains("e2").contains("deleted");
        });
        assertThat(ada.client.visible()).isEqualTo(room.document());
    }

    @Test
    void editsMadeOfflineAreSentOnReconnectInOrder() {
        ada.cut();
        ada.client.submit(List.of(move("e1", 1, 1)));
        ada.client.submit(List.of(Put.of("e1", Props.TEXT, Value.of("offline"))));
        lin.client.submit(List.of(move("e1", 99, 99)));
        Link.settle(lin);
        assertThat(room.document().number("e1", Props.X)).isEqualTo(99);

        ada.connect();
        Link.settle(ada, lin);
        assertThat(room.document().number("e1", Props.X)).as("Ada's offline move came later, so it wins").isEqualTo(1);
        assertThat(room.document().text("e1", Props.TEXT)).isEqualTo("offline");
        assertThat(ada.client.visible()).isEqualTo(room.document());
        assertThat(lin.client.visible()).isEqualTo(room.document());
    }

    @Test
    void pendingEditsSurviveARestartAndAreNotSentTwice() {
        ada.cut();
        ada.client.submit(List.of(move("e1", 5, 5)));
        ada.client.submit(List.of(move("e1", 6, 6)));
        // the app quits; a new one starts with the same pending store and no document
        SyncClient restarted = new SyncClient(adaStore, null);
        assertThat(restarted.pending()).extracting(PendingChange::clientSeq).containsExactly(2L, 3L);
        Link again = new Link(room, ADA, restarted).connect();
        Link.settle(again, lin);

        assertThat(room.document().number("e1", Props.X)).isEqualTo(6);
        assertThat(roomStore.log()).hasSize(3);
        restarted.submit(List.of(move("e1", 7, 7)));
        assertThat(restarted.pending()).extracting(PendingChange::clientSeq).as("client seqs continue, never reused").containsExactly(4L);
        Link.settle(again, lin);
        assertThat(roomStore.log()).hasSize(4);
    }

    @Test
    void anAckLostInTheOutageIsRecognisedDuringCatchUp() {
        ada.client.submit(List.of(move("e1", 5, 5)));
        ada.toHost();                       // accepted at the host…
        ada.cut();                          // …but the ack never arrives
        assertThat(ada.client.pending()).hasSize(1);

        ada.connect();
        Link.settle(ada, lin);
        assertThat(ada.client.pending()).isEmpty();
        assertThat(roomStore.log()).as("not applied twice").hasSize(2);
        assertThat(ada.client.visible()).isEqualTo(room.document());
    }

    @Test
    void anAckLostBeforeASnapshotIsAnsweredFromTheHostsMemory() {
        room = new Room("p1", roomStore, new Codec(), RoomSettings.DEFAULT.withRecentChanges(1), () -> 0L, Instant::now);
        SyncClient c = new SyncClient(new InMemoryPendingStore("cz"), null);
        Link z = new Link(room, ADA, c).connect();
        Link.settle(z);
        c.submit(List.of(move("e1", 5, 5)));
        z.toHost();
        z.cut();
        lin.cut();
        lin = new Link(room, LIN, lin.client).connect();
        for (int i = 0; i < 3; i++) {
            lin.client.submit(List.of(move("e1", i, i)));
            Link.settle(lin);
        }
        z.connect();
        Link.settle(z);
        assertThat(c.pending()).isEmpty();
        assertThat(c.visible()).isEqualTo(room.document());
        assertThat(roomStore.log()).as("setup, z's move once, Lin's three").hasSize(5);
    }

    @Test
    void aGapInHistoryAsksForAResync() {
        ada.client.receive(new HostMessage.RemoteChange(ada.client.confirmedSeq() + 5, "cx", 1, "u9", List.of(move("e1", 0, 0))));
        assertThat(adaHeard.resyncs).singleElement().asString().contains("missed changes");
        assertThat(x(ada, "e1")).as("nothing applied out of order").isEqualTo(10);
    }

    @Test
    void aLocallyInvalidEditIsRefusedWithoutBeingSent() {
        SyncClient.Submitted s = ada.client.submit(List.of(Put.of("e1", Props.X, Value.of("far"))));
        assertThat(s).isInstanceOf(SyncClient.Submitted.Refused.class);
        assertThat(ada.client.pending()).isEmpty();
    }

    @Test
    void startingFromALocalCopyShowsItBeforeConnecting() {
        Document copy = room.document().copy();
        SyncClient c = new SyncClient(new InMemoryPendingStore("cc"), new ChangeValidator(), null, copy, room.seq());
        assertThat(c.visible()).isEqualTo(room.document());
        Link l = new Link(room, LIN, c).connect();
        Link.settle(l);
        assertThat(c.isSynced()).isTrue();
    }

    /**
     * The host sends my change back as soon as it has a seq; it stays pending (and on disk) until the
     * ack says it is saved. If the host then dies without saving it, the next welcome (another epoch,
     * so a snapshot) lacks it: it shows again from pending, is sent again, and ends up saved.
     */
    @Test
    void myEchoedChangeStaysPendingUntilSavedAndSurvivesAHostThatLostIt() {
        SyncClient c = new SyncClient(new InMemoryPendingStore("cx"), null);
        List<dev.blueline.model.protocol.ClientMessage> sent = new java.util.ArrayList<>();
        SyncClient.Connection first = c.connected(sent::add, "t", "p1");
        HostMessage.You you = new HostMessage.You("u1", "Ada", "#3b82f6", "editor");
        List<Put> doc = List.of(screen("s1", "Home"), element("e1", "button", "s1", 10, 10));
        c.receive(new HostMessage.Welcome(2, 1, "epoch-1", you, doc, null, List.of()));

        c.submit(List.of(move("e1", 50, 10)));
        c.receive(new HostMessage.RemoteChange(2, "cx", 1, "u1", List.of(move("e1", 50, 10))));
        assertThat(c.confirmed().number("e1", Props.X)).as("sequenced: part of the host's history").isEqualTo(50);
        assertThat(c.pending()).as("not saved yet: still pending").hasSize(1);
        assertThat(c.isSynced()).isFalse();

        // the host dies before saving seq 2
        c.disconnected(first);
        sent.clear();
        c.connected(sent::add, "t", "p1");
        assertThat(sent.getFirst()).isEqualTo(new dev.blueline.model.protocol.ClientMessage.Hello(2, "t", "p1", "cx", 2, "epoch-1"));
        c.receive(new HostMessage.Welcome(2, 1, "epoch-2", you, doc, null, List.of()));
        assertThat(c.confirmed().number("e1", Props.X)).isEqualTo(10);
        assertThat(x(c)).as("my edit still shows").isEqualTo(50);
        assertThat(sent).as("and is sent again").contains(new dev.blueline.model.protocol.ClientMessage.ChangeRequest(1, List.of(move("e1", 50, 10))));

        c.receive(new HostMessage.RemoteChange(2, "cx", 1, "u1", List.of(move("e1", 50, 10))));
        c.receive(new HostMessage.Ack(1, 2));
        assertThat(c.isSynced()).isTrue();
        assertThat(c.confirmed().number("e1", Props.X)).isEqualTo(50);
        assertThat(x(c)).isEqualTo(50);
    }

    private static double x(SyncClient c) {
        return c.visible().number("e1", Props.X);
    }
}
