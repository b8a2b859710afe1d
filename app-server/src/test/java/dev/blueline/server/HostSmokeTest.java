package dev.blueline.server;

import com.fasterxml.jackson.databind.JsonNode;
import dev.blueline.model.protocol.HostMessage;
import dev.blueline.server.testing.Api;
import dev.blueline.server.testing.TestHost;
import dev.blueline.server.testing.WsClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.Map;

import static dev.blueline.model.testing.Fixtures.element;
import static org.assertj.core.api.Assertions.assertThat;

/** The whole path once: account, project, screen over REST, an edit over WebSocket seen by another client and by REST. */
class HostSmokeTest {
    @TempDir
    Path dir;

    @Test
    void aScreenMadeOverRestIsEditedLiveAndReadBack() throws Exception {
        try (TestHost t = TestHost.start(dir)) {
            Api api = t.api;
            String ada = api.token("ada@example.com", "Ada");
            String project = api.newProject(ada, "Shop");
            Api.Reply screen = api.post("/api/v1/wireframes", ada, Map.of("projectId", project, "name", "Home", "width", 1440, "height", 900));
            assertThat(screen.status()).as(screen.toString()).isEqualTo(201);
            String screenId = screen.json().get("id").asText();

            String lin = api.joinAs(api.token("lin@example.com", "Lin"), api.invite(ada, project, "editor"));
            try (WsClient a = t.connect(); WsClient l = t.connect()) {
                HostMessage.Welcome wa = a.hello(ada, project, "client-a", 0);
                assertThat(wa.objects()).extracting(p -> p.id()).containsExactly(screenId);
                l.hello(lin, project, "client-l", 0);

                a.change(1, element("e1", "button", screenId, 10, 20));
                assertThat(a.await(HostMessage.Ack.class).seq()).isEqualTo(2);
                HostMessage.RemoteChange seen = l.await(HostMessage.RemoteChange.class);
                assertThat(seen.ops().getFirst().id()).isEqualTo("e1");
            }
            JsonNode read = api.get("/api/v1/wireframes/" + screenId, ada).json();
            assertThat(read.get("elements")).hasSize(1);
            assertThat(read.get("elements").get(0).get("x").asDouble()).isEqualTo(10);
        }
    }
}
