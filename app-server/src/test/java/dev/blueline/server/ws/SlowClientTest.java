package dev.blueline.server.ws;

import dev.blueline.model.protocol.ClientMessage;
import dev.blueline.model.protocol.HostMessage;
import dev.blueline.model.protocol.HostMessage.Ack;
import dev.blueline.model.protocol.HostMessage.RemoteChange;
import dev.blueline.model.protocol.Point;
import dev.blueline.model.protocol.Protocol;
import dev.blueline.server.config.HostConfig;
import dev.blueline.server.testing.StuckClient;
import dev.blueline.server.testing.Team;
import dev.blueline.server.testing.TestHost;
import dev.blueline.server.testing.WsPeer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static dev.blueline.model.testing.Fixtures.element;
import static dev.blueline.model.testing.Fixtures.move;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A client that stops reading never slows the room: once more than the outgoing queue limit of
 * frames wait for it, it is dropped (it would catch up when it comes back), and everyone else goes
 * on receiving every change in order.
 */
class SlowClientTest {
    private static final int QUEUE_LIMIT = 64;
    /** Steps of editing before the test gives up on the host dropping the stuck client: ~30 MB for it. */
    private static final int MAX_STEPS = 120;

    @TempDir
    Path dir;

    @Test
    void aClientThatStopsReadingIsDroppedWhileTheOthersKeepReceivingEveryChange() throws Exception {
        HostConfig.Limits d = Team.hostConfig(dir).limits();
        HostConfig config = Team.hostConfig(dir).withLimits(new HostConfig.Limits(d.maxBodyBytes(), d.maxFrameBytes(),
                d.messagesPerSecond(), QUEUE_LIMIT, d.loginAttemptsPerMinute()));
        try (TestHost host = TestHost.start(config)) {
            Team team = Team.on(host);
            String lin = team.editor("Lin");
            try (WsPeer observer = team.join(lin, "observer"); WsPeer ada = team.join(team.owner, "ada");
                 StuckClient stuck = StuckClient.connect(team.wsUrl)) {
                stuck.sendText(WsPeer.CODEC.encode(new ClientMessage.Hello(Protocol.VERSION, lin, team.projectId, "stuck", 0)));
                observer.await(HostMessage.PeerPresence.class, p -> p.clientId().equals("stuck"));
                long start = team.screen().get("seq").asLong();

                List<Long> acked = new ArrayList<>();
                List<HostMessage> seen = new ArrayList<>();
                long clientSeq = 0;
                ada.change(++clientSeq, element("e1", "button", team.screenId, 0, 0));
                // Ada works on: each step ten moves, and her selection of 4,000 elements (~250 KB of presence, sent
                // to everyone in the room). That fills the kernel buffers between the host and the stuck client
                // within a few megabytes; after that, every frame for it waits in the host's queue, until too many do.
                List<String> selection = new ArrayList<>();
                for (int i = 0; i < 4_000; i++) selection.add("element-%055d".formatted(i));
                for (int step = 0; step < MAX_STEPS && seen.stream().noneMatch(SlowClientTest::stuckLeft); step++) {
                    ada.send(new ClientMessage.PresenceUpdate(team.screenId, new Point(step, step), selection, null, null));
                    for (int k = 1; k <= 10; k++) ada.change(++clientSeq, move("e1", step * 100 + k, k));
                    while (acked.size() < clientSeq) acked.add(ada.await(Ack.class).seq());
                    seen.addAll(observer.drain(Duration.ofMillis(40)));
                }

                // the observer heard that the stuck client left, and got every change in order with no gap
                long last = start + acked.size();
                if (seen.stream().noneMatch(m -> m instanceof RemoteChange c && c.seq() == last)) {
                    seen.addAll(observer.until(m -> m instanceof RemoteChange c && c.seq() == last));
                }
                if (seen.stream().noneMatch(SlowClientTest::stuckLeft)) {
                    seen.add(observer.await(HostMessage.Leave.class, l -> l.clientId().equals("stuck")));
                }
                List<Long> seqs = seen.stream().filter(m -> m instanceof RemoteChange).map(m -> ((RemoteChange) m).seq()).toList();
                assertThat(acked).isSorted().doesNotHaveDuplicates().startsWith(start + 1);
                assertThat(seqs).isEqualTo(acked);
                assertThat(seen).filteredOn(m -> m instanceof HostMessage.PeerPresence p && p.clientId().equals("ada")).isNotEmpty();
                assertThat(stuck.awaitDropped(Duration.ofSeconds(15))).as("the host closed the stuck client's TCP connection").isTrue();
            }
            // the room still works, for someone new as well
            try (WsPeer late = team.join(lin, "late")) {
                late.change(1, element("late", "button", team.screenId, 1, 1));
                assertThat(late.await(Ack.class).seq()).isEqualTo(team.screen().get("seq").asLong());
            }
        }
    }

    private static boolean stuckLeft(HostMessage m) {
        return m instanceof HostMessage.Leave l && l.clientId().equals("stuck");
    }
}
