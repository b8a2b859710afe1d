package dev.blueline.server.store;

import dev.blueline.model.sync.PendingChange;
import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.blueline.model.testing.Fixtures.move;
import static org.assertj.core.api.Assertions.assertThat;

class JoinedStoreTest extends StoreTestBase {
    private static JoinedRecord joined(String id, String fingerprint, String project, String refresh) {
        return new JoinedRecord(id, "192.168.1.20", 8000, "code1234", fingerprint, project, "Ada's shop", "Lin", "guest-1", "editor",
                refresh, null, null);
    }

    @Test
    void aJoinedProjectItsCopyAndItsNewestRefreshTokenSurviveARestart() {
        JoinedRecord j = stores.joined().remember(joined("j1", "ab".repeat(32), "p1", "first"));
        stores.joined().keepCopy(j.id(), new KeptCopy(List.of(move("e1", 10, 20)), 7, "epoch-a"));
        stores.joined().updateRefreshToken(j.id(), "second");
        reopen();
        JoinedRecord again = stores.joined().byId("j1").orElseThrow();
        assertThat(again.refreshToken()).as("refresh tokens are good once: the newest is what counts").isEqualTo("second");
        assertThat(again.projectName()).isEqualTo("Ada's shop");
        assertThat(stores.joined().copy("j1")).contains(new KeptCopy(List.of(move("e1", 10, 20)), 7, "epoch-a"));
    }

    @Test
    void joiningTheSameProjectOnTheSameHostAgainKeepsTheEntryItsCopyAndPendingEdits() {
        String fp = "cd".repeat(32);
        stores.joined().remember(joined("j1", fp, "p1", "first"));
        stores.joined().keepCopy("j1", new KeptCopy(List.of(move("e1", 1, 1)), 3, "e"));
        tick();
        // tried: the same project again, with a new link (a new guest account and token)
        JoinedRecord again = stores.joined().remember(joined("j2", fp, "p1", "other"));
        assertThat(again.id()).isEqualTo("j1");
        assertThat(again.refreshToken()).isEqualTo("other");
        assertThat(stores.joined().all()).hasSize(1);
        assertThat(stores.joined().copy("j1")).isPresent();
        // another project on that host is another entry, listed first as the most recently opened
        tick();
        stores.joined().remember(joined("j3", fp, "p2", "x"));
        assertThat(stores.joined().all()).extracting(JoinedRecord::id).containsExactly("j3", "j1");
    }

    @Test
    void forgettingAJoinedProjectDropsItsCopyAndTheEditsItWasKeepingForTheHost() {
        stores.joined().remember(joined("j1", null, "p1", "t"));
        stores.joined().keepCopy("j1", new KeptCopy(List.of(), 0, null));
        stores.pendingStore(JoinedStore.sessionKey("j1")).add(new PendingChange(1, List.of(move("e1", 1, 2))));
        stores.joined().forget("j1");
        assertThat(stores.joined().all()).isEmpty();
        assertThat(stores.joined().copy("j1")).isEmpty();
        assertThat(stores.pendingStore(JoinedStore.sessionKey("j1")).load()).isEmpty();
    }
}
