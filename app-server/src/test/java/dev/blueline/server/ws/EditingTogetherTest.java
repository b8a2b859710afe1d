package dev.blueline.server.ws;

import com.fasterxml.jackson.databind.JsonNode;
import dev.blueline.model.document.Value;
import dev.blueline.model.protocol.ClientMessage;
import dev.blueline.model.protocol.HostMessage;
import dev.blueline.model.protocol.HostMessage.Ack;
import dev.blueline.model.protocol.HostMessage.RemoteChange;
import dev.blueline.model.room.CloseCodes;
import dev.blueline.server.testing.Api;
import dev.blueline.server.testing.Team;
import dev.blueline.server.testing.TestHost;
import dev.blueline.server.testing.WsPeer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static dev.blueline.model.testing.Fixtures.element;
import static dev.blueline.model.testing.Fixtures.move;
import static org.assertj.core.api.Assertions.assertThat;

/** Two and more people editing one project over real WebSockets: acks, broadcasts, rejects, chat, leaving, REST writes, resends. */
class EditingTogetherTest {
    @TempDir
    static Path dir;
    static TestHost host;
    Team team;

    @BeforeAll
    static void start() throws Exception {
        host = TestHost.start(Team.hostConfig(dir));
    }

    @AfterAll
    static void stop() {
        host.close();
    }

    @BeforeEach
    void newProject() {
        team = Team.on(host);
    }

    @Test
    void everyEditReachesEveryoneOnceInSeqOrderAndIsAckedToItsSender() throws Exception {
        long base = team.screen().get("seq").asLong();
        try (WsPeer ada = team.join(team.owner, "ada-1"); WsPeer lin = team.join(team.editor("Lin"), "lin-1");
             WsPeer sam = team.join(team.editor("Sam"), "sam-1")) {
            ada.change(1, element("a", "button", team.screenId, 0, 0));
            lin.change(1, element("l", "button", team.screenId, 0, 0));
            long adaFirst = ada.await(Ack.class).seq();
            lin.await(Ack.class);
            for (int i = 2; i <= 11; i++) {
                ada.change(i, move("a", i, i));
                lin.change(i, move("l", i, i));
            }
            List<Long> adaAcks = acks(ada, 10);
            List<Long> linAcks = acks(lin, 10);

            // Sam made nothing and sees all 22 changes, in seq order, without gaps or repeats
            List<RemoteChange> seenBySam = changes(sam, 22);
            assertThat(seenBySam).extracting(RemoteChange::seq)
                    .containsExactlyElementsOf(range(base + 1, 22));
            assertThat(seenBySam).filteredOn(c -> c.clientId().equals("ada-1")).extracting(RemoteChange::clientSeq)
                    .containsExactly(1L, 2L, 3L, 4L, 5L, 6L, 7L, 8L, 9L, 10L, 11L);
            // each sender sees the same history, its own changes included: that is how it learns their seq
            // before the ack says they are saved
            List<RemoteChange> seenByAda = changes(ada, 22);
            assertThat(seenByAda).isEqualTo(seenBySam);
            assertThat(changes(lin, 22)).isEqualTo(seenBySam);
            assertThat(seenByAda).filteredOn(c -> c.clientId().equals("ada-1")).extracting(RemoteChange::seq)
                    .containsExactlyElementsOf(concat(adaFirst, adaAcks));
            assertThat(adaAcks).isSorted().doesNotHaveDuplicates().doesNotContainAnyElementsOf(linAcks);
            assertThat(ada.drain(Duration.ofMillis(200))).noneMatch(m -> m instanceof RemoteChange);
        }
        JsonNode stored = team.screen();
        assertThat(stored.get("elements")).extracting(e -> e.get("id").asText() + "@" + e.get("x").asInt())
                .containsExactlyInAnyOrder("a@11", "l@11");
    }

    @Test
    void anInvalidChangeIsRejectedWholeAndNobodyElseSeesAnything() throws Exception {
        try (WsPeer ada = team.join(team.owner, "ada-1"); WsPeer lin = team.join(team.editor("Lin"), "lin-1")) {
            // a good op and a bad one in the same change: neither may land
            ada.change(1, element("ok", "button", team.screenId, 1, 1), element("bad", "no-such-control", team.screenId, 1, 1));
            HostMessage.Reject reject = ada.await(HostMessage.Reject.class);
            assertThat(reject.clientSeq()).isEqualTo(1);
            assertThat(reject.code()).isEqualTo("unknown_type");
            assertThat(reject.message()).contains("no-such-control");

            // the next good change takes the very next seq: the rejected one used none
            long before = team.screen().get("seq").asLong();
            ada.change(2, element("ok", "button", team.screenId, 1, 1));
            assertThat(ada.await(Ack.class).seq()).isEqualTo(before + 1);
            List<HostMessage> linSaw = lin.until(m -> m instanceof RemoteChange);
            assertThat(linSaw).filteredOn(m -> m instanceof RemoteChange).singleElement()
                    .satisfies(m -> assertThat(((RemoteChange) m).clientSeq()).isEqualTo(2));
            assertThat(linSaw).noneMatch(m -> m instanceof HostMessage.Reject);
        }
        assertThat(team.screen().get("elements")).extracting(e -> e.get("id").asText()).containsExactly("ok");
    }

    @Test
    void aViewerSeesEverythingButChangesNothing() throws Exception {
        String viewer = team.viewer("Vic");
        try (WsPeer ada = team.join(team.owner, "ada-1"); WsPeer vic = team.connect()) {
            HostMessage.Welcome w = vic.hello(viewer, team.projectId, "vic-1", 0);
            assertThat(w.you().role()).isEqualTo("viewer");

            vic.change(1, element("v", "button", team.screenId, 5, 5));
            HostMessage.Reject reject = vic.await(HostMessage.Reject.class);
            assertThat(reject.code()).isEqualTo("forbidden");
            assertThat(reject.message()).isNotBlank();

            ada.change(1, element("a", "button", team.screenId, 5, 5));
            ada.await(Ack.class);
            // the viewer still follows the work; the owner never heard of the refused change
            assertThat(vic.await(RemoteChange.class).clientId()).isEqualTo("ada-1");
            assertThat(ada.drain(Duration.ofMillis(200))).filteredOn(m -> m instanceof RemoteChange)
                    .allMatch(m -> ((RemoteChange) m).clientId().equals("ada-1"));
        }
        assertThat(team.screen().get("elements")).extracting(e -> e.get("id").asText()).containsExactly("a");
    }

    @Test
    void chatReachesEveryMemberIncludingViewersAndIsKeptWithTheProject() throws Exception {
        try (WsPeer ada = team.join(team.owner, "ada-1"); WsPeer lin = team.join(team.editor("Lin"), "lin-1");
             WsPeer vic = team.join(team.viewer("Vic"), "vic-1")) {
            lin.send(new ClientMessage.ChatSend("  looks good  "));
            for (WsPeer p : List.of(ada, lin, vic)) {
                HostMessage.ChatMessage m = p.await(HostMessage.ChatMessage.class);
                assertThat(m.text()).isEqualTo("looks good");
                assertThat(m.name()).isEqualTo("Lin");
                assertThat(m.id()).isNotBlank();
                assertThat(m.at()).isNotBlank();
            }
            vic.send(new ClientMessage.ChatSend("can I edit?"));
            assertThat(ada.await(HostMessage.ChatMessage.class).name()).isEqualTo("Vic");

            vic.send(new ClientMessage.ChatSend("   "));
            assertThat(vic.await(HostMessage.ErrorMessage.class).code()).isEqualTo("bad_message");
        }
        assertThat(team.chat()).extracting(m -> m.get("text").asText()).containsExactlyInAnyOrder("looks good", "can I edit?");
    }

    @Test
    void closingAConnectionTellsTheOthersThatItLeft() throws Exception {
        try (WsPeer ada = team.join(team.owner, "ada-1")) {
            WsPeer lin = team.join(team.editor("Lin"), "lin-1");
            ada.await(HostMessage.PeerPresence.class, p -> p.clientId().equals("lin-1"));
            lin.close();
            assertThat(ada.await(HostMessage.Leave.class).clientId()).isEqualTo("lin-1");

            // someone joining later does not see Lin among the peers
            try (WsPeer sam = team.connect()) {
                assertThat(sam.hello(team.editor("Sam"), team.projectId, "sam-1", 0).peers())
                        .extracting(HostMessage.PeerPresence::clientId).containsExactly("ada-1");
            }
        }
    }

    @Test
    void restWritesShowUpLiveOnEveryConnection() throws Exception {
        try (WsPeer ada = team.join(team.owner, "ada-1"); WsPeer lin = team.join(team.editor("Lin"), "lin-1")) {
            Api.Reply created = team.api.post("/api/v1/wireframes", team.owner,
                    Map.of("projectId", team.projectId, "name", "Checkout", "width", 390, "height", 844));
            assertThat(created.status()).as(created.toString()).isEqualTo(201);
            String checkout = created.json().get("id").asText();
            for (WsPeer p : List.of(ada, lin)) {
                RemoteChange c = p.await(RemoteChange.class);
                assertThat(c.ops()).singleElement().satisfies(op -> {
                    assertThat(op.id()).isEqualTo(checkout);
                    assertThat(op.set().get("name")).isEqualTo(Value.of("Checkout"));
                });
            }

            Api.Reply change = team.api.post("/api/v1/projects/" + team.projectId + "/changes", team.owner, restChange(checkout));
            assertThat(change.status()).as(change.toString()).isEqualTo(200);
            long seq = change.json().get("seq").asLong();
            for (WsPeer p : List.of(ada, lin)) {
                RemoteChange c = p.await(RemoteChange.class);
                assertThat(c.seq()).isEqualTo(seq);
                assertThat(c.ops().getFirst().set().get("x")).isEqualTo(Value.of(7));
            }
        }
    }

    @Test
    void aResentChangeGetsItsFirstAckAndIsStoredOnce() throws Exception {
        try (WsPeer ada = team.join(team.owner, "ada-1"); WsPeer lin = team.join(team.editor("Lin"), "lin-1")) {
            ada.change(1, element("e1", "button", team.screenId, 10, 10));
            long seq1 = ada.await(Ack.class).seq();
            ada.change(2, move("e1", 50, 50));
            long seq2 = ada.await(Ack.class).seq();

            // the connection dropped before the acks arrived, so the client sends both again
            ada.change(1, element("e1", "button", team.screenId, 10, 10));
            ada.change(2, move("e1", 50, 50));
            assertThat(ada.await(Ack.class).seq()).isEqualTo(seq1);
            assertThat(ada.await(Ack.class).seq()).isEqualTo(seq2);

            ada.change(3, move("e1", 60, 60));
            long seq3 = ada.await(Ack.class).seq();
            assertThat(seq3).isEqualTo(seq2 + 1);
            assertThat(changes(lin, 3)).extracting(RemoteChange::seq).containsExactly(seq1, seq2, seq3);
        }
        // the resent creation did not put the element back at 10,10
        assertThat(team.screen().get("elements").get(0).get("x").asInt()).isEqualTo(60);
    }

    @Test
    void theSameClientConnectingAgainReplacesItsOldConnection() throws Exception {
        String lin = team.editor("Lin");
        try (WsPeer ada = team.join(team.owner, "ada-1"); WsPeer old = team.join(lin, "lin-1")) {
            try (WsPeer fresh = team.join(lin, "lin-1")) {
                assertThat(old.awaitClose()).isEqualTo(CloseCodes.REPLACED);
                fresh.change(1, element("e1", "button", team.screenId, 1, 1));
                fresh.await(Ack.class);
                assertThat(ada.await(RemoteChange.class).clientId()).isEqualTo("lin-1");
                // Lin did not leave: only one of her connections went away
                assertThat(ada.drain(Duration.ofMillis(200))).noneMatch(m -> m instanceof HostMessage.Leave);
            }
        }
    }

    private Map<String, Object> restChange(String screen) {
        Map<String, Object> set = new java.util.LinkedHashMap<>();
        set.put("kind", "element");
        set.put("type", "button");
        set.put("screen", screen);
        set.put("parent", null);
        set.put("order", "a0");
        set.put("x", 7);
        set.put("y", 8);
        set.put("w", 100);
        set.put("h", 30);
        return Map.of("ops", List.of(Map.of("id", "r1", "set", set)));
    }

    private static List<Long> acks(WsPeer p, int n) throws InterruptedException {
        List<Long> out = new ArrayList<>();
        for (int i = 0; i < n; i++) out.add(p.await(Ack.class).seq());
        return out;
    }

    private static List<RemoteChange> changes(WsPeer p, int n) throws InterruptedException {
        List<RemoteChange> out = new ArrayList<>();
        for (int i = 0; i < n; i++) out.add(p.await(RemoteChange.class));
        return out;
    }

    private static List<Long> concat(long first, List<Long> rest) {
        List<Long> out = new ArrayList<>(List.of(first));
        out.addAll(rest);
        return out;
    }

    private static List<Long> range(long from, int n) {
        List<Long> out = new ArrayList<>();
        for (int i = 0; i < n; i++) out.add(from + i);
        return out;
    }
}
