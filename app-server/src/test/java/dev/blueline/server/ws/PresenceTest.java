package dev.blueline.server.ws;

import dev.blueline.model.protocol.ClientMessage.PresenceUpdate;
import dev.blueline.model.protocol.HostMessage;
import dev.blueline.model.protocol.HostMessage.PeerPresence;
import dev.blueline.model.protocol.Point;
import dev.blueline.server.testing.Team;
import dev.blueline.server.testing.TestHost;
import dev.blueline.server.testing.WsPeer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.locks.LockSupport;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Cursors and selections: they reach the others with the sender's name and colour, are coalesced to
 * about 30 per second per client (so N people moving their mice cost N×(N−1)×30 frames a second, not
 * one frame per mouse event per peer), the last position always arrives, and nothing of it is stored.
 */
class PresenceTest {
    /** The host's floor between two presence broadcasts of one client (RoomSettings.DEFAULT). */
    private static final long INTERVAL_MS = 33;

    @TempDir
    Path dir;

    @Test
    void aCursorReachesTheOthersWithNameAndColourButNeverItsSender() throws Exception {
        try (TestHost host = TestHost.start(Team.hostConfig(dir))) {
            Team team = Team.on(host);
            try (WsPeer ada = team.connect(); WsPeer lin = team.join(team.editor("Lin"), "lin-1")) {
                HostMessage.Welcome me = ada.hello(team.owner, team.projectId, "ada-1", 0);
                ada.send(new PresenceUpdate(team.screenId, new Point(10, 20), List.of(team.screenId), null, true));
                PeerPresence p = lin.await(PeerPresence.class, m -> m.cursor() != null);
                assertThat(p.clientId()).isEqualTo("ada-1");
                assertThat(p.name()).isEqualTo("Ada");
                assertThat(p.color()).isEqualTo(me.you().color()).matches("#[0-9a-fA-F]{6}");
                assertThat(p.cursor()).isEqualTo(new Point(10, 20));
                assertThat(p.selection()).containsExactly(team.screenId);
                assertThat(p.typing()).isTrue();
                assertThat(ada.drain(Duration.ofMillis(300))).noneMatch(m -> m instanceof PeerPresence pp && pp.clientId().equals("ada-1"));

                // someone who arrives later finds Ada where she is
                try (WsPeer sam = team.connect()) {
                    HostMessage.Welcome w = sam.hello(team.editor("Sam"), team.projectId, "sam-1", 0);
                    assertThat(w.peers()).filteredOn(pp -> pp.clientId().equals("ada-1")).singleElement()
                            .satisfies(pp -> assertThat(pp.cursor()).isEqualTo(new Point(10, 20)));
                }
            }
            long seq = team.screen().get("seq").asLong();
            assertThat(seq).as("presence is not a change").isEqualTo(1);
            host.close();

            // after a restart nobody's old cursor is shown: presence was never stored
            try (TestHost again = TestHost.start(Team.hostConfig(dir)); WsPeer lin = WsPeer.connect(again.wsUrl())) {
                Team same = team.at(again.api, again.wsUrl());
                HostMessage.Welcome w = lin.hello(same.owner, same.projectId, "ada-2", 0);
                assertThat(w.peers()).isEmpty();
                assertThat(w.seq()).isEqualTo(seq);
            }
        }
    }

    @Test
    void aBurstOf300MovesInOneSecondIsCoalescedAndTheLastPositionAlwaysArrives() throws Exception {
        try (TestHost host = TestHost.start(Team.hostConfig(dir))) {
            Team team = Team.on(host);
            try (WsPeer ada = team.join(team.owner, "ada-1"); WsPeer lin = team.join(team.editor("Lin"), "lin-1")) {
                lin.drain(Duration.ofMillis(100));
                long start = System.nanoTime();
                for (int i = 1; i <= 300; i++) {
                    pauseUntil(start + i * 1_000_000_000L / 300);
                    ada.send(new PresenceUpdate(team.screenId, new Point(i, i), List.of(), null, null));
                }
                long sendingMs = (System.nanoTime() - start) / 1_000_000;
                List<HostMessage> upToLast = lin.until(m -> m instanceof PeerPresence p && p.cursor() != null && p.cursor().x() == 300);
                List<HostMessage> after = lin.drain(Duration.ofMillis(300));
                long delivered = upToLast.stream().filter(m -> m instanceof PeerPresence p && p.clientId().equals("ada-1")).count();

                // at most one every 33 ms while the burst lasted, plus the held-back last one
                assertThat(delivered).isBetween(2L, sendingMs / INTERVAL_MS + 4);
                assertThat(after).noneMatch(m -> m instanceof PeerPresence);
                assertThat(ada.drain(Duration.ofMillis(100))).noneMatch(m -> m instanceof HostMessage.ErrorMessage);
            }
        }
    }

    @Test
    void manyPeopleMovingAtOnceCostAtMostThirtyFramesASecondPerPairOfPeers() throws Exception {
        int n = 8;
        int moves = 120;
        try (TestHost host = TestHost.start(Team.hostConfig(dir))) {
            Team team = Team.on(host);
            String lin = team.editor("Lin");
            List<WsPeer> peers = new ArrayList<>();
            try {
                for (int i = 0; i < n; i++) peers.add(team.join(i == 0 ? team.owner : lin, "c" + i));
                for (WsPeer p : peers) p.drain(Duration.ofMillis(50));
                ExecutorService pool = Executors.newFixedThreadPool(n);
                CountDownLatch go = new CountDownLatch(1);
                List<Future<Long>> took = new ArrayList<>();
                for (int i = 0; i < n; i++) {
                    WsPeer p = peers.get(i);
                    took.add(pool.submit(() -> {
                        go.await();
                        long start = System.nanoTime();
                        for (int k = 1; k <= moves; k++) {
                            pauseUntil(start + k * 4_000_000L); // one move every 4 ms: 250/s, like a fast mouse
                            p.send(new PresenceUpdate(team.screenId, new Point(k, k), List.of(), null, null));
                        }
                        return (System.nanoTime() - start) / 1_000_000;
                    }));
                }
                go.countDown();
                long longestMs = 0;
                for (Future<Long> f : took) longestMs = Math.max(longestMs, f.get());
                pool.shutdown();

                long perPairBound = longestMs / INTERVAL_MS + 4;
                long total = 0;
                for (int i = 0; i < n; i++) {
                    WsPeer me = peers.get(i);
                    // everyone ends up seeing everyone else's last position
                    Map<String, Point> lastSeen = new HashMap<>();
                    Map<String, Integer> count = new HashMap<>();
                    long deadline = System.nanoTime() + WsPeer.WAIT.toNanos();
                    while (lastSeen.values().stream().filter(pt -> pt.x() == moves).count() < n - 1 && System.nanoTime() < deadline) {
                        HostMessage m = me.next(Duration.ofMillis(200));
                        if (m instanceof PeerPresence pp && pp.cursor() != null) {
                            lastSeen.put(pp.clientId(), pp.cursor());
                            count.merge(pp.clientId(), 1, Integer::sum);
                        }
                    }
                    assertThat(lastSeen).as("what c%d saw last", i).hasSize(n - 1)
                            .allSatisfy((who, pt) -> assertThat(pt).isEqualTo(new Point(moves, moves)));
                    assertThat(count).doesNotContainKey("c" + i);
                    assertThat(count.values()).allSatisfy(c -> assertThat((long) c).isLessThanOrEqualTo(perPairBound));
                    total += count.values().stream().mapToInt(Integer::intValue).sum();
                }
                // every move sent to every peer would have been n × (n − 1) × moves
                assertThat(total).isLessThanOrEqualTo((long) n * (n - 1) * perPairBound).isLessThan((long) n * (n - 1) * moves / 2);
            } finally {
                peers.forEach(WsPeer::close);
            }
        }
    }

    private static void pauseUntil(long nanoTime) {
        long left;
        while ((left = nanoTime - System.nanoTime()) > 0) LockSupport.parkNanos(left);
    }
}
