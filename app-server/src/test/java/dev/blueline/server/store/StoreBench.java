package dev.blueline.server.store;

import dev.blueline.model.bench.Bench;
import dev.blueline.model.document.Document;
import dev.blueline.model.document.Props;
import dev.blueline.model.document.Value;
import dev.blueline.model.ops.Ops;
import dev.blueline.model.ops.Put;
import dev.blueline.model.ops.SequencedChange;
import dev.blueline.model.order.FractionalIndex;
import dev.blueline.model.room.RoomStore;
import dev.blueline.model.testing.Fixtures;
import dev.blueline.server.store.jooq.H2Stores;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Prints, as one JSON line, medians of: durable changes per second committed through
 * {@code JooqRoomStore} on a 10,000-object project (H2 file, WRITE_DELAY=0, each batch one
 * transaction, touched objects passed as the room passes them) at batch sizes 1, 100 and 500, for
 * two workloads: {@code drag}, eight users each moving one element for a while before picking
 * another (what a session looks like), and {@code random}, every change moving a different random
 * element (the worst case: every change rewrites another objects row); then the time to load the
 * project (warm, and first after reopening the file) and to read its last 2,000 changes (a catch-up after a restart).
 * Run after {@code mvn -pl app-server test-compile} with
 * {@code java -cp app-server/target/classes:app-server/target/test-classes:<test class path> dev.blueline.server.store.StoreBench}.
 */
public final class StoreBench {
    static final int SCREENS = 20;
    static final int ELEMENTS_PER_SCREEN = 499; // 20 screens + 9,980 elements = 10,000 objects
    static final int USERS = 8;

    private final RoomStore store;
    private final Document doc = new Document();
    private final List<String> elements = new ArrayList<>();
    private final String[] dragging = new String[USERS];
    private final Random rnd = new Random(42);
    private long seq;
    private long clientSeq;

    private StoreBench(RoomStore store) {
        this.store = store;
    }

    public static void main(String[] args) throws Exception {
        Path dir = Files.createTempDirectory("store-bench");
        String url = H2Stores.fileUrl(dir);
        try {
            StringBuilder json = new StringBuilder("{\"objects\":10000,\"durableChangesPerSecond\":{");
            String projectId;
            StoreBench bench;
            try (H2Stores stores = H2Stores.open(url)) {
                User owner = stores.users().create("bench@example.com", "Bench", "x");
                projectId = stores.projects().create("Bench", owner.id()).id();
                bench = new StoreBench(stores.roomStore(projectId));
                bench.createDocument(owner.id());
                for (boolean random : new boolean[] {false, true}) {
                    json.append(random ? ",\"random\":{" : "\"drag\":{");
                    json.append(String.format(Locale.ROOT, "\"1\":%.0f,\"100\":%.0f,\"500\":%.0f}",
                            bench.rate(owner.id(), 1, 300, random), bench.rate(owner.id(), 100, 40, random),
                            bench.rate(owner.id(), 500, 10, random)));
                }
                json.append(String.format(Locale.ROOT, "},\"loadMillis\":%.1f,\"last2000ChangesMillis\":%.1f",
                        bench.loadMillis(), bench.changesMillis(2_000)));
            }
            try (H2Stores stores = H2Stores.open(url)) {
                long t0 = System.nanoTime();
                RoomStore.Loaded loaded = stores.roomStore(projectId).load();
                json.append(String.format(Locale.ROOT, ",\"firstLoadAfterReopenMillis\":%.1f,\"seq\":%d,\"fileMB\":%.1f}",
                        (System.nanoTime() - t0) / 1e6, loaded.seq(), Files.size(dir.resolve("blueline.mv.db")) / 1e6));
            }
            System.out.println(json);
        } finally {
            try (Stream<Path> files = Files.walk(dir)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    /** 20 screens of 499 elements, created in batches of 500 one-op changes as a room would commit them. */
    private void createDocument(String userId) throws Exception {
        List<Put> ops = new ArrayList<>();
        String lastScreenOrder = null;
        for (int s = 0; s < SCREENS; s++) {
            String screen = "s" + s;
            lastScreenOrder = FractionalIndex.between(lastScreenOrder, null);
            ops.add(Put.on(screen).set(Props.KIND, "screen").set(Props.NAME, "Screen " + s).set(Props.W, 1440.0)
                    .set(Props.H, 900.0).set(Props.ORDER, lastScreenOrder).build());
            for (int e = 0; e < ELEMENTS_PER_SCREEN; e++) {
                String id = screen + "-e" + e;
                elements.add(id);
                Map<String, Value> props = new LinkedHashMap<>(Fixtures.element(id, e % 3 == 0 ? "text-input" : "button", screen, 10.0 * e, 20.0).set());
                props.put(Props.TEXT, Value.of("Label " + e));
                ops.add(new Put(id, props));
            }
        }
        for (int i = 0; i < ops.size(); i += 500) {
            List<SequencedChange> batch = new ArrayList<>();
            for (Put op : ops.subList(i, Math.min(ops.size(), i + 500))) batch.add(next("c0", userId, op));
            commit(batch);
        }
    }

    /** Median durable changes per second over 9 rounds (after 2 warm-up rounds) of {@code commits} commits of {@code batchSize} changes. */
    private double rate(String userId, int batchSize, int commits, boolean random) throws Exception {
        List<List<SequencedChange>> prepared = new ArrayList<>();
        return Bench.opsPerSecond(2, 9, () -> {
            prepared.clear();
            for (int c = 0; c < commits; c++) {
                List<SequencedChange> batch = new ArrayList<>(batchSize);
                for (int i = 0; i < batchSize; i++) {
                    int user = rnd.nextInt(USERS);
                    if (random || dragging[user] == null || rnd.nextInt(30) == 0) dragging[user] = elements.get(rnd.nextInt(elements.size()));
                    batch.add(next("c" + user, userId, Fixtures.move(dragging[user], rnd.nextInt(1400), rnd.nextInt(900))));
                }
                prepared.add(batch);
            }
        }, () -> {
            for (List<SequencedChange> batch : prepared) commit(batch);
            return (long) batchSize * commits;
        });
    }

    private double loadMillis() {
        double[] ms = new double[15];
        for (int i = -3; i < ms.length; i++) {
            long t0 = System.nanoTime();
            RoomStore.Loaded loaded = store.load();
            long t1 = System.nanoTime();
            if (!loaded.document().equals(doc)) throw new IllegalStateException("loaded a different document");
            if (i >= 0) ms[i] = (t1 - t0) / 1e6;
        }
        Arrays.sort(ms);
        return ms[ms.length / 2];
    }

    /** Reading the last {@code n} changes of the log, as a catch-up after a restart does. */
    private double changesMillis(int n) {
        double[] ms = new double[15];
        for (int i = -3; i < ms.length; i++) {
            long t0 = System.nanoTime();
            List<SequencedChange> read = store.changes(Math.max(1, seq - n + 1), seq);
            long t1 = System.nanoTime();
            if (read.size() != Math.min(n, seq)) throw new IllegalStateException("read the wrong changes");
            if (i >= 0) ms[i] = (t1 - t0) / 1e6;
        }
        Arrays.sort(ms);
        return ms[ms.length / 2];
    }

    private SequencedChange next(String clientId, String userId, Put op) {
        Ops.apply(doc, op);
        return new SequencedChange(++seq, clientId, ++clientSeq, userId, List.of(op));
    }

    /** Commits with the touched objects as they now are in the bench's document (the room passes the same). */
    private void commit(List<SequencedChange> batch) throws Exception {
        Set<String> ids = new LinkedHashSet<>();
        for (SequencedChange c : batch) for (Put op : c.ops()) ids.add(op.id());
        List<Put> touched = new ArrayList<>(ids.size());
        for (String id : ids) touched.add(new Put(id, doc.props(id)));
        store.commit("bench", batch, touched, List.of());
    }
}
