package dev.blueline.server.store;

import dev.blueline.model.document.Document;
import dev.blueline.model.document.Kind;
import dev.blueline.model.document.Props;
import dev.blueline.model.ops.ChangeValidator;
import dev.blueline.model.ops.Put;
import dev.blueline.model.ops.SequencedChange;
import dev.blueline.model.room.ChatEntry;
import dev.blueline.model.room.InMemoryRoomStore;
import dev.blueline.model.room.RoomStore;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The H2 store and the in-memory reference store go through the same random history of validated
 * batches, with a restart of the database on the way, and must load the same document, seq and
 * recent changes and answer the same re-send questions. The REST reads must agree with the document.
 */
class RoomStoreEquivalenceTest extends StoreTestBase {
    private static final int BATCHES = 50;
    private static final List<String> CLIENTS = List.of("c1", "c2", "c3", "c4");

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 2, 3})
    void bothStoresRememberTheSameHistory(long seed) throws Exception {
        User ada = user("Ada");
        String projectId = project("Shop", ada).id();
        InMemoryRoomStore memory = new InMemoryRoomStore();
        Random rnd = new Random(seed);
        RandomEdits edits = new RandomEdits(rnd);
        ChangeValidator validator = new ChangeValidator();
        Document room = new Document();
        Map<String, Long> clientSeqs = new HashMap<>();
        long seq = 0;
        int rejected = 0;

        for (int b = 0; b < BATCHES; b++) {
            List<SequencedChange> batch = new ArrayList<>();
            int size = rnd.nextInt(10) == 0 ? 200 : 1 + rnd.nextInt(25);
            for (int i = 0; i < size; i++) {
                List<Put> ops = edits.propose(room);
                if (validator.apply(room, ops) != null) {
                    rejected++;
                    continue; // refused whole, nothing applied: a room never sequences it
                }
                String client = CLIENTS.get(rnd.nextInt(CLIENTS.size()));
                batch.add(new SequencedChange(++seq, client, clientSeqs.merge(client, 1L + rnd.nextInt(2), Long::sum), ada.id(), ops));
            }
            List<ChatEntry> chat = rnd.nextInt(4) == 0
                    ? List.of(new ChatEntry("m" + b, ada.id(), "Ada", "batch " + b, START.plusSeconds(b))) : List.of();
            List<Put> touched = touched(room, batch);
            String epoch = "epoch-" + (b <= BATCHES / 2 ? 1 : 2); // the host restarted halfway
            memory.commit(epoch, batch, touched, chat);
            stores.roomStore(projectId).commit(epoch, batch, touched, chat);
            if (b == BATCHES / 2) reopen();
        }

        RoomStore db = stores.roomStore(projectId);
        RoomStore.Loaded fromDb = db.load();
        RoomStore.Loaded fromMemory = memory.load();
        assertThat(rejected).as("the validator refused some proposals").isPositive();
        assertThat(fromDb.document().size()).isGreaterThan(50);
        assertThat(fromDb.document()).isEqualTo(fromMemory.document()).isEqualTo(room);
        assertThat(fromDb.seq()).isEqualTo(fromMemory.seq()).isEqualTo(seq);
        assertThat(db.changes(seq - 99, seq)).hasSize(100).isEqualTo(memory.changes(seq - 99, seq));
        assertThat(db.changes(1, seq)).isEqualTo(memory.changes(1, seq));
        for (long s = 0; s <= seq + 1; s++) assertThat(db.epochOf(s)).as("epoch of seq %d", s).isEqualTo(memory.epochOf(s));
        assertThat(db.epochOf(1)).isEqualTo("epoch-1");
        assertThat(db.epochOf(seq)).isEqualTo("epoch-2");
        for (String client : CLIENTS) {
            assertThat(db.lastClientSeq(client)).isEqualTo(memory.lastClientSeq(client));
            long last = clientSeqs.getOrDefault(client, 0L);
            for (int i = 0; i < 40; i++) {
                long cs = 1 + rnd.nextLong(last + 2); // client seqs were skipped now and then: some of these were never sent
                assertThat(db.seqOf(client, cs)).as(client + "/" + cs).isEqualTo(memory.seqOf(client, cs));
            }
        }
        assertThat(stores.chat().recent(projectId, 1_000)).isEqualTo(memory.chat());
        readsAgreeWith(room, projectId);
    }

    private void readsAgreeWith(Document doc, String projectId) {
        assertThat(stores.documents().screens(projectId)).extracting(StoredObject::id).isEqualTo(doc.screens());
        for (String screen : doc.ids()) {
            if (!doc.is(screen, Kind.SCREEN)) continue;
            List<String> expected = doc.ids().stream()
                    .filter(id -> doc.is(id, Kind.ELEMENT) && screen.equals(doc.text(id, Props.SCREEN)) && !doc.isDeleted(id))
                    .sorted(doc.byOrder()).toList();
            assertThat(stores.documents().elementsOf(projectId, screen)).extracting(StoredObject::id).isEqualTo(expected);
        }
    }

    private static List<Put> touched(Document room, List<SequencedChange> batch) {
        Set<String> ids = new LinkedHashSet<>();
        for (SequencedChange c : batch) for (Put op : c.ops()) ids.add(op.id());
        List<Put> out = new ArrayList<>();
        for (String id : ids) out.add(new Put(id, room.props(id)));
        return out;
    }
}
