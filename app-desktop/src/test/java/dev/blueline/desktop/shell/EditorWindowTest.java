package dev.blueline.desktop.shell;

import dev.blueline.desktop.shell.actions.Command;
import dev.blueline.desktop.shell.menus.SessionMenu;
import dev.blueline.desktop.shell.templates.MobileAppTemplate;
import dev.blueline.model.document.Document;
import dev.blueline.model.document.Kind;
import dev.blueline.model.document.Props;
import dev.blueline.model.geometry.Geometry;
import dev.blueline.model.geometry.Rect;
import dev.blueline.model.ops.Put;
import dev.blueline.model.room.Role;
import dev.blueline.server.LanShare;
import dev.blueline.server.api.JoinLink;
import dev.blueline.server.tls.PinnedTrust;
import javafx.geometry.Point2D;
import javafx.scene.control.Button;
import javafx.scene.control.DialogPane;
import javafx.scene.control.ListView;
import javafx.scene.input.Clipboard;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.InetAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The editor window's menus beyond File and Edit: Insert, Arrange, View, Session, preview links, rulers; and deleting from the browser. */
class EditorWindowTest {
    static AppHarness app;
    static EditorWindow w;

    @BeforeAll
    static void start() throws Exception {
        app = AppHarness.start();
        w = app.create("Recipes", new MobileAppTemplate());
    }

    @AfterAll
    static void stop() throws Exception {
        if (app != null) app.close();
    }

    @Test
    void insertPlacesEveryKindOfControlSelected() throws Exception {
        var item = app.fx(() -> AppHarness.allItems(w).stream().filter(i -> "insert-data-grid".equals(i.getId())).findFirst().orElseThrow());
        app.run(item::fire);
        String id = app.fx(() -> w.editor().selection().getFirst());
        assertThat(app.fx(() -> w.editor().doc().text(id, Props.TYPE))).isEqualTo("data-grid");
        long inserts = app.fx(() -> AppHarness.allItems(w).stream().filter(i -> i.getId() != null && i.getId().startsWith("insert-")).count());
        // every control but the component instance, which is placed from the project's own components
        assertThat(inserts).isEqualTo(dev.blueline.model.catalog.Catalog.all().size() - 1);
        app.fire(w, Command.UNDO);
        assertThat(app.fx(() -> w.editor().doc().isLive(id))).isFalse();
    }

    @Test
    void alignGroupUngroupLockAndHideWorkOnTheSelection() throws Exception {
        List<String> two = app.fx(() -> topLevel(w.editor().doc(), w.editor().screen(), "heading", "search"));
        app.run(() -> w.editor().select(two));
        app.fire(w, Command.ALIGN_RIGHT);
        Document doc = app.fx(() -> w.editor().doc().copy());
        assertThat(Geometry.bounds(doc, two.get(0)).right()).isEqualTo(Geometry.bounds(doc, two.get(1)).right());

        app.fire(w, Command.GROUP);
        String group = app.fx(() -> w.editor().selection().getFirst());
        assertThat(app.fx(() -> w.editor().doc().text(group, Props.TYPE))).isEqualTo("group");
        assertThat(app.fx(() -> w.editor().doc().text(two.getFirst(), Props.PARENT))).isEqualTo(group);
        app.fire(w, Command.UNGROUP);
        assertThat(app.fx(() -> w.editor().doc().isLive(group))).isFalse();
        assertThat(app.fx(() -> List.copyOf(w.editor().selection()))).containsExactlyInAnyOrderElementsOf(two);

        app.fire(w, Command.LOCK);
        assertThat(app.fx(() -> w.editor().doc().flag(two.getFirst(), Props.LOCKED))).isTrue();
        app.fire(w, Command.LOCK);
        assertThat(app.fx(() -> w.editor().doc().flag(two.getFirst(), Props.LOCKED))).isFalse();
        app.fire(w, Command.HIDE);
        assertThat(app.fx(() -> w.editor().doc().flag(two.getLast(), Props.HIDDEN))).isTrue();
        app.fire(w, Command.UNDO);
        assertThat(app.fx(() -> w.editor().doc().flag(two.getLast(), Props.HIDDEN))).isFalse();
    }

    @Test
    void aSelectionBecomesAComponentWhoseCopiesFollowItsMaster() throws Exception {
        String page = app.fx(() -> w.editor().screen());
        List<String> two = app.fx(() -> topLevel(w.editor().doc(), page, "heading", "search"));
        Rect where = app.fx(() -> dev.blueline.desktop.editor.commands.Arrange.bounds(w.editor().doc(), two));
        app.run(() -> w.editor().select(two));
        app.fire(w, Command.MAKE_COMPONENT);

        String instance = app.fx(() -> w.editor().selection().getFirst());
        String master = app.fx(() -> w.editor().doc().text(instance, Props.MASTER));
        assertThat(app.fx(() -> w.editor().doc().text(instance, Props.TYPE))).isEqualTo("component");
        assertThat(app.fx(() -> Geometry.bounds(w.editor().doc(), instance))).as("in place of the selection").isEqualTo(where);
        assertThat(app.fx(() -> two.stream().noneMatch(id -> w.editor().doc().isLive(id)))).as("the originals became the master").isTrue();
        assertThat(app.fx(() -> w.editor().doc().text(master, Props.NAME))).isEqualTo("Component 1");
        assertThat(app.fx(() -> w.editor().doc().children(master, null).size())).isEqualTo(2);

        // the palette offers it; clicking places a second copy
        app.await("the palette lists the component", () -> app.robot.lookup("#palette-component-" + master).tryQuery().isPresent());
        app.run(() -> ((Button) app.robot.lookup("#palette-component-" + master).query()).fire());
        String copy = app.fx(() -> w.editor().selection().getFirst());
        assertThat(copy).isNotEqualTo(instance);
        assertThat(app.fx(() -> w.editor().doc().text(copy, Props.MASTER))).isEqualTo(master);

        // edit the master: both copies show the new text (the canvas and every export draw the same way)
        app.run(() -> w.editor().select(List.of(instance)));
        app.fire(w, Command.EDIT_COMPONENT);
        assertThat(app.fx(() -> w.editor().screen())).isEqualTo(master);
        String heading = app.fx(() -> w.editor().doc().children(master, null).stream()
                .filter(id -> "heading".equals(w.editor().doc().text(id, Props.TYPE))).findFirst().orElseThrow());
        app.run(() -> w.editor().submit(List.of(dev.blueline.model.ops.Put.of(heading, Props.TEXT, dev.blueline.model.document.Value.of("Fresh picks")))));
        String svg = app.fx(() -> dev.blueline.model.render.SvgExporter.export(w.editor().doc(), page, dev.blueline.model.render.Skin.WIREFRAME));
        assertThat(svg.split("Fresh picks", -1).length - 1).isEqualTo(2);

        app.run(() -> w.editor().showScreen(page));
        app.fire(w, Command.UNDO);
        app.fire(w, Command.UNDO);
        app.fire(w, Command.UNDO);
        assertThat(app.fx(() -> two.stream().allMatch(id -> w.editor().doc().isLive(id)))).as("undo brings the selection back").isTrue();
    }

    @Test
    void rulersMarkTheSelectionAndFollowTheZoom() throws Exception {
        String image = app.fx(() -> topLevel(w.editor().doc(), w.editor().screen(), "image").getFirst());
        app.run(() -> w.editor().select(List.of(image)));
        Rect bounds = app.fx(() -> Geometry.bounds(w.editor().doc(), image));
        assertThat(app.fx(() -> w.rulers().top().selectionExtent())).isEqualTo(bounds);
        assertThat(Ruler.step(1)).isEqualTo(100);
        assertThat(Ruler.step(0.1)).isEqualTo(1000);
        assertThat(Ruler.step(4)).isEqualTo(20);
        app.fire(w, Command.FIT_SELECTION);
        assertThat(app.fx(() -> w.editor().viewport().zoom())).isGreaterThan(1);
        app.fire(w, Command.FIT_SCREEN);
    }

    @Test
    void aRulerFollowsTheSelectionWhenTheDocumentMovesIt() throws Exception {
        String image = app.fx(() -> topLevel(w.editor().doc(), w.editor().screen(), "image").getFirst());
        app.run(() -> w.editor().select(List.of(image)));
        app.await("the rulers show the selection", () -> Geometry.bounds(w.editor().doc(), image).equals(w.rulers().top().paintedExtent()));
        // a change to the selection moves its mark (the rulers repaint on a change only when the mark moves)
        app.run(() -> w.editor().submit(List.of(Put.on(image).set(Props.X, w.editor().doc().number(image, Props.X) + 30).build())));
        app.await("the rulers follow the move", () -> Geometry.bounds(w.editor().doc(), image).equals(w.rulers().top().paintedExtent())
                && Geometry.bounds(w.editor().doc(), image).equals(w.rulers().left().paintedExtent()));
        app.fire(w, Command.UNDO);
        app.run(() -> w.editor().select(List.of()));
    }

    @Test
    void previewByKeyboardFollowsALinkWhenItIsClicked() throws Exception {
        String home = app.fx(() -> w.editor().doc().screens().getFirst());
        String recipe = app.fx(() -> w.editor().doc().screens().get(1));
        app.run(() -> w.editor().showScreen(home));
        app.run(() -> w.canvas().requestFocus());
        app.robot.push(KeyCode.CONTROL, KeyCode.P);
        app.await("preview is on", () -> w.editor().previewProperty().get());
        app.run(() -> w.canvas().fitScreen());
        String button = app.fx(() -> w.editor().doc().ids().stream().filter(id -> w.editor().doc().is(id, Kind.ELEMENT)
                && "View recipe".equals(w.editor().doc().text(id, Props.TEXT))).findFirst().orElseThrow());
        Point2D onScreen = app.fx(() -> {
            Rect r = Geometry.bounds(w.editor().doc(), button);
            var v = w.editor().viewport();
            return w.canvas().localToScreen(v.toViewX(r.centerX()), v.toViewY(r.centerY()));
        });
        app.robot.clickOn(onScreen);
        app.await("the linked screen is shown", () -> recipe.equals(w.editor().screen()));
        app.robot.push(KeyCode.ESCAPE);
        app.await("preview is off", () -> !w.editor().previewProperty().get());
        app.run(() -> w.editor().showScreen(home));
    }

    @Test
    void hostingOnTheLanMakesInvitesLinksATeammateCanReachOverPinnedTls() throws Exception {
        // loopback stands in for the LAN interface: tests stay on this machine
        LanShare share = app.await(app.fx(() -> SessionMenu.host(w, InetAddress.getByName("127.0.0.1"))));
        try {
            assertThat(share).isNotNull();
            assertThat(app.fx(() -> w.editor().statusProperty().get())).contains("Hosting on 127.0.0.1:" + share.port());
            app.fire(w, Command.INVITE_EDITOR);
            String link = app.fx(() -> Clipboard.getSystemClipboard().getString());
            JoinLink join = JoinLink.parse(link);
            assertThat(join.port()).isEqualTo(share.port());
            assertThat(join.fingerprint()).isEqualTo(share.fingerprint());
            assertThat(app.fx(() -> app.shell().workspace().host().stores().invites().byCode(join.code())).orElseThrow().role())
                    .isEqualTo(Role.EDITOR);
            HttpClient teammate = HttpClient.newBuilder().sslContext(PinnedTrust.context(join.fingerprint())).build();
            var reply = teammate.send(HttpRequest.newBuilder(URI.create(join.url() + "/api/v1/health")).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(reply.statusCode()).isEqualTo(200);

            app.fire(w, Command.STOP_HOSTING);
            app.await("hosting stopped", () -> w.editor().statusProperty().get().contains("Stopped hosting"));
            assertThat(app.fx(() -> app.shell().workspace().lan().share())).isNull();
            // tried: reaching the session after hosting stopped
            assertThatThrownBy(() -> teammate.send(HttpRequest.newBuilder(URI.create(join.url() + "/api/v1/health")).build(),
                    HttpResponse.BodyHandlers.ofString())).isInstanceOf(java.io.IOException.class);
            app.fire(w, Command.INVITE_VIEWER);
            assertThat(app.fx(() -> Clipboard.getSystemClipboard().getString())).as("back to a bare code").doesNotContain("blueline://");
        } finally {
            app.run(() -> app.shell().workspace().lan().close());
        }
    }

        @Test
    void sessionMenuCopiesAWorkingInviteCodeAndShowsTheConnection() throws Exception {
        app.fire(w, Command.INVITE_VIEWER);
        String code = app.fx(() -> Clipboard.getSystemClipboard().getString());
        var invite = app.fx(() -> app.shell().workspace().host().stores().invites().byCode(code)).orElseThrow();
        assertThat(invite.projectId()).isEqualTo(w.project().id());
        assertThat(invite.role()).isEqualTo(Role.VIEWER);
        assertThat(app.fx(() -> w.editor().statusProperty().get())).contains("viewer").contains("copied");

        app.fire(w, Command.CONNECTION_STATUS);
        DialogPane d = app.awaitDialog("info-dialog");
        assertThat(app.fx(d::getContentText)).contains("Online").contains("127.0.0.1");
        app.closeDialogs();
    }

    @Test
    void aProjectIsDeletedFromTheBrowserAfterConfirming() throws Exception {
        app.create("Scratch", dev.blueline.desktop.shell.templates.Templates.blank());
        app.run(() -> app.shell().showBrowser());
        ListView<?> list = app.robot.lookup("#project-list").queryAs(ListView.class);
        app.await("both projects are listed", () -> list.getItems().size() == 2);
        int scratch = app.fx(() -> indexOf(list, "Scratch"));
        app.run(() -> list.getSelectionModel().select(scratch));
        app.robot.clickOn("#delete-project");
        DialogPane confirm = app.awaitDialog("confirm-dialog");
        Button yes = app.fx(() -> (Button) confirm.lookupButton(confirm.getButtonTypes().getFirst()));
        assertThat(app.fx(yes::getText)).isEqualTo("Delete");
        app.robot.clickOn(yes);
        app.await("Scratch is gone", () -> list.getItems().size() == 1 && app.shell().windows().stream()
                .noneMatch(x -> x.project().name().equals("Scratch")));
        assertThat(app.fx(() -> app.shell().workspace().projects()).getFirst().name()).isEqualTo("Recipes");
    }

    private static int indexOf(ListView<?> list, String name) {
        for (int i = 0; i < list.getItems().size(); i++) {
            if (((dev.blueline.desktop.shell.browser.Listed) list.getItems().get(i)).name().equals(name)) return i;
        }
        throw new AssertionError("no " + name);
    }

    private static List<String> topLevel(Document doc, String screen, String... types) {
        return List.of(types).stream().map(t -> doc.children(screen, null).stream()
                .filter(id -> t.equals(doc.text(id, Props.TYPE))).findFirst().orElseThrow()).toList();
    }
}
