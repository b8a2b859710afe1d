package dev.blueline.server.store;

import dev.blueline.model.document.Document;
import dev.blueline.model.ops.Ops;
import dev.blueline.model.ops.Put;
import dev.blueline.model.ops.SequencedChange;
import dev.blueline.model.room.RoomStore;
import dev.blueline.model.testing.Fixtures;
import dev.blueline.server.store.jooq.H2Stores;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A host stand-in for {@link CrashDurabilityTest}: commits batches of {@value #BATCH} changes to a
 * project as fast as it can and prints {@code committed <seq>} after each commit returns (when a
 * real host would send the acks), until it is killed.
 * Arguments: data directory, project id, user id.
 */
public final class CrashChild {
    static final int BATCH = 5;
    static final String READY = "committed ";

    public static void main(String[] args) throws Exception {
        try (H2Stores stores = H2Stores.open(H2Stores.fileUrl(Path.of(args[0])))) {
            RoomStore room = stores.roomStore(args[1]);
            RoomStore.Loaded loaded = room.load();
            Document doc = loaded.document();
            long seq = loaded.seq();
            if (!doc.exists("s1")) {
                Put screen = Fixtures.screen("s1", "Home");
                Ops.apply(doc, screen);
                room.commit("child", List.of(new SequencedChange(++seq, "child", seq, args[2], List.of(screen))), List.of(screen), List.of());
            }
            while (true) {
                List<SequencedChange> batch = new ArrayList<>();
                List<Put> touched = new ArrayList<>();
                for (int i = 0; i < BATCH; i++) {
                    seq++;
                    Put element = Fixtures.element("e" + seq, "button", "s1", seq, seq);
                    Ops.apply(doc, element);
                    batch.add(new SequencedChange(seq, "child", seq, args[2], List.of(element)));
                    touched.add(element);
                }
                room.commit("child", batch, touched, List.of());
                System.out.println(READY + seq);
                System.out.flush();
            }
        }
    }
}
