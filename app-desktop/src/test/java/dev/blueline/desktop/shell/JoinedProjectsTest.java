package dev.blueline.desktop.shell;

import dev.blueline.desktop.session.ConnectionState;
import dev.blueline.desktop.shell.browser.Listed;
import dev.blueline.model.document.Props;
import dev.blueline.model.ops.Put;
import dev.blueline.server.LanShare;
import dev.blueline.server.api.JoinLink;
import dev.blueline.server.store.Project;
import javafx.scene.control.Label;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Projects joined on a teammate's host, beyond the join itself: the host stopping hosting on
 * purpose, the host restarting, and the app keeping the project (listed, rejoined as the same
 * guest, opened from its copy while the host is down). Real hosts on loopback, the real app.
 */
class JoinedProjectsTest {
    static AppHarness app;
    @TempDir
    Path dir;

    @BeforeAll
    static void start() throws Exception {
        app = AppHarness.start();
    }

    @AfterAll
    static void stop() throws Exception {
        if (app != null) app.close();
    }

    static EditorWindow join(AppHarness app, String link) throws Exception {
        EditorWindow w = app.fx(() -> app.shell().join(JoinLink.parse(link), "Lin")).get(AppHarness.TIMEOUT_S, TimeUnit.SECONDS);
        app.awaitLoaded(w);
        return w;
    }

    /** A label with this text on the screen, as a designer would place it. */
    static void place(AppHarness app, EditorWindow w, String screen, String id, String text) throws Exception {
        app.run(() -> w.editor().submit(List.of(Put.on(id).set(Props.KIND, "element").set(Props.TYPE, "label")
                .set(Props.SCREEN, screen).set(Props.ORDER, "a" + Math.abs(id.hashCode() % 1000)).set(Props.X, 10.0).set(Props.Y, 20.0)
                .set(Props.W, 200.0).set(Props.H, 30.0).set(Props.TEXT, text).build())));
    }

    static String text(AppHarness app, EditorWindow w, String id) throws Exception {
        return app.fx(() -> w.editor().doc().isLive(id) ? w.editor().doc().text(id, Props.TEXT) : null);
    }

    @Test
    void stoppingHostingEndsTheSessionForGoodTheCopyStaysEditableAndBecomesAProjectOfOurOwn() throws Exception {
        try (TeammateHost ada = TeammateHost.appHost(dir)) {
            LanShare share = ada.openToLan();
            String[] ids = ada.adasProject("Ada's shop");
            String screen = ids[1];
            EditorWindow w = join(app, ada.inviteLink(ids[0], share));
            place(app, w, screen, "from-lin", "From Lin");
            app.await("Ada's host has Lin's edit", () -> ada.elements(screen).contains("From Lin"));

            // tried: Ada chooses Stop hosting (Session ▸ Stop hosting on LAN does this with her name)
            ada.host().stopHostingOnLan("Ada stopped hosting");
            app.await("the window says the session ended and how to keep the work", () -> w.editor().statusProperty().get()
                    .contains("Ada stopped hosting. Your copy is kept — File ▸ Save a copy… makes it your own project"));
            assertThat(app.fx(() -> w.together().chat().getLast().text())).as("the chat keeps the notice").startsWith("Ada stopped hosting.");
            assertThat(app.fx(() -> w.together().people())).as("nobody is shown as here any more").isEmpty();
            assertThat(app.fx(() -> w.session().state())).isEqualTo(ConnectionState.ENDED);
            assertThat(app.fx(() -> ((Label) w.stage().getScene().lookup("#status-connection")).getText())).startsWith("Session ended");

            // tried: Ada's host listening on that address again; an app still retrying would be back within its
            // first back-off steps (a quarter of a second, then doubling), so a few seconds show that it stopped
            int attempts = app.fx(() -> w.session().attempts());
            ada.host().openToLan("127.0.0.1", share.port());
            Thread.sleep(4_000);
            assertThat(app.fx(() -> w.session().attempts())).as("no reconnect attempts").isEqualTo(attempts);
            assertThat(ada.host().rooms().connections()).isZero();
            assertThat(app.fx(() -> w.session().state())).isEqualTo(ConnectionState.ENDED);

            // the copy is still there and still takes edits
            place(app, w, screen, "kept-by-lin", "Kept by Lin");
            assertThat(text(app, w, "kept-by-lin")).isEqualTo("Kept by Lin");
            assertThat(text(app, w, "from-lin")).isEqualTo("From Lin");

            // File ▸ Save a copy…: a project of this app's own, with everything the window shows
            EditorWindow copy = app.await(app.fx(() -> SaveACopy.save(w, "Lin's shop")));
            app.awaitLoaded(copy);
            assertThat(app.fx(copy::joined)).isNull();
            app.await("the copy has both edits", () -> "From Lin".equals(copy.editor().doc().text("from-lin", Props.TEXT))
                    && "Kept by Lin".equals(copy.editor().doc().text("kept-by-lin", Props.TEXT)));
            assertThat(app.fx(() -> app.shell().workspace().projects()).stream().map(Project::name)).contains("Lin's shop");
            app.run(copy::close);
            app.run(w::close);
            app.await(w.whenClosed());
        }
    }

    @Test
    void aRestartedHostIsRejoinedByItselfAndEditsMadeWhileItWasDownArrive() throws Exception {
        try (TeammateHost ada = TeammateHost.tls(dir)) {
            String[] ids = ada.adasProject("Ada's studio");
            String screen = ids[1];
            EditorWindow w = join(app, ada.inviteLink(ids[0], null));
            place(app, w, screen, "before", "Before the restart");
            app.await("the host has the first edit", () -> ada.elements(screen).contains("Before the restart"));

            // tried: the host process stops (no word to the app, unlike Stop hosting) ...
            ada.stop();
            app.await("the window is offline", () -> !w.session().sync().isOnline());
            place(app, w, screen, "while-down", "Made while the host was down");
            assertThat(app.fx(() -> w.session().sync().pending())).isNotEmpty();
            assertThat(app.fx(() -> w.session().state())).as("still trying, not ended").isNotEqualTo(ConnectionState.ENDED);

            // ... and starts again on the same data and port
            ada.startAgain();
            app.await("online again, by itself", () -> w.session().sync().isOnline());
            app.await("the host has the edit made while it was down", () -> ada.elements(screen).contains("Made while the host was down"));
            app.await("nothing is left waiting", () -> w.session().sync().pending().isEmpty());
            assertThat(ada.elements(screen)).contains("Before the restart");
            app.run(w::close);
            app.await(w.whenClosed());
        }
    }

    @Test
    void aJoinedProjectIsListedReopensAsTheSameGuestAndOpensFromItsCopyWhileTheHostIsDown() throws Exception {
        try (TeammateHost ada = TeammateHost.tls(dir)) {
            String[] ids = ada.adasProject("Ada's kiosk");
            String project = ids[0], screen = ids[1];
            EditorWindow w = join(app, ada.inviteLink(project, null));
            place(app, w, screen, "from-lin", "From Lin");
            app.await("the host has Lin's edit", () -> ada.elements(screen).contains("From Lin"));
            int members = ada.members(project);
            app.run(w::close);
            app.await(w.whenClosed());

            // listed in the browser, marked as on a teammate's host
            app.run(() -> app.shell().showBrowser());
            Listed entry = app.fx(() -> listed("Ada's kiosk"));
            assertThat(entry).isInstanceOf(Listed.Joined.class);
            app.await("the list says where it is", () -> app.robot.lookup(".project-changed").queryAllAs(Label.class).stream()
                    .anyMatch(l -> l.getText().startsWith("On 127.0.0.1, a teammate's host · you are Lin")));

            // tried: opening it again: the same guest signs in again, no new account
            app.run(() -> app.shell().browser().open(entry));
            EditorWindow again = app.awaitWindow("Ada's kiosk");
            assertThat(ada.members(project)).as("no new guest account").isEqualTo(members);
            assertThat(text(app, again, "from-lin")).isEqualTo("From Lin");
            app.run(again::close);
            app.await(again.whenClosed());

            // tried: opening it while the host is down: the copy opens, offline, and takes edits
            ada.stop();
            app.run(() -> app.shell().browser().open(listed("Ada's kiosk")));
            app.await("a window on the copy", () -> app.shell().windows().stream().anyMatch(x -> x.project().name().equals("Ada's kiosk")));
            EditorWindow offline = app.fx(() -> app.shell().windows().stream().filter(x -> x.project().name().equals("Ada's kiosk")).findFirst().orElseThrow());
            app.await("the copy is shown", () -> screen.equals(offline.editor().screen()) && "From Lin".equals(offline.editor().doc().text("from-lin", Props.TEXT)));
            assertThat(app.fx(() -> offline.session().sync().isOnline())).isFalse();
            place(app, offline, screen, "offline", "Made offline");
            assertThat(text(app, offline, "offline")).isEqualTo("Made offline");

            // the host is back: the edit reaches it
            ada.startAgain();
            app.await("the host has the edit made offline", () -> ada.elements(screen).contains("Made offline"));
            app.run(offline::close);
            app.await(offline.whenClosed());
        }
    }

    @Test
    void aJoinedProjectCanBeRemovedFromTheList() throws Exception {
        try (TeammateHost ada = TeammateHost.tls(dir)) {
            String[] ids = ada.adasProject("Ada's draft");
            EditorWindow w = join(app, ada.inviteLink(ids[0], null));
            Listed entry = app.fx(() -> {
                app.shell().browser().refresh();
                return listed("Ada's draft");
            });
            app.await(app.fx(() -> app.shell().forget(((Listed.Joined) entry).joined())));
            assertThat(app.fx(w.stage()::isShowing)).as("its window closed first").isFalse();
            assertThat(app.fx(() -> app.shell().browser().list().getItems().stream().noneMatch(i -> i.name().equals("Ada's draft")))).isTrue();
            assertThat(app.fx(() -> app.shell().workspace().joined().all()).stream().noneMatch(j -> j.projectName().equals("Ada's draft"))).isTrue();
        }
    }

    private static Listed listed(String name) {
        app.shell().browser().refresh();
        return app.shell().browser().list().getItems().stream().filter(i -> i.name().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError(name + " is not listed"));
    }
}
