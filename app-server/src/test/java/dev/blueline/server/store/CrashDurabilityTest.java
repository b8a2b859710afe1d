package dev.blueline.server.store;

import dev.blueline.model.room.RoomStore;
import dev.blueline.server.store.jooq.H2Stores;
import org.junit.jupiter.api.Test;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A commit that returned survives the process being killed with SIGKILL right after, and a batch is
 * never stored in part. A child JVM commits as fast as it can; it is killed at a moment when commits
 * are certainly in flight, and the database is opened again from the file.
 */
class CrashDurabilityTest extends StoreTestBase {

    @Test
    void everyAcknowledgedCommitSurvivesSigkill() throws Exception {
        User ada = user("Ada");
        String projectId = project("Shop", ada).id();
        stores.close(); // the child owns the file while it runs

        for (int round = 1; round <= 2; round++) {
            long acknowledged = runChildAndKillIt(projectId, ada.id(), 25 * round);
            stores = H2Stores.open(H2Stores.fileUrl(dataDir), clock);
            RoomStore.Loaded loaded = stores.roomStore(projectId).load();

            assertThat(loaded.seq()).as("round " + round).isGreaterThanOrEqualTo(acknowledged);
            assertThat((loaded.seq() - 1) % CrashChild.BATCH).as("whole batches only").isZero();
            for (long s = 2; s <= loaded.seq(); s++) assertThat(loaded.document().exists("e" + s)).as("e" + s).isTrue();
            assertThat(loaded.document().exists("e" + (loaded.seq() + 1))).isFalse();
            assertThat(stores.documents().seq(projectId)).isEqualTo(loaded.seq());
            stores.close();
        }
        stores = H2Stores.open(H2Stores.fileUrl(dataDir), clock);
    }

    /** Starts the child, lets it acknowledge at least {@code commits} commits, kills it, returns the last acknowledged seq. */
    private long runChildAndKillIt(String projectId, String userId, int commits) throws Exception {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process child = new ProcessBuilder(java.toString(), "-cp", System.getProperty("java.class.path"),
                "-Dlogback.configurationFile=none", CrashChild.class.getName(), dataDir.toString(), projectId, userId)
                .redirectErrorStream(true)
                .start();
        long acknowledged = 0;
        int seen = 0;
        try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = out.readLine()) != null) {
                if (!line.startsWith(CrashChild.READY)) continue;
                acknowledged = Long.parseLong(line.substring(CrashChild.READY.length()).trim());
                if (++seen >= commits) {
                    child.destroyForcibly(); // SIGKILL: no shutdown hooks, no H2 close
                    break;
                }
            }
        } finally {
            child.destroyForcibly();
            assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
        }
        assertThat(seen).as("the child committed before it was killed").isGreaterThanOrEqualTo(commits);
        return acknowledged;
    }
}
