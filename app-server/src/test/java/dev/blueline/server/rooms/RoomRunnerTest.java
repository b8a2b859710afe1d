package dev.blueline.server.rooms;

import dev.blueline.model.ops.Put;
import dev.blueline.model.ops.SequencedChange;
import dev.blueline.model.protocol.ClientMessage;
import dev.blueline.model.protocol.Codec;
import dev.blueline.model.protocol.HostMessage;
import dev.blueline.model.protocol.Protocol;
import dev.blueline.model.protocol.ProtocolException;
import dev.blueline.model.room.ChatEntry;
import dev.blueline.model.room.CloseCodes;
import dev.blueline.model.room.InMemoryRoomStore;
import dev.blueline.model.room.Member;
import dev.blueline.model.room.Role;
import dev.blueline.model.room.Room;
import dev.blueline.model.room.RoomSocket;
import dev.blueline.model.room.RoomStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.OptionalLong;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import static dev.blueline.model.testing.Fixtures.element;
import static dev.blueline.model.testing.Fixtures.screen;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The room's thread when the database goes away: a failed commit closes everyone with 1011, and
 * while the project cannot be loaded again the room turns newcomers away instead of dying; once the
 * database is back, the room is loaded again and works, with nothing of the failed commit in it.
 */
class RoomRunnerTest {
    private static final Codec CODEC = new Codec();
    private static final Member ADA = new Member("u1", "Ada", "#2563eb", Role.EDITOR);

    private final InMemoryRoomStore store = new InMemoryRoomStore();
    private final AtomicBoolean loadsFail = new AtomicBoolean();
    private final RoomRunner runner = new RoomRunner("p1", () -> {
        if (loadsFail.get()) throw new IllegalStateException("database unavailable");
        return new Room("p1", store, CODEC);
    }, Duration.ofMillis(2));

    @AfterEach
    void stop() {
        runner.stop(CloseCodes.GOING_AWAY, "test over");
    }

    @Test
    void aRoomWhoseStoreIsGoneTurnsPeopleAwayAndComesBackWithTheStore() throws Exception {
        runner.start();
        Socket ada = join("ada");
        ada.await(HostMessage.Welcome.class);
        change(ada, 1, screen("s1", "Home"));
        assertThat(ada.await(HostMessage.Ack.class).seq()).isEqualTo(1);

        // the database goes away: the next commit fails, and so does loading the project again
        store.failCommits(true);
        loadsFail.set(true);
        change(ada, 2, element("e1", "button", "s1", 0, 0));
        assertThat(ada.closed.get(10, TimeUnit.SECONDS)).isEqualTo(CloseCodes.SERVER_ERROR);
        // the room closes connections inside the failed flush and counts the failure right after
        long counted = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (runner.commitsFailed() == 0 && System.nanoTime() < counted) Thread.sleep(10);
        assertThat(runner.commitsFailed()).isEqualTo(1);

        // meanwhile the room still answers: come back later
        Socket early = join("lin");
        assertThat(early.closed.get(10, TimeUnit.SECONDS)).isEqualTo(CloseCodes.TRY_AGAIN_LATER);
        assertThat(runner.isRunning()).isTrue();

        // the database is back: within a retry or two the room loads again and works
        store.failCommits(false);
        loadsFail.set(false);
        Socket back = null;
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (System.nanoTime() < deadline) {
            Socket s = join("ada-2");
            HostMessage first = s.next();
            if (first instanceof HostMessage.Welcome w) {
                assertThat(w.seq()).as("the failed change is not there").isEqualTo(1);
                back = s;
                break;
            }
            Thread.sleep(100);
        }
        assertThat(back).as("welcomed after the store came back").isNotNull();
        change(back, 2, element("e1", "button", "s1", 0, 0));
        assertThat(back.await(HostMessage.Ack.class).seq()).isEqualTo(2);
        assertThat(runner.commitsFailed()).isEqualTo(1);
        assertThat(store.seq()).isEqualTo(2);
    }

    /**
     * Saving runs beside the room: while a save is stuck, changes still reach everyone at once (their
     * senders included), acks wait for their own batch, and what arrives meanwhile is saved together.
     */
    @Test
    void aSlowSaveDelaysOnlyAcksAndWhatWaitsIsSavedInOneBatch() throws Exception {
        GatedStore gated = new GatedStore();
        RoomRunner slow = new RoomRunner("p2", () -> new Room("p2", gated, CODEC), Duration.ZERO);
        slow.start();
        try {
            Socket ada = new Socket();
            Socket lin = new Socket();
            slow.execute(room -> room.join(ada, ADA, new ClientMessage.Hello(Protocol.VERSION, "t", "p2", "ada", 0)));
            slow.execute(room -> room.join(lin, ADA, new ClientMessage.Hello(Protocol.VERSION, "t", "p2", "lin", 0)));
            ada.await(HostMessage.Welcome.class);
            lin.await(HostMessage.Welcome.class);

            gated.hold();
            slow.execute(room -> room.receive(ada, new ClientMessage.ChangeRequest(1, List.of(screen("s1", "Home")))));
            assertThat(gated.started.poll(10, TimeUnit.SECONDS)).as("the first save started").isNotNull();
            assertThat(lin.await(HostMessage.RemoteChange.class).seq()).as("Lin sees it while it is being saved").isEqualTo(1);
            assertThat(ada.await(HostMessage.RemoteChange.class).seq()).as("Ada learns its seq at once").isEqualTo(1);
            for (int i = 2; i <= 4; i++) {
                long clientSeq = i;
                slow.execute(room -> room.receive(lin, new ClientMessage.ChangeRequest(clientSeq, List.of(screen("s" + clientSeq, "More")))));
                assertThat(ada.await(HostMessage.RemoteChange.class).seq()).isEqualTo(i);
            }
            assertThat(ada.all).as("no ack before the save").noneMatch(m -> m instanceof HostMessage.Ack);
            assertThat(lin.all).noneMatch(m -> m instanceof HostMessage.Ack);

            gated.release();
            assertThat(ada.await(HostMessage.Ack.class)).isEqualTo(new HostMessage.Ack(1, 1));
            for (int i = 2; i <= 4; i++) assertThat(lin.await(HostMessage.Ack.class).seq()).isEqualTo(i);
            assertThat(gated.batchSizes).as("seqs 2-4 waited together for the first save, then were saved in one batch")
                    .containsExactly(1, 3);
        } finally {
            gated.release();
            slow.stop(CloseCodes.GOING_AWAY, "test over");
        }
    }

    /** A store whose saves can be held up, as a slow disk would. */
    private static final class GatedStore implements RoomStore {
        final InMemoryRoomStore inner = new InMemoryRoomStore();
        final BlockingQueue<Integer> started = new LinkedBlockingQueue<>();
        final List<Integer> batchSizes = new CopyOnWriteArrayList<>();
        private volatile CountDownLatch gate = new CountDownLatch(0);

        void hold() {
            gate = new CountDownLatch(1);
        }

        void release() {
            gate.countDown();
        }

        @Override
        public Loaded load() {
            return inner.load();
        }

        @Override
        public List<SequencedChange> changes(long from, long to) {
            return inner.changes(from, to);
        }

        @Override
        public void commit(String epoch, List<SequencedChange> changes, List<Put> touched, List<ChatEntry> chat) throws Exception {
            started.add(changes.size());
            if (!gate.await(10, TimeUnit.SECONDS)) throw new IllegalStateException("the test never released the save");
            inner.commit(epoch, changes, touched, chat);
            batchSizes.add(changes.size());
        }

        @Override
        public String epochOf(long seq) {
            return inner.epochOf(seq);
        }

        @Override
        public OptionalLong seqOf(String clientId, long clientSeq) {
            return inner.seqOf(clientId, clientSeq);
        }

        @Override
        public long lastClientSeq(String clientId) {
            return inner.lastClientSeq(clientId);
        }
    }

    private Socket join(String clientId) {
        Socket s = new Socket();
        runner.execute(room -> room.join(s, ADA, new ClientMessage.Hello(Protocol.VERSION, "token", "p1", clientId, 0)));
        return s;
    }

    private void change(Socket s, long clientSeq, dev.blueline.model.ops.Put op) {
        runner.execute(room -> room.receive(s, new ClientMessage.ChangeRequest(clientSeq, List.of(op))));
    }

    /** A connection as the room sees it, recording what it is sent. */
    private static final class Socket implements RoomSocket {
        final BlockingQueue<HostMessage> frames = new LinkedBlockingQueue<>();
        /** Every frame ever sent, also those {@link #await} skipped. */
        final List<HostMessage> all = new CopyOnWriteArrayList<>();
        final CompletableFuture<Integer> closed = new CompletableFuture<>();

        @Override
        public void send(String frame) {
            try {
                HostMessage m = CODEC.decodeHost(frame);
                all.add(m);
                frames.add(m);
            } catch (ProtocolException e) {
                throw new AssertionError(e);
            }
        }

        @Override
        public void close(int code, String reason) {
            closed.complete(code);
        }

        /** The first frame, or null when the connection was closed instead. */
        HostMessage next() throws Exception {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
            while (System.nanoTime() < deadline) {
                HostMessage m = frames.poll(20, TimeUnit.MILLISECONDS);
                if (m != null) return m;
                if (closed.isDone()) return null;
            }
            throw new AssertionError("neither a frame nor a close");
        }

        <T extends HostMessage> T await(Class<T> type) throws Exception {
            HostMessage m;
            while ((m = frames.poll(10, TimeUnit.SECONDS)) != null) {
                if (type.isInstance(m)) return type.cast(m);
            }
            throw new AssertionError("no " + type.getSimpleName() + (closed.isDone() ? "; closed " + closed.join() : ""));
        }
    }
}
