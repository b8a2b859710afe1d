package dev.blueline.model.bench;

import dev.blueline.model.document.Document;
import dev.blueline.model.document.Props;
import dev.blueline.model.document.Value;
import dev.blueline.model.ops.ChangeValidator;
import dev.blueline.model.ops.Ops;
import dev.blueline.model.ops.Put;
import dev.blueline.model.ops.SequencedChange;
import dev.blueline.model.order.FractionalIndex;
import dev.blueline.model.protocol.ClientMessage;
import dev.blueline.model.protocol.Codec;
import dev.blueline.model.protocol.HostMessage;
import dev.blueline.model.protocol.Protocol;
import dev.blueline.model.room.ChatEntry;
import dev.blueline.model.room.Member;
import dev.blueline.model.room.Role;
import dev.blueline.model.room.Room;
import dev.blueline.model.room.RoomSettings;
import dev.blueline.model.room.RoomSocket;
import dev.blueline.model.room.RoomStore;
import dev.blueline.model.sync.InMemoryPendingStore;
import dev.blueline.model.sync.SyncClient;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;

/**
 * Prints median throughput of the document core on one thread:
 * room apply on a 10,000-object document (1-op and 20-op changes), client visible-state updates,
 * and JSON encode+decode of a 1-op change. Each figure counts only work that was accepted: the bench
 * stops with an error when the room or a client refused something. Run as the README says.
 */
public final class ModelBench {
    static final int OBJECTS = 10_000;
    /** The document is one screen plus this many elements, e0 to e9998. */
    static final int ELEMENTS = OBJECTS - 1;
    static final int BATCH = 100;

    public static void main(String[] args) throws Exception {
        Codec codec = new Codec();
        List<Put> doc = document();

        // room apply: validate, sequence, apply, stage, encode the ack; commits grouped per 100 changes into a store that keeps nothing
        double oneOp = roomRate(codec, doc, 1, 200_000, 5, 15);
        double twentyOp = roomRate(codec, doc, 20, 20_000, 5, 15);

        // client: remote 1-op changes arriving while the user has a pending edit elsewhere
        SyncClient client = new SyncClient(new InMemoryPendingStore("bench"), new ChangeValidator(), null, Ops.fromSnapshot(doc), 1);
        client.submit(List.of(Put.of("e0", Props.TEXT, Value.of("mine"))));
        long[] seq = {1};
        double clientRemote = Bench.opsPerSecond(5, 15, () -> {
            for (int i = 0; i < 100_000; i++) {
                String id = "e" + (i % ELEMENTS);
                client.receive(new HostMessage.RemoteChange(++seq[0], "other", seq[0], "u2",
                        List.of(Put.on(id).set(Props.X, (double) (i & 1023)).set(Props.Y, 5.0).build())));
            }
            return 100_000;
        });
        if (client.confirmedSeq() != seq[0]) throw new IllegalStateException("the client skipped remote changes: at " + client.confirmedSeq() + " of " + seq[0]);
        double clientLocal = Bench.opsPerSecond(5, 15, () -> {
            SyncClient c = new SyncClient(new InMemoryPendingStore("b2"), new ChangeValidator(), null, Ops.fromSnapshot(doc), 1);
            for (int i = 0; i < 20_000; i++) c.submit(List.of(Put.on("e" + (i % ELEMENTS)).set(Props.X, (double) i).build()));
            if (c.pending().size() != 20_000) throw new IllegalStateException("the client refused local edits: " + c.pending().size() + " pending");
            return 20_000;
        });

        // codec
        ClientMessage.ChangeRequest change = new ClientMessage.ChangeRequest(7,
                List.of(Put.on("e1").set(Props.X, 120.0).set(Props.Y, 40.0).build()));
        double codecRate = Bench.opsPerSecond(10, 15, () -> {
            long sink = 0;
            for (int i = 0; i < 200_000; i++) {
                sink += codec.decodeClient(codec.encode(change)).hashCode();
            }
            return sink == 42 ? 200_001 : 200_000;
        });

        System.out.println("{\"room_1op_changes_per_s\":" + Math.round(oneOp)
                + ",\"room_20op_changes_per_s\":" + Math.round(twentyOp)
                + ",\"client_remote_changes_per_s\":" + Math.round(clientRemote)
                + ",\"client_local_edits_per_s\":" + Math.round(clientLocal)
                + ",\"codec_encode_decode_us\":" + Bench.fmt2(1e6 / codecRate) + "}");
    }

    /** Changes of {@code opsPerChange} ops each, sent as fast as the room takes them; median rate of {@code rounds} rounds. */
    static double roomRate(Codec codec, List<Put> doc, int opsPerChange, int changes, int warmup, int rounds) throws Exception {
        Room room = new Room("bench", new NullStore(doc), codec, RoomSettings.DEFAULT, System::nanoTime, Instant::now);
        long[] refused = {0};
        String[] firstRefusal = {null};
        RoomSocket sink = new RoomSocket() {
            @Override
            public void send(String frame) {
                if (frame.contains("\"reject\"") || frame.contains("\"error\"")) {
                    if (refused[0]++ == 0) firstRefusal[0] = frame;
                }
            }

            @Override
            public void close(int code, String reason) {
            }
        };
        room.join(sink, new Member("u1", "Bench", "#000000", Role.EDITOR), new ClientMessage.Hello(Protocol.VERSION, null, "bench", "c1", 0));
        room.flush();
        List<ClientMessage.ChangeRequest> requests = new ArrayList<>(changes);
        long[] clientSeq = {0};
        long seqBefore = room.seq();
        double rate = Bench.opsPerSecond(warmup, rounds, () -> {
            requests.clear();
            for (int i = 0; i < changes; i++) {
                List<Put> ops = new ArrayList<>(opsPerChange);
                for (int k = 0; k < opsPerChange; k++) {
                    ops.add(Put.on("e" + ((i * opsPerChange + k) % ELEMENTS)).set(Props.X, (double) (i & 1023)).set(Props.Y, (double) k).build());
                }
                requests.add(new ClientMessage.ChangeRequest(++clientSeq[0], ops));
            }
        }, () -> {
            for (int i = 0; i < changes; i++) {
                room.receive(sink, requests.get(i));
                if (i % BATCH == BATCH - 1) room.flush();
            }
            room.flush();
            return changes;
        });
        // the rate counts only changes the room accepted: a bench that measured rejections would lie
        if (refused[0] != 0 || room.seq() - seqBefore != clientSeq[0]) {
            throw new IllegalStateException("the room refused " + refused[0] + " frames (first: " + firstRefusal[0] + "); sequenced "
                    + (room.seq() - seqBefore) + " of " + clientSeq[0]);
        }
        return rate;
    }

    /** A 10,000-element document on one screen, with containers. */
    static List<Put> document() {
        List<Put> ops = new ArrayList<>();
        ops.add(Put.on("s1").set(Props.KIND, "screen").set(Props.NAME, "Big").set(Props.W, 1440.0).set(Props.H, 90_000.0).set(Props.ORDER, "a0").build());
        String order = FractionalIndex.first();
        for (int i = 0; i < ELEMENTS; i++) {
            order = FractionalIndex.after(order);
            ops.add(Put.on("e" + i).set(Props.KIND, "element").set(Props.TYPE, i % 50 == 0 ? "panel" : "button").set(Props.SCREEN, "s1")
                    .set(Props.ORDER, order).set(Props.X, (double) (i % 10) * 140).set(Props.Y, (double) (i / 10) * 50)
                    .set(Props.W, 120.0).set(Props.H, 40.0).set(Props.TEXT, "Button " + i).build());
        }
        return ops;
    }

    /** Loads a prepared document and keeps nothing: measures the room, not a database. */
    static final class NullStore implements RoomStore {
        private final List<Put> doc;

        NullStore(List<Put> doc) {
            this.doc = doc;
        }

        @Override
        public Loaded load() {
            return new Loaded(Ops.fromSnapshot(doc), 1);
        }

        @Override
        public List<SequencedChange> changes(long from, long to) {
            return List.of();
        }

        @Override
        public void commit(String epoch, List<SequencedChange> changes, List<Put> touched, List<ChatEntry> chat) {
        }

        @Override
        public String epochOf(long seq) {
            return null;
        }

        @Override
        public OptionalLong seqOf(String clientId, long clientSeq) {
            return OptionalLong.empty();
        }

        @Override
        public long lastClientSeq(String clientId) {
            return 0;
        }
    }

    private ModelBench() {
    }
}
