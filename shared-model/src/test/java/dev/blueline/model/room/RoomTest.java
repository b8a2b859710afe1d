package dev.blueline.model.room;

import dev.blueline.model.document.Props;
import dev.blueline.model.document.Value;
import dev.blueline.model.ops.Put;
import dev.blueline.model.protocol.ClientMessage;
import dev.blueline.model.protocol.ClientMessage.ChangeRequest;
import dev.blueline.model.protocol.ClientMessage.Hello;
import dev.blueline.model.protocol.Codec;
import dev.blueline.model.protocol.HostMessage;
import dev.blueline.model.protocol.HostMessage.Ack;
import dev.blueline.model.protocol.HostMessage.PeerPresence;
import dev.blueline.model.protocol.HostMessage.Reject;
import dev.blueline.model.protocol.HostMessage.RemoteChange;
import dev.blueline.model.protocol.HostMessage.Welcome;
import dev.blueline.model.protocol.Point;
import dev.blueline.model.protocol.Protocol;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static dev.blueline.model.testing.Fixtures.element;
import static dev.blueline.model.testing.Fixtures.move;
import static dev.blueline.model.testing.Fixtures.screen;
import static org.assertj.core.api.Assertions.assertThat;

class RoomTest {
    static final Member ADA = new Member("u1", "Ada", "#3b82f6", Role.EDITOR);
    static final Member LIN = new Member("u2", "Lin", "#f97316", Role.EDITOR);
    static final Member VIC = new Member("u3", "Vic", "#22c55e", Role.VIEWER);

    InMemoryRoomStore store;
    long now;
    Room room;
    FakeSocket ada;
    FakeSocket lin;

    @BeforeEach
    void open() {
        store = new InMemoryRoomStore();
        room = newRoom(RoomSettings.DEFAULT);
        ada = join(ADA, "ca", 0);
        lin = join(LIN, "cl", 0);
    }

    Room newRoom(RoomSettings settings) {
        return new Room("p1", store, new Codec(), settings, () -> now, () -> Instant.parse("2026-11-28T10:00:00Z"));
    }

    /** A client that has been in this room (it knows its epoch) joins again. */
    FakeSocket join(Member m, String clientId, long lastSeq) {
        return join(m, clientId, lastSeq, room.epoch());
    }

    FakeSocket join(Member m, String clientId, long lastSeq, String epoch) {
        FakeSocket s = new FakeSocket();
        room.join(s, m, new Hello(Protocol.VERSION, "t", "p1", clientId, lastSeq, epoch));
        room.flush();
        return s;
    }

    void send(FakeSocket s, ClientMessage m) {
        room.receive(s, m);
        room.flush();
    }

    ChangeRequest change(long clientSeq, Put... ops) {
        return new ChangeRequest(clientSeq, List.of(ops));
    }

    @Test
    void acceptedChangeIsAckedToTheSenderAndBroadcastToOthers() {
        send(ada, change(1, screen("s1", "Home"), element("e1", "button", "s1", 10, 20)));

        assertThat(ada.last(Ack.class)).isEqualTo(new Ack(1, 1));
        RemoteChange seen = lin.last(RemoteChange.class);
        assertThat(seen.seq()).isEqualTo(1);
        assertThat(seen.clientId()).isEqualTo("ca");
        assertThat(seen.userId()).isEqualTo("u1");
        assertThat(ada.all(RemoteChange.class)).as("the sender learns the seq from its own change, before the ack")
                .containsExactly(seen);
        assertThat(ada.received.indexOf(seen)).isLessThan(ada.received.indexOf(new Ack(1, 1)));
        assertThat(room.document().number("e1", Props.X)).isEqualTo(10);
    }

    @Test
    void invalidChangeIsRejectedWholeAndNothingIsStored() {
        send(ada, change(1, screen("s1", "Home"), element("e1", "no-such-control", "s1", 0, 0)));

        Reject r = ada.last(Reject.class);
        assertThat(r.clientSeq()).isEqualTo(1);
        assertThat(r.code()).isEqualTo("unknown_type");
        assertThat(r.message()).contains("no-such-control");
        assertThat(room.document().size()).as("the screen of the same change is not kept either").isZero();
        assertThat(store.log()).isEmpty();
        assertThat(lin.all(RemoteChange.class)).isEmpty();
    }

    @Test
    void resendingAChangeAnswersTheOriginalAckWithoutApplyingItTwice() {
        send(ada, change(1, screen("s1", "Home")));
        send(ada, change(1, screen("s1", "Home")));

        assertThat(ada.all(Ack.class)).containsExactly(new Ack(1, 1), new Ack(1, 1));
        assertThat(store.log()).hasSize(1);
        assertThat(lin.all(RemoteChange.class)).hasSize(1);
    }

    @Test
    void resendAfterHostRestartIsRecognisedFromTheStore() {
        send(ada, change(1, screen("s1", "Home")));
        room = newRoom(RoomSettings.DEFAULT);
        FakeSocket again = join(ADA, "ca", 1);
        send(again, change(1, screen("s1", "Home")));

        assertThat(again.last(Ack.class)).isEqualTo(new Ack(1, 1));
        assertThat(store.log()).hasSize(1);
    }

    @Test
    void resendingARejectedChangeGetsTheSameRejection() {
        send(ada, change(1, move("nobody", 1, 1)));
        send(ada, change(1, move("nobody", 1, 1)));

        assertThat(ada.all(Reject.class)).hasSize(2).extracting(Reject::code).containsOnly("missing_property");
    }

    @Test
    void viewersCannotChangeAnything() {
        FakeSocket vic = join(VIC, "cv", 0);
        send(vic, change(1, screen("s1", "Home")));

        assertThat(vic.last(Reject.class).code()).isEqualTo("forbidden");
        assertThat(room.document().size()).isZero();
        assertThat(store.log()).isEmpty();
    }

    @Test
    void nothingLeavesTheRoomBeforeItIsCommitted() {
        room.receive(ada, change(1, screen("s1", "Home")));
        assertThat(ada.all(Ack.class)).as("no ack before flush").isEmpty();
        assertThat(lin.all(RemoteChange.class)).isEmpty();
        assertThat(store.log()).isEmpty();

        room.flush();
        assertThat(store.log()).hasSize(1);
        assertThat(ada.all(Ack.class)).hasSize(1);
    }

    @Test
    void manyChangesBeforeOneFlushAreCommittedTogetherInOrder() {
        for (int i = 1; i <= 50; i++) room.receive(ada, change(i, screen("s" + i, "S" + i)));
        room.flush();

        assertThat(store.log()).extracting(c -> c.seq()).containsExactlyElementsOf(
                java.util.stream.LongStream.rangeClosed(1, 50).boxed().toList());
        assertThat(ada.all(Ack.class)).extracting(Ack::seq).isSorted().hasSize(50);
    }

    @Test
    void aFailedCommitClosesEveryoneAndLosesNothingAcknowledged() {
        send(ada, change(1, screen("s1", "Home")));
        store.failCommits(true);
        room.receive(ada, change(2, screen("s2", "Other")));
        room.flush();

        assertThat(room.isBroken()).isTrue();
        assertThat(ada.all(Ack.class)).as("the failed change was never acked").containsExactly(new Ack(1, 1));
        assertThat(ada.closedWith).isEqualTo(CloseCodes.SERVER_ERROR);
        assertThat(lin.closedWith).isEqualTo(CloseCodes.SERVER_ERROR);

        store.failCommits(false);
        room = newRoom(RoomSettings.DEFAULT);
        FakeSocket back = join(ADA, "ca", 1);
        send(back, change(2, screen("s2", "Other")));
        assertThat(back.last(Ack.class)).isEqualTo(new Ack(2, 2));
        assertThat(room.document().ids()).containsExactlyInAnyOrder("s1", "s2");
    }

    @Test
    void wrongProtocolVersionIsRefusedWithAReason() {
        FakeSocket old = new FakeSocket();
        room.join(old, ADA, new Hello(99, "t", "p1", "cx", 0));
        room.flush();

        assertThat(old.last(HostMessage.ErrorMessage.class).code()).isEqualTo("protocol_version");
        assertThat(old.closedWith).isEqualTo(CloseCodes.PROTOCOL_VERSION);
        assertThat(room.peerCount()).isEqualTo(2);
    }

    @Test
    void messagesBeforeHelloAreAnsweredWithAnError() {
        FakeSocket stranger = new FakeSocket();
        send(stranger, change(1, screen("s1", "Home")));
        assertThat(stranger.last(HostMessage.ErrorMessage.class).code()).isEqualTo("not_joined");
        assertThat(room.document().size()).isZero();
    }

    @Test
    void theSameClientConnectingAgainReplacesItsOldConnection() {
        FakeSocket second = join(ADA, "ca", 0);
        assertThat(ada.closedWith).isEqualTo(CloseCodes.REPLACED);
        assertThat(room.peerCount()).isEqualTo(2);
        assertThat(lin.all(HostMessage.Leave.class)).as("a replaced connection is not a leave").isEmpty();
        send(second, change(1, screen("s1", "Home")));
        assertThat(second.last(Ack.class).seq()).isEqualTo(1);
    }

    @Nested
    class Welcome_ {
        @Test
        void aFreshClientGetsTheWholeDocument() {
            send(ada, change(1, screen("s1", "Home"), element("e1", "button", "s1", 1, 2)));
            FakeSocket late = join(VIC, "cv", 0);

            Welcome w = late.last(Welcome.class);
            assertThat(w.isSnapshot()).isTrue();
            assertThat(w.seq()).isEqualTo(1);
            assertThat(w.objects()).extracting(Put::id).containsExactly("e1", "s1");
            assertThat(w.you().role()).isEqualTo("viewer");
            assertThat(w.peers()).extracting(PeerPresence::clientId).containsExactly("ca", "cl");
        }

        @Test
        void aClientThatWasAwayGetsOnlyWhatItMissed() {
            send(ada, change(1, screen("s1", "Home")));
            send(ada, change(2, screen("s2", "Two")));
            send(ada, change(3, screen("s3", "Three")));
            FakeSocket back = join(LIN, "cl2", 1);

            Welcome w = back.last(Welcome.class);
            assertThat(w.isSnapshot()).isFalse();
            assertThat(w.changes()).extracting(RemoteChange::seq).containsExactly(2L, 3L);
        }

        @Test
        void aClientFurtherBehindThanTheLogGetsASnapshot() {
            room = newRoom(RoomSettings.DEFAULT.withRecentChanges(2));
            FakeSocket a = join(ADA, "ca", 0);
            for (int i = 1; i <= 5; i++) send(a, change(i, screen("s" + i, "S")));
            FakeSocket back = join(LIN, "cl", 1);
            assertThat(back.last(Welcome.class).isSnapshot()).isTrue();
            FakeSocket near = join(VIC, "cv", 3);
            assertThat(near.last(Welcome.class).changes()).extracting(RemoteChange::seq).containsExactly(4L, 5L);
        }

        @Test
        void catchUpStillWorksRightAfterAHostRestart() {
            for (int i = 1; i <= 5; i++) send(ada, change(i, screen("s" + i, "S")));
            String before = room.epoch();
            room = newRoom(RoomSettings.DEFAULT);
            assertThat(room.epoch()).isNotEqualTo(before);
            // the store shows that seq 3 was saved by the epoch Lin knew: all Lin saw was saved
            FakeSocket back = join(LIN, "cl", 3, before);
            assertThat(back.last(Welcome.class).changes()).extracting(RemoteChange::seq).containsExactly(4L, 5L);
            assertThat(back.last(Welcome.class).epoch()).isEqualTo(room.epoch());
        }

        @Test
        void aClientThatSawChangesTheRestartedHostNeverSavedGetsASnapshot() {
            // changes 1-2 are saved; 3 is sent to everyone, then its save fails and the room breaks
            send(ada, change(1, screen("s1", "S")));
            send(ada, change(2, screen("s2", "S")));
            String before = room.epoch();
            store.failCommits(true);
            send(ada, change(3, screen("s3", "Lost")));
            assertThat(lin.last(RemoteChange.class).seq()).as("others saw it before the save").isEqualTo(3);
            assertThat(ada.all(Ack.class)).as("the sender never got an ack for it").extracting(Ack::seq).containsExactly(1L, 2L);
            assertThat(room.isBroken()).isTrue();

            store.failCommits(false);
            room = newRoom(RoomSettings.DEFAULT);
            FakeSocket other = join(LIN, "cl-other", 0);
            send(other, change(1, screen("s9", "Other")));
            assertThat(room.seq()).as("seq 3 is given to another change").isEqualTo(3);

            FakeSocket back = join(LIN, "cl", 3, before);
            assertThat(back.last(Welcome.class).isSnapshot()).as("a catch-up from 3 would keep the lost change forever").isTrue();
            assertThat(back.last(Welcome.class).objects()).extracting(Put::id).contains("s9").doesNotContain("s3");
        }

        @Test
        void aClientWithoutAnEpochGetsASnapshotWhenItSawMoreThanWasLoaded() {
            send(ada, change(1, screen("s1", "S")));
            FakeSocket back = join(LIN, "cl", 1, null);
            assertThat(back.last(Welcome.class).isSnapshot()).isTrue();
        }

        @Test
        void aClientAheadOfTheHostGetsASnapshot() {
            FakeSocket odd = join(LIN, "cz", 40);
            assertThat(odd.last(Welcome.class).isSnapshot()).isTrue();
        }
    }

    @Nested
    class Presence {
        ClientMessage.PresenceUpdate at(int x) {
            return new ClientMessage.PresenceUpdate("s1", new Point(x, 0), List.of("e1"), null, null);
        }

        @Test
        void aBurstOfCursorMovesIsCoalescedToAtMostThirtyPerSecond() {
            lin.clear();
            ada.clear();
            // one second of 1000 cursor moves per second
            for (int ms = 0; ms < 1000; ms++) {
                now = ms * 1_000_000L;
                room.receive(ada, at(ms));
                room.tick();
            }
            now = 2_000_000_000L;
            room.tick();
            List<PeerPresence> seen = lin.all(PeerPresence.class);
            assertThat(seen.size()).isBetween(25, 32);
            assertThat(seen.getLast().cursor()).as("the last position always arrives").isEqualTo(new Point(999, 0));
            assertThat(ada.all(PeerPresence.class)).as("nobody gets their own presence back").isEmpty();
            assertThat(store.log()).as("presence is never stored").isEmpty();
        }

        @Test
        void eachUpdateReachesEveryOtherClientOnceNotOncePerPeerPair() {
            FakeSocket[] sockets = new FakeSocket[10];
            for (int i = 0; i < sockets.length; i++) sockets[i] = join(new Member("x" + i, "X", "#000000", Role.EDITOR), "cx" + i, 0);
            for (FakeSocket s : sockets) s.clear();
            ada.clear();
            now = 1_000_000_000L;
            for (FakeSocket s : sockets) room.receive(s, at(1));
            room.tick();
            // 12 peers; each of the 10 movers is seen once by the 11 others
            assertThat(ada.all(PeerPresence.class)).hasSize(10);
            for (FakeSocket s : sockets) assertThat(s.all(PeerPresence.class)).hasSize(9);
            // and in one frame per socket: a round, not a frame per mover
            assertThat(ada.all(HostMessage.Presences.class)).hasSize(1);
            for (FakeSocket s : sockets) {
                assertThat(s.all(HostMessage.Presences.class)).hasSize(1);
                assertThat(s.all(PeerPresence.class)).extracting(PeerPresence::clientId).doesNotContain(clientIdOf(s, sockets));
            }
        }

        private String clientIdOf(FakeSocket s, FakeSocket[] sockets) {
            return "cx" + java.util.Arrays.asList(sockets).indexOf(s);
        }

        @Test
        void aRoundWhereOnlyYouMovedIsNotSentToYou() {
            lin.clear();
            ada.clear();
            now = 1_000_000_000L;
            room.receive(ada, at(5));
            room.tick();
            assertThat(lin.all(PeerPresence.class)).extracting(PeerPresence::clientId).containsExactly("ca");
            assertThat(ada.received).isEmpty();
        }

        @Test
        void joiningAndLeavingAreAnnounced() {
            lin.clear();
            FakeSocket vic = join(VIC, "cv", 0);
            assertThat(lin.last(PeerPresence.class).name()).isEqualTo("Vic");
            room.leave(vic);
            room.flush();
            assertThat(lin.last(HostMessage.Leave.class).clientId()).isEqualTo("cv");
        }
    }

    @Nested
    class Chat {
        @Test
        void chatReachesEveryoneAndIsStored() {
            send(ada, new ClientMessage.ChatSend("  looks good  "));
            HostMessage.ChatMessage m = lin.last(HostMessage.ChatMessage.class);
            assertThat(m.text()).isEqualTo("looks good");
            assertThat(m.name()).isEqualTo("Ada");
            assertThat(m.at()).isEqualTo("2026-11-28T10:00:00Z");
            assertThat(ada.last(HostMessage.ChatMessage.class)).isEqualTo(m);
            assertThat(store.chat()).extracting(ChatEntry::text).containsExactly("looks good");
        }

        @Test
        void emptyOrHugeChatIsRefusedWithAReason() {
            send(ada, new ClientMessage.ChatSend("   "));
            send(ada, new ClientMessage.ChatSend("x".repeat(5_000)));
            assertThat(ada.all(HostMessage.ErrorMessage.class)).extracting(HostMessage.ErrorMessage::code)
                    .containsExactly("bad_message", "limit_exceeded");
            assertThat(store.chat()).isEmpty();
            assertThat(lin.all(HostMessage.ChatMessage.class)).isEmpty();
        }

        @Test
        void viewersMayChat() {
            FakeSocket vic = join(VIC, "cv", 0);
            send(vic, new ClientMessage.ChatSend("hi"));
            assertThat(ada.last(HostMessage.ChatMessage.class).text()).isEqualTo("hi");
        }
    }

    @Test
    void pingIsAnsweredWithPong() {
        send(ada, new ClientMessage.Ping());
        assertThat(ada.last(HostMessage.Pong.class)).isNotNull();
    }

    @Test
    void deletingIsAPropertyAndUndeletingBringsItBack() {
        send(ada, change(1, screen("s1", "Home"), element("e1", "button", "s1", 1, 1)));
        send(lin, change(1, Put.of("e1", Props.DELETED, Value.of(true))));
        assertThat(room.document().isLive("e1")).isFalse();
        send(lin, change(2, Put.of("e1", Props.DELETED, Value.of(false))));
        assertThat(room.document().isLive("e1")).isTrue();
    }
}
