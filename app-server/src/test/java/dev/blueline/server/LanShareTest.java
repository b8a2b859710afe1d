package dev.blueline.server;

import dev.blueline.model.protocol.HostMessage;
import dev.blueline.model.room.CloseCodes;
import dev.blueline.server.config.HostConfig;
import dev.blueline.server.testing.Api;
import dev.blueline.server.testing.TestHost;
import dev.blueline.server.testing.WsClient;
import dev.blueline.server.tls.PinnedTrust;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The desktop's own host (plain HTTP on loopback) opened to the LAN beside it: a second listener
 * with TLS, where teammates join. Loopback stands in for the LAN interface here.
 */
class LanShareTest {
    @TempDir
    Path dir;

    private static HttpClient pinned(String fingerprint) {
        return HttpClient.newBuilder().sslContext(PinnedTrust.context(fingerprint)).connectTimeout(Duration.ofSeconds(5)).build();
    }

    private static int status(HttpClient http, String url) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(10)).build(),
                HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    @Test
    void aTeammateJoinsOverTlsOnTheLanWhileTheAppKeepsItsLoopbackLink() throws Exception {
        try (TestHost t = TestHost.start(dir)) {
            Api local = t.api;
            String ada = local.token("ada@example.com", "Ada");
            String project = local.newProject(ada, "Shop");

            LanShare share = t.host.openToLan("127.0.0.1", 0);
            assertThat(share.url()).startsWith("https://127.0.0.1:");
            assertThat(share.port()).isNotEqualTo(t.host.port());
            assertThat(t.host.openToLan("127.0.0.1", 0)).as("opening again changes nothing").isEqualTo(share);
            String code = local.invite(ada, project, "editor");
            String link = share.inviteLink(code);
            assertThat(link).isEqualTo("blueline://127.0.0.1:" + share.port() + "/join/" + code + "?fp=" + share.fingerprint());

            Api lan = new Api(share.url(), pinned(share.fingerprint()));
            String lin = lan.joinAs(lan.token("lin@example.com", "Lin"), code);
            try (WsClient mine = t.connect(); WsClient theirs = WsClient.connect(pinned(share.fingerprint()), share.wsUrl())) {
                mine.hello(ada, project, "app-ada", 0);
                HostMessage.Welcome w = theirs.hello(lin, project, "app-lin", 0);
                assertThat(w.you().role()).isEqualTo("editor");

                t.host.closeToLan();
                assertThat(t.host.lanShare()).isNull();
                theirs.awaitClose(); // the LAN connection is dropped (within 10 s, or this throws)
                // the app's own link goes on
                mine.send(new dev.blueline.model.protocol.ClientMessage.Ping());
                mine.await(HostMessage.Pong.class);
            }
            // tried: reaching the LAN address after the host closed it
            assertThatThrownBy(() -> status(pinned(share.fingerprint()), share.url() + "/api/v1/health")).isInstanceOf(IOException.class);
            assertThat(status(HttpClient.newHttpClient(), t.host.url() + "/api/v1/health")).isEqualTo(200);
        }
    }

    @Test
    void stoppingHostingTellsTeammatesWhyWithItsOwnCloseCodeAndKeepsTheAppsLink() throws Exception {
        try (TestHost t = TestHost.start(dir)) {
            Api local = t.api;
            String ada = local.token("ada@example.com", "Ada");
            String project = local.newProject(ada, "Shop");
            LanShare share = t.host.openToLan("127.0.0.1", 0);
            Api lan = new Api(share.url(), pinned(share.fingerprint()));
            String lin = lan.joinAs(lan.token("lin@example.com", "Lin"), local.invite(ada, project, "editor"));
            try (WsClient mine = t.connect(); WsClient theirs = WsClient.connect(pinned(share.fingerprint()), share.wsUrl())) {
                mine.hello(ada, project, "app-ada", 0);
                theirs.hello(lin, project, "app-lin", 0);

                t.host.stopHostingOnLan("Ada stopped hosting");
                // the teammate's app is told, in a close frame, that this was on purpose (not a crash to retry after)
                assertThat(theirs.awaitClose()).isEqualTo(CloseCodes.HOST_STOPPED);
                assertThat(theirs.closeReason()).isEqualTo("Ada stopped hosting");
                assertThat(t.host.lanShare()).isNull();
                // tried: the app's own loopback link afterwards
                mine.send(new dev.blueline.model.protocol.ClientMessage.Ping());
                mine.await(HostMessage.Pong.class);
            }
        }
    }

    @Test
    void aTakenPortMovesTheShareToTheNextFreeOne() throws Exception {
        try (TestHost t = TestHost.start(dir); ServerSocket taken = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            LanShare share = t.host.openToLan("127.0.0.1", taken.getLocalPort());
            assertThat(share.port()).isGreaterThan(taken.getLocalPort()).isLessThan(taken.getLocalPort() + Host.LAN_PORT_TRIES);
            assertThat(status(pinned(share.fingerprint()), share.url() + "/api/v1/health")).isEqualTo(200);
        }
    }

    @Test
    void theLanCertificateIsTheSameAfterARestart() throws Exception {
        String first;
        try (TestHost t = TestHost.start(dir)) {
            first = t.host.openToLan("127.0.0.1", 0).fingerprint();
        }
        try (TestHost t = TestHost.start(HostConfig.local(dir))) {
            assertThat(t.host.openToLan("127.0.0.1", 0).fingerprint()).as("invites already sent stay good").isEqualTo(first);
        }
    }
}
