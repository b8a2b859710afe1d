package dev.blueline.desktop.shell;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.blueline.model.document.Props;
import dev.blueline.model.ops.Put;
import dev.blueline.model.protocol.Codec;
import dev.blueline.server.Host;
import dev.blueline.server.api.JoinLink;
import dev.blueline.server.config.HostConfig;
import dev.blueline.server.lan.SessionAdvert;
import dev.blueline.server.tls.PinnedTrust;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Joining a teammate's session: a second, real host serving TLS with its own certificate (as a LAN
 * session does, on loopback here), a project made there over its API, and this app joining it with
 * the invite link. Edits go both ways.
 */
class JoinSessionTest {
    private static final ObjectMapper JSON = new Codec().mapper();
    static AppHarness app;
    static Host teammates;
    static HttpClient pinned;
    @TempDir
    static Path hostDir;

    @BeforeAll
    static void start() throws Exception {
        app = AppHarness.start();
        teammates = Host.start(HostConfig.local(hostDir).withTls(true));
        pinned = HttpClient.newBuilder().sslContext(PinnedTrust.context(teammates.fingerprint())).build();
    }

    @AfterAll
    static void stop() throws Exception {
        if (app != null) app.close();
        if (teammates != null) teammates.close();
    }

    private static JsonNode call(String method, String path, String token, Object body) throws Exception {
        HttpRequest.Builder r = HttpRequest.newBuilder(URI.create(teammates.url() + path)).header("Content-Type", "application/json")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)));
        if (token != null) r.header("Authorization", "Bearer " + token);
        HttpResponse<String> reply = pinned.send(r.build(), HttpResponse.BodyHandlers.ofString());
        assertThat(reply.statusCode()).as(method + " " + path + ": " + reply.body()).isBetween(200, 299);
        return JSON.readTree(reply.body());
    }

    @Test
    void anInviteLinkOpensTheTeammatesProjectAndEditsGoBothWays() throws Exception {
        call("POST", "/api/v1/auth/register", null, Map.of("email", "ada@example.com", "password", "correct horse battery", "name", "Ada"));
        String ada = call("POST", "/api/v1/auth/login", null, Map.of("email", "ada@example.com", "password", "correct horse battery"))
                .get("accessToken").asText();
        String project = call("POST", "/api/v1/projects", ada, Map.of("name", "Ada's shop")).get("id").asText();
        String screen = call("POST", "/api/v1/wireframes", ada, Map.of("projectId", project, "name", "Home", "width", 1440, "height", 900))
                .get("id").asText();
        String link = call("POST", "/api/v1/projects/" + project + "/invites", ada, Map.of("role", "editor")).get("link").asText();
        assertThat(link).contains("?fp=" + teammates.fingerprint());

        EditorWindow w = app.fx(() -> app.shell().join(JoinLink.parse(link), "Lin")).get(60, TimeUnit.SECONDS);
        app.awaitLoaded(w);
        assertThat(app.fx(() -> w.stage().getTitle())).startsWith("Ada's shop (on 127.0.0.1)");
        assertThat(app.fx(() -> w.editor().screen())).isEqualTo(screen);
        assertThat(app.fx(() -> w.joined().role())).isEqualTo("editor");

        // this app edits: the teammate's host has it
        app.run(() -> w.editor().submit(List.of(Put.on("from-app").set(Props.KIND, "element").set(Props.TYPE, "button")
                .set(Props.SCREEN, screen).set(Props.ORDER, "a0").set(Props.X, 10.0).set(Props.Y, 20.0)
                .set(Props.W, 120.0).set(Props.H, 40.0).set(Props.TEXT, "From Lin").build())));
        app.await("the host has the app's edit", () -> call("GET", "/api/v1/wireframes/" + screen, ada, null).get("elements").toString().contains("From Lin"));

        // the teammate edits: this app shows it
        call("POST", "/api/v1/projects/" + project + "/changes", ada, Map.of("ops", List.of(Map.of("id", "from-ada", "set", Map.of(
                "kind", "element", "type", "label", "screen", screen, "order", "a1", "x", 10, "y", 80, "w", 200, "h", 30, "text", "From Ada")))));
        app.await("the app shows the teammate's edit", () -> "From Ada".equals(w.editor().doc().text("from-ada", Props.TEXT)));

        app.run(w::close);
    }

    @Test
    void aHostWithAnotherCertificateIsRefusedBeforeAnythingIsSent() throws Exception {
        JoinLink real = JoinLink.parse("blueline://127.0.0.1:" + teammates.port() + "/join/abcd1234?fp=" + teammates.fingerprint());
        // tried: a link whose fingerprint is not the host's (what a machine posing as the host would present)
        JoinLink forged = new JoinLink(real.host(), real.port(), real.code(), "0".repeat(64));
        assertThatThrownBy(() -> app.fx(() -> app.shell().join(forged, "Lin")).get(60, TimeUnit.SECONDS))
                .isInstanceOf(ExecutionException.class).cause().hasMessageContaining("not the one the invite was made by");
        // tried: a code the host never gave out
        assertThatThrownBy(() -> app.fx(() -> app.shell().join(real, "Lin")).get(60, TimeUnit.SECONDS))
                .isInstanceOf(ExecutionException.class).cause().hasMessageContaining("not valid");
        assertThat(app.fx(() -> app.shell().windows())).noneMatch(x -> x.joined() != null && x.joined().link().equals(forged));
    }

    @Test
    void theJoinDialogSaysWhatIsWrongWithAPastedLinkAndStaysOpen() throws Exception {
        app.run(() -> JoinDialog.show(app.shell(), null, List.of())); // tests stay off the machine's real networks
        DialogPane pane = app.awaitDialog("join-dialog");
        assertThat(app.fx(() -> ((TextField) pane.lookup("#join-name")).getText())).as("the app's own name to start with").isNotBlank();
        // tried: a web address instead of an invite link
        app.run(() -> ((TextField) pane.lookup("#join-link")).setText("https://192.168.1.20:8000/join/abcd1234"));
        app.run(() -> pane.getButtonTypes().stream().filter(b -> b.getButtonData() == ButtonBar.ButtonData.OK_DONE)
                .map(b -> (Button) pane.lookupButton(b)).findFirst().orElseThrow().fire());
        app.await("the problem is shown", () -> ((Label) pane.lookup("#join-problem")).getText().contains("starts with blueline://"));
        assertThat(AppHarness.dialog("join-dialog")).as("still open, to fix the link").isNotNull();
        app.closeDialogs();
    }

    @Test
    void joiningByAddressShowsTheHostsCertificateToCheckAndJoinsOnlyOnceItIsConfirmed() throws Exception {
        call("POST", "/api/v1/auth/register", null, Map.of("email", "bo@example.com", "password", "correct horse battery", "name", "Bo"));
        String bo = call("POST", "/api/v1/auth/login", null, Map.of("email", "bo@example.com", "password", "correct horse battery"))
                .get("accessToken").asText();
        String project = call("POST", "/api/v1/projects", bo, Map.of("name", "Bo's kiosk")).get("id").asText();
        call("POST", "/api/v1/wireframes", bo, Map.of("projectId", project, "name", "Start", "width", 800, "height", 600));
        String code = JoinLink.parse(call("POST", "/api/v1/projects/" + project + "/invites", bo, Map.of("role", "editor")).get("link").asText()).code();

        // first time: the user does not confirm, and nothing is joined
        DialogPane pane = joinByAddress(code);
        DialogPane check = app.awaitDialog("fingerprint-dialog");
        assertThat(app.fx(() -> ((Label) check.lookup("#fingerprint-shown")).getText()))
                .isEqualTo(dev.blueline.server.tls.Fingerprints.readable(teammates.fingerprint()));
        app.run(() -> ((Button) check.lookupButton(ButtonType.CANCEL)).fire());
        app.await("the join dialog says why", () -> ((Label) pane.lookup("#join-problem")).getText().contains("not confirmed"));
        assertThat(app.fx(() -> app.shell().windows().stream().noneMatch(w -> w.project().name().equals("Bo's kiosk")))).isTrue();

        // then they match: the project opens, on TLS pinned to that certificate
        app.run(() -> okButton(pane).fire());
        DialogPane again = app.awaitDialog("fingerprint-dialog");
        app.run(() -> okButton(again).fire());
        EditorWindow w = app.awaitWindow("Bo's kiosk");
        assertThat(app.fx(() -> w.joined().link().fingerprint())).isEqualTo(teammates.fingerprint());
        app.await("the join dialog closed", () -> AppHarness.dialog("join-dialog") == null);
        app.run(w::close);
    }

    @Test
    void joiningByAnAddressWhereNoHostListensSaysSo() throws Exception {
        int closedPort;
        try (var s = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            closedPort = s.getLocalPort();
        }
        // tried: the right code at an address with nothing listening
        DialogPane pane = joinByAddressAt("127.0.0.1:" + closedPort, "abcd1234");
        app.await("the problem is shown", () -> ((Label) pane.lookup("#join-problem")).getText().startsWith("Could not reach 127.0.0.1:" + closedPort));
        app.closeDialogs();
    }

    private DialogPane joinByAddress(String code) throws Exception {
        return joinByAddressAt("127.0.0.1:" + teammates.port(), code);
    }

    private DialogPane joinByAddressAt(String address, String code) throws Exception {
        app.run(() -> JoinDialog.show(app.shell(), null, List.of()));
        DialogPane pane = app.awaitDialog("join-dialog");
        app.run(() -> {
            ((TextField) pane.lookup("#join-link")).setText(code);
            ((TextField) pane.lookup("#join-address")).setText(address);
            ((TextField) pane.lookup("#join-name")).setText("Lin");
            okButton(pane).fire();
        });
        return pane;
    }

    private static Button okButton(DialogPane pane) {
        return pane.getButtonTypes().stream().filter(b -> b.getButtonData() == ButtonBar.ButtonData.OK_DONE)
                .map(b -> (Button) pane.lookupButton(b)).findFirst().orElseThrow();
    }

    @Test
    void aCodeWithAnAddressMakesALinkWithoutFingerprintOnTheUsualPortUnlessOneIsGiven() {
        assertThat(JoinDialog.linkFrom("AbCd1234", null, " 192.168.1.20 ")).isEqualTo(new JoinLink("192.168.1.20", 8000, "AbCd1234", null));
        assertThat(JoinDialog.linkFrom("AbCd1234", null, "192.168.1.20:8003").port()).isEqualTo(8003);
        assertThat(JoinDialog.linkFrom("AbCd1234", null, "fe80::1")).isEqualTo(new JoinLink("fe80::1", 8000, "AbCd1234", null));
        assertThat(JoinDialog.linkFrom("AbCd1234", null, "[fe80::1]:8004")).isEqualTo(new JoinLink("fe80::1", 8004, "AbCd1234", null));
        assertThat(JoinDialog.linkFrom("blueline://10.0.0.5:8000/join/zzzz9999", null, "192.168.1.20").host()).as("a whole link wins").isEqualTo("10.0.0.5");
        // tried: an address with something that is not a port
        assertThatThrownBy(() -> JoinDialog.linkFrom("AbCd1234", null, "192.168.1.20:http")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aCodeWithAFoundSessionMakesTheLink() {
        String fp = "ab".repeat(32);
        var found = new SessionAdvert.Found("Ada's session", "192.168.1.20", 8001, fp);
        assertThat(JoinDialog.linkFrom(" AbCd1234 ", found)).as("the advert's fingerprint is not trusted: it is checked with the user")
                .isEqualTo(new JoinLink("192.168.1.20", 8001, "AbCd1234", null));
        assertThat(JoinDialog.linkFrom("blueline://10.0.0.5:8000/join/zzzz9999", found).host()).as("a whole link wins").isEqualTo("10.0.0.5");
        assertThatThrownBy(() -> JoinDialog.linkFrom("AbCd1234", null)).hasMessageContaining("blueline://");
    }
}
