package dev.blueline.desktop.shell;

import dev.blueline.desktop.session.ConnectionState;
import dev.blueline.model.document.Props;
import dev.blueline.model.ops.Put;
import dev.blueline.server.api.JoinLink;
import dev.blueline.server.testing.Api;
import dev.blueline.server.testing.HostProcess;
import dev.blueline.server.tls.CertificateProbe;
import dev.blueline.server.tls.PinnedTrust;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.http.HttpClient;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The teammate's host as a separate JVM serving TLS, killed with SIGKILL while this app is joined
 * (no shutdown, no flushing: a crash or a pulled plug), then started again on the same data and
 * port. The app notices, keeps editing, reconnects by itself, and nothing is lost: not the edit the
 * host had acknowledged before the kill, not the edit made while it was down.
 */
class KilledHostTest {
    @TempDir
    Path dir;
    AppHarness app;
    HostProcess host;

    @AfterEach
    void stop() throws Exception {
        if (host != null) host.close();
        if (app != null) app.close();
    }

    private static Put label(String id, String screen, String text, String order, double y) {
        return Put.on(id).set(Props.KIND, "element").set(Props.TYPE, "label").set(Props.SCREEN, screen).set(Props.ORDER, order)
                .set(Props.X, 20.0).set(Props.Y, y).set(Props.W, 200.0).set(Props.H, 30.0).set(Props.TEXT, text).build();
    }

    @Test
    void aKilledHostIsRejoinedAfterItRestartsWithAcknowledgedAndPendingEditsKept() throws Exception {
        int port = HostProcess.freePort();
        host = HostProcess.start(dir.resolve("host"), dir.resolve("host.log"), port, true);
        String fp = CertificateProbe.fingerprintOf("127.0.0.1", port);
        Api api = new Api(host.url(), HttpClient.newBuilder().sslContext(PinnedTrust.context(fp)).build());
        String ada = api.token("ada@example.com", "Ada");
        String project = api.newProject(ada, "Ada's shop");
        String screen = api.post("/api/v1/wireframes", ada, Map.of("projectId", project, "name", "Home", "width", 800, "height", 600))
                .json().get("id").asText();
        String link = api.post("/api/v1/projects/" + project + "/invites", ada, Map.of("role", "editor")).json().get("link").asText();

        app = AppHarness.start();
        EditorWindow w = app.fx(() -> app.shell().join(JoinLink.parse(link), "Lin")).get(AppHarness.TIMEOUT_S, TimeUnit.SECONDS);
        app.awaitLoaded(w);
        assertThat(app.fx(() -> w.editor().submit(List.of(label("before-kill", screen, "Acknowledged", "a0", 20))))).isTrue();
        app.await("the host acknowledged the first edit", () -> w.session().sync().pending().isEmpty());

        host.kill(); // tried: SIGKILL, right after the acknowledgement
        app.await("the app says it is offline", () -> w.session().state() == ConnectionState.OFFLINE);
        assertThat(app.fx(() -> w.editor().submit(List.of(label("while-down", screen, "Made while down", "a1", 80))))).isTrue();
        assertThat(app.fx(() -> w.session().sync().pending())).hasSize(1);
        assertThat(app.fx(() -> w.editor().doc().text("while-down", Props.TEXT))).as("editing goes on").isEqualTo("Made while down");

        host = HostProcess.start(dir.resolve("host"), dir.resolve("host.log"), port, true);
        app.await("the app is back online with nothing pending", () -> w.session().state() == ConnectionState.ONLINE
                && w.session().sync().pending().isEmpty());
        String saved = api.get("/api/v1/wireframes/" + screen, ada).json().get("elements").toString();
        assertThat(saved).contains("Acknowledged", "Made while down");
        assertThat(app.fx(() -> w.editor().doc().text("before-kill", Props.TEXT))).isEqualTo("Acknowledged");
        app.run(w::close);
    }
}
