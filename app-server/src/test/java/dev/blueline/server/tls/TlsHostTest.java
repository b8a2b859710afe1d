package dev.blueline.server.tls;

import dev.blueline.model.protocol.HostMessage;
import dev.blueline.server.config.HostConfig;
import dev.blueline.server.testing.Api;
import dev.blueline.server.testing.TestHost;
import dev.blueline.server.testing.WsClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.net.ssl.SSLHandshakeException;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A host serving TLS with its own certificate (as a LAN session does), reached the way a joining
 * app reaches it: HTTPS and WSS through a client that pins the fingerprint from the invite.
 */
class TlsHostTest {
    @TempDir
    Path dir;

    private static HttpClient pinned(String fingerprint) {
        return HttpClient.newBuilder().sslContext(PinnedTrust.context(fingerprint)).connectTimeout(Duration.ofSeconds(5)).build();
    }

    private static HttpResponse<String> get(HttpClient http, String url) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void aClientPinningTheFingerprintWorksOverHttpsAndWss() throws Exception {
        try (TestHost t = TestHost.start(HostConfig.local(dir).withTls(true))) {
            String fp = t.host.fingerprint();
            assertThat(t.host.url()).startsWith("https://127.0.0.1:");
            assertThat(t.host.wsUrl()).startsWith("wss://127.0.0.1:").endsWith("/ws");
            HttpClient http = pinned(fp);
            Api api = new Api(t.host.url(), http);
            String ada = api.token("ada@example.com", "Ada");
            String project = api.newProject(ada, "Shop");

            Api.Reply invite = api.post("/api/v1/projects/" + project + "/invites", ada, java.util.Map.of("role", "editor"));
            assertThat(invite.json().get("link").asText()).as("the invite link names the certificate")
                    .startsWith("blueline://127.0.0.1:" + t.host.port() + "/join/").endsWith("?fp=" + fp);

            try (WsClient ws = WsClient.connect(http, t.host.wsUrl())) {
                HostMessage.Welcome welcome = ws.hello(ada, project, "client-a", 0);
                assertThat(welcome.you().userId()).isNotBlank();
            }
        }
    }

    @Test
    void anyOtherCertificateIsRefused() throws Exception {
        try (TestHost t = TestHost.start(HostConfig.local(dir).withTls(true))) {
            String url = t.host.url() + "/api/v1/health";
            // tried: the fingerprint of another host's certificate (what a machine posing as the host would present)
            String someoneElse = HostCertificate.loadOrCreate(dir.resolve("impostor")).fingerprint();
            assertThatThrownBy(() -> get(pinned(someoneElse), url)).isInstanceOf(SSLHandshakeException.class);
            assertThatThrownBy(() -> WsClient.connect(pinned(someoneElse), t.host.wsUrl()))
                    .hasRootCauseInstanceOf(java.security.cert.CertificateException.class)
                    .rootCause().hasMessageContaining("not the one in the invite");
            // tried: the ordinary trust store (no authority signed the host's certificate)
            assertThatThrownBy(() -> get(HttpClient.newHttpClient(), url)).isInstanceOf(SSLHandshakeException.class);
            // tried: plain HTTP to the TLS port
            assertThatThrownBy(() -> get(HttpClient.newHttpClient(), url.replace("https://", "http://"))).isInstanceOf(IOException.class);
            // the right pin still works afterwards
            assertThat(get(pinned(t.host.fingerprint()), url).statusCode()).isEqualTo(200);
        }
    }

    @Test
    void theCertificateSurvivesARestart() throws Exception {
        String before;
        try (TestHost t = TestHost.start(HostConfig.local(dir).withTls(true))) {
            before = t.host.fingerprint();
        }
        try (TestHost t = TestHost.start(HostConfig.local(dir).withTls(true))) {
            assertThat(t.host.fingerprint()).isEqualTo(before);
            assertThat(get(pinned(before), t.host.url() + "/api/v1/health").statusCode()).isEqualTo(200);
        }
    }

    @Test
    void aLoopbackHostServesPlainHttpAndHasNoFingerprint() throws Exception {
        try (TestHost t = TestHost.start(dir)) {
            assertThat(t.host.fingerprint()).isNull();
            assertThat(t.host.url()).startsWith("http://");
            assertThat(get(HttpClient.newHttpClient(), t.host.url() + "/api/v1/health").statusCode()).isEqualTo(200);
        }
    }
}
