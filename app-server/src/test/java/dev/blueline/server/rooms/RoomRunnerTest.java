package dev.blueline.server.rooms;

import dev.blueline.model.protocol.ClientMessage;
import dev.blueline.model.protocol.Codec;
import dev.blueline.model.protocol.HostMessage;
import dev.blueline.model.protocol.Protocol;
import dev.blueline.model.protocol.ProtocolException;
import dev.blueline.model.room.CloseCodes;
import dev.blueline.model.room.InMemoryRoomStore;
import dev.blueline.model.room.Member;
import dev.blueline.model.room.Role;
import dev.blueline.model.room.Room;
import dev.blueline.model.room.RoomSocket;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
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
    });

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
        final CompletableFuture<Integer> closed = new CompletableFuture<>();

        @Override
        public void send(String frame) {
            try {
                frames.add(CODEC.decodeHost(frame));
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
