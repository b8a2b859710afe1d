package dev.blueline.server.ws;

import com.fasterxml.jackson.databind.JsonNode;
import dev.blueline.model.document.Document;
import dev.blueline.model.document.Value;
import dev.blueline.model.ops.Ops;
import dev.blueline.model.protocol.HostMessage.Ack;
import dev.blueline.model.protocol.HostMessage.RemoteChange;
import dev.blueline.model.protocol.HostMessage.Welcome;
import dev.blueline.server.testing.SyncedPeer;
import dev.blueline.server.testing.Team;
import dev.blueline.server.testing.TestHost;
import dev.blueline.server.testing.WsPeer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static dev.blueline.model.testing.Fixtures.element;
import static dev.blueline.model.testing.Fixtures.move;
import static org.assertj.core.api.Assertions.assertThat;

/** Coming back: catch-up from the recent log, snapshots, restarts of the host, resends, and everyone returning at once. */
class ReconnectTest {
    @TempDir
    Path dir;

    @Test
    void aClientThatWasAwayGetsExactlyTheChangesItMissed() throws Exception {
        try (TestHost host = TestHost.start(Team.hostConfig(dir))) {
            Team team = Team.on(host);
            String lin = team.editor("Lin");
            long seen;
            String epoch;
            try (WsPeer l = team.connect()) {
                Welcome first = l.hello(lin, team.projectId, "lin-1", 0);
                seen = first.seq();
                epoch = first.epoch();
            }
            try (WsPeer ada = team.join(team.owner, "ada-1")) {
                ada.change(1, element("e1", "button", team.screenId, 0, 0));
                for (int i = 2; i <= 5; i++) ada.change(i, move("e1", i * 10, i));
                for (int i = 1; i <= 5; i++) ada.await(Ack.class);
            }
            try (WsPeer l = team.connect()) {
                Welcome w = l.hello(lin, team.projectId, "lin-1", seen, epoch);
                assertThat(w.isSnapshot()).isFalse();
                assertThat(w.seq()).isEqualTo(seen + 5);
                assertThat(w.changes()).extracting(RemoteChange::seq).containsExactly(seen + 1, seen + 2, seen + 3, seen + 4, seen + 5);
                assertThat(w.changes()).extracting(RemoteChange::clientSeq).containsExactly(1L, 2L, 3L, 4L, 5L);
                assertThat(w.changes().getLast().ops()).containsExactly(move("e1", 50, 5));
            }
            try (WsPeer l = team.connect()) {
                Welcome upToDate = l.hello(lin, team.projectId, "lin-1", seen + 5, epoch);
                assertThat(upToDate.changes()).isEmpty();
            }
        }
    }

    @Test
    void aFreshClientOrOneTooFarBehindGetsTheWholeDocument() throws Exception {
        try (TestHost host = TestHost.start(Team.hostConfig(dir))) {
            Team team = Team.on(host);
            String lin = team.editor("Lin");
            long seen;
            String epoch;
            try (WsPeer l = team.connect()) {
                Welcome first = l.hello(lin, team.projectId, "lin-1", 0);
                seen = first.seq();
                epoch = first.epoch();
            }
            // more changes than the host keeps for catch-up (2,000), from six editors at once
            int editors = 6;
            int each = 350;
            ExecutorService pool = Executors.newFixedThreadPool(editors);
            List<Future<?>> done = new ArrayList<>();
            for (int k = 0; k < editors; k++) {
                String id = "e" + k;
                done.add(pool.submit(() -> {
                    try (WsPeer p = team.join(team.owner, "ada-" + id)) {
                        p.change(1, element(id, "button", team.screenId, 0, 0));
                        for (int i = 2; i <= each; i++) p.change(i, move(id, i, i));
                        for (int i = 1; i <= each; i++) p.await(Ack.class);
                    }
                    return null;
                }));
            }
            for (Future<?> f : done) f.get();
            pool.shutdown();
            long now = seen + (long) editors * each;

            try (WsPeer l = team.connect()) {
                Welcome w = l.hello(lin, team.projectId, "lin-1", seen, epoch);
                assertThat(w.isSnapshot()).as("lin is %d changes behind", now - seen).isTrue();
                assertThat(w.seq()).isEqualTo(now);
                Document doc = Ops.fromSnapshot(w.objects());
                assertThat(doc.ids()).containsExactlyInAnyOrder(team.screenId, "e0", "e1", "e2", "e3", "e4", "e5");
                assertThat(doc.get("e3", "x")).isEqualTo(Value.of(each));
            }
            try (WsPeer l = team.connect()) {
                Welcome fresh = l.hello(lin, team.projectId, "lin-2", 0);
                assertThat(fresh.isSnapshot()).isTrue();
                assertThat(fresh.objects()).hasSize(7);
            }
            try (WsPeer l = team.connect()) {
                Welcome recent = l.hello(lin, team.projectId, "lin-1", now - 100, epoch);
                assertThat(recent.changes()).hasSize(100);
            }
        }
    }

    @Test
    void afterAHostRestartClientsCatchUpFromTheStoredLogAndResentChangesKeepTheirSeq() throws Exception {
        Team team;
        long seen;
        String epoch;
        List<Long> acked = new ArrayList<>();
        try (TestHost host = TestHost.start(Team.hostConfig(dir))) {
            team = Team.on(host);
            String lin = team.editor("Lin");
            try (WsPeer l = team.connect()) {
                Welcome first = l.hello(lin, team.projectId, "lin-1", 0);
                seen = first.seq();
                epoch = first.epoch();
            }
            try (WsPeer ada = team.join(team.owner, "ada-1")) {
                ada.change(1, element("e1", "button", team.screenId, 0, 0));
                ada.change(2, move("e1", 20, 20));
                ada.change(3, move("e1", 30, 30));
                for (int i = 0; i < 3; i++) acked.add(ada.await(Ack.class).seq());
            }
        }
        try (TestHost host = TestHost.start(Team.hostConfig(dir))) {
            Team again = team.at(host.api, host.wsUrl());
            String lin = again.editor("Lin");
            try (WsPeer l = again.connect(); WsPeer ada = again.connect()) {
                // a new epoch, but the log shows the old one saved the last change Lin saw: a catch-up is safe
                Welcome w = l.hello(lin, again.projectId, "lin-1", seen, epoch);
                assertThat(w.epoch()).isNotEqualTo(epoch);
                assertThat(w.changes()).extracting(RemoteChange::seq).containsExactlyElementsOf(acked);
                assertThat(w.changes().get(1).ops()).containsExactly(move("e1", 20, 20));

                // Ada never got her acks for 2 and 3 (say), so she sends them again to the new host
                ada.hello(again.owner, again.projectId, "ada-1", acked.getFirst());
                ada.change(2, move("e1", 20, 20));
                ada.change(3, move("e1", 30, 30));
                ada.change(4, move("e1", 40, 40));
                assertThat(List.of(ada.await(Ack.class).seq(), ada.await(Ack.class).seq(), ada.await(Ack.class).seq()))
                        .containsExactly(acked.get(1), acked.get(2), acked.get(2) + 1);
                // Lin sees only the one new change
                assertThat(l.await(RemoteChange.class).clientSeq()).isEqualTo(4);
                assertThat(l.drain(Duration.ofMillis(200))).noneMatch(m -> m instanceof RemoteChange);
            }
            JsonNode e1 = again.screen().get("elements").get(0);
            assertThat(e1.get("x").asInt()).isEqualTo(40);
            assertThat(again.screen().get("seq").asLong()).isEqualTo(acked.get(2) + 1);
        }
    }

    @Test
    void thirtyClientsComingBackInTheSameSecondAfterARestartAllGetInAndConverge() throws Exception {
        int n = 30;
        List<SyncedPeer> peers = new ArrayList<>();
        Team team;
        try (TestHost host = TestHost.start(Team.hostConfig(dir))) {
            team = Team.on(host);
            String lin = team.editor("Lin");
            for (int i = 0; i < n; i++) {
                SyncedPeer p = new SyncedPeer("c" + i, i % 2 == 0 ? team.owner : lin, team.projectId);
                p.connect(team.wsUrl);
                p.awaitOnline();
                peers.add(p);
            }
            for (SyncedPeer p : peers) p.submit(element("e-" + p.clientId(), "button", team.screenId, 0, 0));
            for (SyncedPeer p : peers) p.awaitSynced();
            // everyone has seen every element (its own ack can arrive before the others' broadcasts)
            for (SyncedPeer p : peers) {
                catchUp(p, 1 + n);
                assertThat(p.seq()).as(p.clientId()).isEqualTo(1 + n);
            }
            // the host goes away; everyone keeps editing offline
            for (SyncedPeer p : peers) p.drop();
        }
        for (SyncedPeer p : peers) {
            p.submit(move("e-" + p.clientId(), 1, 1));
            p.submit(move("e-" + p.clientId(), 2, 2));
            p.submit(move("e-c0", peers.indexOf(p), 0)); // and all of them fight over one element
        }
        try (TestHost host = TestHost.start(Team.hostConfig(dir))) {
            Team again = team.at(host.api, host.wsUrl());
            ExecutorService pool = Executors.newFixedThreadPool(n);
            List<Future<?>> back = new ArrayList<>();
            for (SyncedPeer p : peers) back.add(pool.submit(() -> {
                p.connect(again.wsUrl);
                return null;
            }));
            for (Future<?> f : back) f.get();
            pool.shutdown();
            for (SyncedPeer p : peers) p.awaitSynced();

            try (WsPeer fresh = again.connect()) {
                Welcome w = fresh.hello(again.owner, again.projectId, "observer", 0);
                Document host_ = Ops.fromSnapshot(w.objects());
                assertThat(w.seq()).isEqualTo(1 + n + 3L * n);
                for (SyncedPeer p : peers) {
                    catchUp(p, w.seq());
                    assertThat(p.problems()).as(p.clientId()).isEmpty();
                    assertThat(p.seq()).as(p.clientId()).isEqualTo(w.seq());
                    assertThat(p.document()).as(p.clientId()).isEqualTo(host_);
                }
                assertThat(host_.get("e-c7", "x")).isEqualTo(Value.of(2));
            }
            assertThat(again.screen().get("elements")).hasSize(n);
        }
    }

    /** Pumps until the client has seen everything up to {@code seq}. */
    private static void catchUp(SyncedPeer p, long seq) throws InterruptedException {
        long deadline = System.nanoTime() + WsPeer.WAIT.toNanos();
        while (p.seq() < seq && System.nanoTime() < deadline) p.pump(Duration.ofMillis(20));
    }
}
