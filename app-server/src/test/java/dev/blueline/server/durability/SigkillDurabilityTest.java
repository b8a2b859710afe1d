package dev.blueline.server.durability;

import com.fasterxml.jackson.databind.JsonNode;
import dev.blueline.model.document.Document;
import dev.blueline.model.document.Value;
import dev.blueline.model.ops.Ops;
import dev.blueline.model.ops.Put;
import dev.blueline.model.ops.SequencedChange;
import dev.blueline.model.protocol.HostMessage.Welcome;
import dev.blueline.model.room.RoomStore;
import dev.blueline.server.store.jooq.H2Stores;
import dev.blueline.server.testing.HostProcess;
import dev.blueline.server.testing.SyncedPeer;
import dev.blueline.server.testing.Team;
import dev.blueline.server.testing.WsPeer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;

import static dev.blueline.model.testing.Fixtures.element;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The host runs as its own process while three editors stream changes as fast as their acks come
 * back; at a random moment it is killed with SIGKILL (no shutdown hook, no flush), then started
 * again on the same data directory. Three times. Each time every change that was acknowledged
 * before the kill must be stored at its seq with its content, the log must have no gaps, and the
 * editors, reconnecting with their last seq and re-sending what was not acknowledged, must end up
 * with exactly the host's document. Replay a run with {@code -Ddurability.seed=N}.
 */
class SigkillDurabilityTest {
    private static final int KILLS = 3;
    /** Changes each editor keeps in flight. */
    private static final int WINDOW = 4;

    @TempDir
    Path dir;

    @Test
    void everyAcknowledgedChangeSurvivesSigkillAndTheEditorsConverge() throws Exception {
        long seed = Long.getLong("durability.seed", System.nanoTime());
        Random random = new Random(seed);
        Path data = dir.resolve("data");
        Path log = dir.resolve("host.log");
        System.out.println(System.currentTimeMillis() % 1000000 + " TIMING begin");
        HostProcess host = HostProcess.start(data, log);
        System.out.println(System.currentTimeMillis() % 1000000 + " TIMING started");
        try {
            Team team = Team.on(host.api(), host.wsUrl());
            List<SyncedPeer> editors = List.of(
                    new SyncedPeer("ada-app", team.owner, team.projectId),
                    new SyncedPeer("lin-app", team.editor("Lin"), team.projectId),
                    new SyncedPeer("sam-app", team.editor("Sam"), team.projectId));
            for (SyncedPeer e : editors) {
                e.connect(team.wsUrl);
                e.awaitOnline();
                e.submit(element(e.clientId() + "-box", "label", team.screenId, 0, 0));
                e.awaitSynced();
            }
            long roundStart = team.screen().get("seq").asLong();
            System.out.println(System.currentTimeMillis() % 1000000 + " TIMING set up");

            for (int kill = 1; kill <= KILLS; kill++) {
                int target = 100 + random.nextInt(400);
                int acksBefore = editors.stream().mapToInt(SyncedPeer::ackCount).sum();
                stream(editors, () -> editors.stream().mapToInt(SyncedPeer::ackCount).sum() - acksBefore >= target, host);
                System.out.println(System.currentTimeMillis() % 1000000 + " TIMING killed");
                String context = "seed " + seed + ", kill " + kill + " after " + target + " acks";

                long stored = assertEveryAckedChangeIsStored(data, team.projectId, editors, roundStart, context);
                host = HostProcess.start(data, log);
                team = team.at(host.api(), host.wsUrl());
                System.out.println(System.currentTimeMillis() % 1000000 + " TIMING restarted");
                assertThat(team.screen().get("seq").asLong()).as("the restarted host is at the stored seq (%s)", context).isEqualTo(stored);

                System.out.println(System.currentTimeMillis() % 1000000 + " TIMING verified");
                for (SyncedPeer e : editors) e.connect(team.wsUrl);
                for (SyncedPeer e : editors) e.awaitSynced();
                System.out.println(System.currentTimeMillis() % 1000000 + " TIMING resynced");
                roundStart = assertConverged(team, editors, context);
                System.out.println(System.currentTimeMillis() % 1000000 + " TIMING converged " + roundStart);
                assertThat(roundStart).as(context).isGreaterThanOrEqualTo(stored);
            }
        } catch (AssertionError | RuntimeException e) {
            throw new AssertionError(e.getMessage() + "\n--- host output ---\n" + tail(host.output()), e);
        } finally {
            host.close();
        }
    }

    /** Each editor streams edits on its own thread, {@link #WINDOW} in flight, until the host is killed once {@code enough} holds. */
    private static void stream(List<SyncedPeer> editors, java.util.function.BooleanSupplier enough, HostProcess host) throws Exception {
        AtomicBoolean stop = new AtomicBoolean();
        ExecutorService pool = Executors.newFixedThreadPool(editors.size());
        List<Future<?>> running = new ArrayList<>();
        for (SyncedPeer e : editors) {
            running.add(pool.submit(() -> {
                int n = 0;
                while (!stop.get()) {
                    while (e.isOnline() && e.pendingCount() < WINDOW) {
                        n++;
                        e.submit(Put.on(e.clientId() + "-box").set("x", n).set("text", e.clientId() + " edit " + n).build());
                    }
                    if (!e.pump(Duration.ofMillis(2))) return null; // the host is gone
                }
                return null;
            }));
        }
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (!enough.getAsBoolean() && System.nanoTime() < deadline) Thread.sleep(2);
        host.kill(); // changes are in flight right now: each editor has up to WINDOW unacknowledged
        stop.set(true);
        for (Future<?> f : running) f.get();
        pool.shutdown();
        for (SyncedPeer e : editors) e.drop();
    }

    /**
     * The database file the killed host left holds every acknowledged change at its seq with its
     * content, nothing it was not sent, and no gap after the round's start. Returns the stored seq.
     * (It is read from the file itself: a client coming back to the restarted host may get a
     * snapshot instead of the log, since others may have seen changes that were never saved.)
     */
    private static long assertEveryAckedChangeIsStored(Path data, String projectId, List<SyncedPeer> editors, long from, String context) {
        RoomStore.Loaded stored;
        List<SequencedChange> log;
        try (H2Stores db = H2Stores.open(H2Stores.fileUrl(data))) {
            stored = db.roomStore(projectId).load();
            log = db.roomStore(projectId).changes(from + 1, stored.seq());
        }
        {
            List<Long> seqs = log.stream().map(SequencedChange::seq).toList();
            List<Long> expected = new ArrayList<>();
            for (long s = from + 1; s <= stored.seq(); s++) expected.add(s);
            assertThat(seqs).as("the log after seq %d has no gaps (%s)", from, context).isEqualTo(expected);

            Map<Long, SequencedChange> bySeq = new HashMap<>();
            for (SequencedChange c : log) bySeq.put(c.seq(), c);
            int checked = 0;
            for (SyncedPeer e : editors) {
                Map<Long, List<Put>> submitted = e.submitted();
                for (Map.Entry<Long, Long> ack : e.acked().entrySet()) {
                    if (ack.getValue() <= from) continue;
                    SequencedChange c = bySeq.get(ack.getValue());
                    assertThat(c).as("%s change %d acked at seq %d (%s)", e.clientId(), ack.getKey(), ack.getValue(), context).isNotNull();
                    assertThat(c.clientId()).as(context).isEqualTo(e.clientId());
                    assertThat(c.clientSeq()).as(context).isEqualTo(ack.getKey());
                    assertThat(c.ops()).as(context).isEqualTo(submitted.get(ack.getKey()));
                    checked++;
                }
            }
            assertThat(checked).as("acknowledged changes checked (%s)", context).isPositive();
            // and nothing that nobody sent
            Map<String, SyncedPeer> byId = new HashMap<>();
            editors.forEach(e -> byId.put(e.clientId(), e));
            for (SequencedChange c : log) {
                assertThat(byId).as(context).containsKey(c.clientId());
                assertThat(c.ops()).as(context).isEqualTo(byId.get(c.clientId()).submitted().get(c.clientSeq()));
            }
            return stored.seq();
        }
    }

    /** Every editor shows exactly the host's document, and REST reads the same. Returns the host's seq. */
    private static long assertConverged(Team team, List<SyncedPeer> editors, String context) throws Exception {
        try (WsPeer fresh = WsPeer.connect(team.wsUrl)) {
            Welcome w = fresh.hello(team.owner, team.projectId, "observer", 0);
            Document hosts = Ops.fromSnapshot(w.objects());
            for (SyncedPeer e : editors) {
                long deadline = System.nanoTime() + WsPeer.WAIT.toNanos();
                while (e.seq() < w.seq() && System.nanoTime() < deadline) e.pump(Duration.ofMillis(10));
                assertThat(e.problems()).as("%s (%s)", e.clientId(), context).isEmpty();
                assertThat(e.pendingCount()).as(context).isZero();
                assertThat(e.seq()).as(context).isEqualTo(w.seq());
                assertThat(e.document()).as("%s's document (%s)", e.clientId(), context).isEqualTo(hosts);
            }
            JsonNode elements = team.screen().get("elements");
            assertThat(elements).as(context).hasSize(editors.size());
            for (JsonNode el : elements) {
                String id = el.get("id").asText();
                assertThat(Value.of(el.get("x").asDouble())).as(context).isEqualTo(hosts.get(id, "x"));
                assertThat(Value.of(el.get("text").asText())).as(context).isEqualTo(hosts.get(id, "text"));
            }
            return w.seq();
        }
    }

    private static String tail(String s) {
        return s.length() > 4_000 ? s.substring(s.length() - 4_000) : s;
    }
}
