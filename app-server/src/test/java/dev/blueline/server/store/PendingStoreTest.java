package dev.blueline.server.store;

import dev.blueline.model.sync.PendingChange;
import dev.blueline.model.sync.PendingStore;
import dev.blueline.server.store.jooq.H2Stores;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static dev.blueline.model.testing.Fixtures.move;
import static org.assertj.core.api.Assertions.assertThat;

class PendingStoreTest {
    @TempDir
    Path dir;

    @Test
    void pendingChangesAndTheClientSeqSurviveReopeningTheDatabase() {
        String clientId;
        try (H2Stores stores = H2Stores.open(H2Stores.fileUrl(dir))) {
            PendingStore p = stores.pendingStore("local:p1");
            clientId = p.clientId();
            p.add(new PendingChange(1, List.of(move("e1", 1, 2))));
            p.add(new PendingChange(2, List.of(move("e1", 3, 4))));
            p.add(new PendingChange(3, List.of(move("e2", 5, 6))));
            p.remove(1);
            p.remove(3);
        }
        try (H2Stores stores = H2Stores.open(H2Stores.fileUrl(dir))) {
            PendingStore p = stores.pendingStore("local:p1");
            assertThat(p.clientId()).as("the same client after a restart, so re-sends are recognised").isEqualTo(clientId);
            assertThat(p.load()).containsExactly(new PendingChange(2, List.of(move("e1", 3, 4))));
            assertThat(p.lastClientSeq()).as("never reused, even once acknowledged").isEqualTo(3);
        }
    }

    @Test
    void sessionsDoNotSeeEachOthersChanges() {
        try (H2Stores stores = H2Stores.open(H2Stores.fileUrl(dir))) {
            PendingStore a = stores.pendingStore("local:a");
            PendingStore b = stores.pendingStore("remote:fp:b");
            a.add(new PendingChange(1, List.of(move("x", 1, 1))));
            assertThat(b.load()).isEmpty();
            assertThat(a.clientId()).isNotEqualTo(b.clientId());
        }
    }
}
