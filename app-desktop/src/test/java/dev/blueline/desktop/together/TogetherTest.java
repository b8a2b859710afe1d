package dev.blueline.desktop.together;

import dev.blueline.desktop.shell.AppHarness;
import dev.blueline.desktop.shell.EditorWindow;
import dev.blueline.desktop.shell.actions.Command;
import dev.blueline.desktop.shell.menus.SessionMenu;
import dev.blueline.desktop.shell.templates.Templates;
import dev.blueline.model.document.Props;
import dev.blueline.model.geometry.Rect;
import dev.blueline.model.protocol.HostMessage.PeerPresence;
import dev.blueline.desktop.editor.commands.Edits;
import dev.blueline.desktop.editor.commands.Screens;
import javafx.event.Event;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.image.WritableImage;
import javafx.scene.input.Clipboard;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.paint.Color;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import java.net.InetAddress;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Three apps in one project, as a team works: this app hosts on the LAN (loopback stands in for
 * it) and two teammates' apps join with invite links over pinned TLS, one as an editor (Bea), one
 * as a viewer (Cy). Each app has its own data directory, host and account. What one does, the
 * others see: presence, cursors and selections drawn in the person's colour, chat with an unread
 * count, follow mode, the viewer's limits, and people leaving.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TogetherTest {
    static AppHarness app;
    static TeamApp beaApp, cyApp;
    /** Bea's network: her app reaches the host through it, so a test can cut her off. */
    static CuttableLink beasLink;
    static EditorWindow host, bea, cy;
    static String home, second;

    @BeforeAll
    static void start() throws Exception {
        app = AppHarness.start();
        host = app.create("Team board", Templates.all().getFirst());
        home = app.fx(() -> host.editor().screen());
        second = "screen-two";
        app.run(() -> host.editor().submit(Screens.add(host.editor().doc(), second, "Checkout", 1280, 800, null)));
        assertThat(app.await(app.fx(() -> SessionMenu.host(host, InetAddress.getByName("127.0.0.1"))))).isNotNull();
        app.fire(host, Command.INVITE_EDITOR);
        String editorLink = app.fx(() -> Clipboard.getSystemClipboard().getString());
        app.fire(host, Command.INVITE_VIEWER);
        String viewerLink = app.fx(() -> Clipboard.getSystemClipboard().getString());
        beaApp = TeamApp.start(app);
        cyApp = TeamApp.start(app);
        int hostPort = dev.blueline.server.api.JoinLink.parse(editorLink).port();
        beasLink = CuttableLink.to(hostPort);
        bea = beaApp.join(app, editorLink.replace(":" + hostPort + "/", ":" + beasLink.port() + "/"), "Bea");
        cy = cyApp.join(app, viewerLink, "Cy");
    }

    @AfterAll
    static void stop() throws Exception {
        if (beaApp != null) beaApp.close();
        if (cyApp != null) cyApp.close();
        if (beasLink != null) beasLink.close();
        if (app != null) {
            app.run(() -> app.shell().workspace().lan().close());
            app.close();
        }
    }

    /** Opens the window's People or Chat tab (their panels are made when first opened). */
    private static void open(EditorWindow w, java.util.function.Function<SideTabs, javafx.scene.control.Tab> tab) throws Exception {
        app.run(() -> w.sideTabs().getSelectionModel().select(tab.apply(w.sideTabs())));
        app.await("the tab's panel is laid out", () -> tab.apply(w.sideTabs()).getContent() != null && w.stage().getScene().lookup("#" + tab.apply(w.sideTabs()).getContent().getId()) != null);
    }

    private static PeerPresence seenBy(EditorWindow w, String name) throws Exception {
        return app.fx(() -> person(w, name));
    }

    /** On the FX thread: the person of this name as the window knows them, or null. */
    private static PeerPresence person(EditorWindow w, String name) {
        return w.together().people().stream().filter(p -> p.name().equals(name)).findFirst().orElse(null);
    }

    /** The mouse moves to this point of the window's canvas (the event carries scene coordinates, as a real one does). */
    private static void mouseOver(EditorWindow w, double viewX, double viewY) throws Exception {
        app.run(() -> {
            var at = w.canvas().localToScene(viewX, viewY);
            Event.fireEvent(w.canvas(), new MouseEvent(MouseEvent.MOUSE_MOVED, at.getX(), at.getY(), at.getX(), at.getY(), MouseButton.NONE, 0,
                    false, false, false, false, false, false, false, false, false, false, null));
        });
    }

    /** The colour of the overlay (cursors, selections) at a view pixel, or null where it draws nothing. */
    private static Color overlayAt(EditorWindow w, double viewX, double viewY) throws Exception {
        return app.fx(() -> {
            w.canvas().paintIfNeeded();
            var c = w.canvas().overlayCanvas();
            if (!c.isVisible()) return null;
            int x = (int) Math.round(viewX - c.getLayoutX()), y = (int) Math.round(viewY - c.getLayoutY());
            if (x < 0 || y < 0 || x >= c.getWidth() || y >= c.getHeight()) return null;
            WritableImage img = c.snapshot(transparent(), null);
            Color px = img.getPixelReader().getColor(x, y);
            return px.getOpacity() < 0.5 ? null : px;
        });
    }

    private static javafx.scene.SnapshotParameters transparent() {
        var p = new javafx.scene.SnapshotParameters();
        p.setFill(Color.TRANSPARENT);
        return p;
    }

    private static boolean near(Color a, Color b) {
        return a != null && Math.abs(a.getRed() - b.getRed()) < 0.08 && Math.abs(a.getGreen() - b.getGreen()) < 0.08
                && Math.abs(a.getBlue() - b.getBlue()) < 0.08;
    }

    @Test
    @Order(1)
    void everyoneSeesWhoIsHereWithTheirRoleAndTheJoinsAreAnnounced() throws Exception {
        String me = app.fx(() -> app.shell().workspace().me().name());
        app.await("the host sees both teammates", () -> host.together().people().size() == 2);
        app.await("Bea sees the host and Cy", () -> bea.together().people().stream().map(PeerPresence::name).toList().containsAll(List.of(me, "Cy")));
        assertThat(app.fx(() -> host.together().chat().stream().filter(ChatLine::isNotice).map(ChatLine::text).toList()))
                .contains("Bea joined", "Cy joined");
        assertThat(app.fx(() -> host.sideTabs().peopleTab().getText())).isEqualTo("People (3)");
        assertThat(app.fx(() -> ((Label) host.stage().getScene().lookup("#status-people")).getText())).contains("Bea", "Cy");
        open(cy, SideTabs::peopleTab);
        open(bea, SideTabs::peopleTab);
        assertThat(app.fx(() -> ((Label) cy.stage().getScene().lookup("#people-me")).getText())).isEqualTo("You: Cy (viewer: you can look, follow and chat, not edit)");
        assertThat(app.fx(() -> ((Label) bea.stage().getScene().lookup("#people-me")).getText())).isEqualTo("You: Bea (editor)");
    }

    @Test
    @Order(2)
    void aTeammatesCursorAndSelectionAreDrawnInTheirColourOnTheHostsCanvas() throws Exception {
        app.run(() -> {
            host.editor().showScreen(home);
            bea.editor().showScreen(home);
        });
        // tried: Bea moves her mouse over her canvas; the host's canvas draws her cursor where it is on the screen
        mouseOver(bea, 300, 200);
        double sx = app.fx(() -> bea.editor().viewport().toScreenX(300)), sy = app.fx(() -> bea.editor().viewport().toScreenY(200));
        app.await("the host knows Bea's cursor", () -> {
            PeerPresence p = host.together().people().stream().filter(q -> q.name().equals("Bea")).findFirst().orElse(null);
            return p != null && p.cursor() != null && Math.abs(p.cursor().x() - sx) < 0.2 && Math.abs(p.cursor().y() - sy) < 0.2;
        });
        Color beaColour = Color.web(seenBy(host, "Bea").color());
        double cx = app.fx(() -> host.editor().viewport().toViewX(sx)), cy0 = app.fx(() -> host.editor().viewport().toViewY(sy));
        // inside the arrow, a few pixels below its tip
        assertThat(overlayAt(host, cx + 2, cy0 + 8)).as("Bea's cursor on the host's canvas").matches(c -> near(c, beaColour));

        // with "hide my cursor", the host no longer draws it; and it comes back when she turns it off
        app.run(() -> bea.together().hideCursorProperty().set(true));
        app.await("Bea's cursor is hidden from the host", () -> person(host, "Bea").cursor() == null);
        assertThat(overlayAt(host, cx + 2, cy0 + 8)).as("no cursor drawn").isNull();
        app.run(() -> bea.together().hideCursorProperty().set(false));
        app.await("Bea's cursor is shown again", () -> person(host, "Bea").cursor() != null);

        // Bea selects an element: the host outlines it in her colour
        String element = app.fx(() -> host.editor().doc().children(home, null).getFirst());
        app.run(() -> bea.editor().select(List.of(element)));
        app.await("the host knows what Bea selected", () -> person(host, "Bea").selection().equals(List.of(element)));
        Rect b = app.fx(() -> host.canvas().scene().item(element).bounds());
        double left = app.fx(() -> host.editor().viewport().toViewX(b.x())), mid = app.fx(() -> host.editor().viewport().toViewY(b.centerY()));
        assertThat(overlayAt(host, left - 1, mid)).as("Bea's selection outline on the host's canvas").matches(c -> near(c, beaColour));

    }

    @Test
    @Order(3)
    void editsGoBothWaysBetweenHostAndTeammate() throws Exception {
        String element = app.fx(() -> host.editor().doc().children(home, null).getFirst());
        double x0 = app.fx(() -> host.editor().doc().number(element, Props.X));
        app.run(() -> bea.editor().submit(Edits.moveBy(bea.editor().doc(), List.of(element), 24, 0)));
        app.await("the host shows Bea's move", () -> host.editor().doc().number(element, Props.X) == x0 + 24);
        app.run(() -> host.editor().submit(Edits.moveBy(host.editor().doc(), List.of(element), 0, 16)));
        app.await("Bea and Cy show the host's move", () -> bea.editor().doc().number(element, Props.Y) == cy.editor().doc().number(element, Props.Y)
                && cy.editor().doc().number(element, Props.X) == x0 + 24);
    }

    @Test
    @Order(4)
    void chatReachesEveryoneAndCountsUnreadUntilTheChatIsOpened() throws Exception {
        app.run(() -> host.sideTabs().getSelectionModel().select(host.sideTabs().paletteTab()));
        open(bea, SideTabs::chatTab);
        open(cy, SideTabs::chatTab);
        // Bea writes from her chat panel, then looks at the palette: her own message must not count as unread
        app.run(() -> bea.sideTabs().getSelectionModel().select(bea.sideTabs().paletteTab()));
        app.run(() -> {
            TextField input = (TextField) bea.stage().getScene().lookup("#chat-input");
            input.setText("  Moved the sign-in button, ok?  ");
            ((Button) bea.stage().getScene().lookup("#chat-send")).fire();
        });
        app.await("the host has Bea's message", () -> host.together().chat().stream().anyMatch(l -> "Moved the sign-in button, ok?".equals(l.text())));
        ChatLine line = app.fx(() -> host.together().chat().stream().filter(l -> !l.isNotice()).findFirst().orElseThrow());
        assertThat(line.name()).isEqualTo("Bea");
        assertThat(line.mine()).isFalse();
        assertThat(app.fx(() -> host.sideTabs().chatTab().getText())).isEqualTo("Chat (1)");
        app.await("Bea sees her own message as hers", () -> bea.together().chat().stream().anyMatch(l -> l.mine() && l.text().startsWith("Moved")));
        assertThat(app.fx(() -> ((TextField) bea.stage().getScene().lookup("#chat-input")).getText())).isEmpty();
        assertThat(app.fx(() -> bea.sideTabs().chatTab().getText())).as("your own message is not unread").isEqualTo("Chat");

        app.run(() -> host.sideTabs().getSelectionModel().select(host.sideTabs().chatTab()));
        assertThat(app.fx(() -> host.sideTabs().chatTab().getText())).isEqualTo("Chat");

        // the viewer can chat too
        app.run(() -> {
            ((TextField) cy.stage().getScene().lookup("#chat-input")).setText("Looks good");
            ((TextField) cy.stage().getScene().lookup("#chat-input")).fireEvent(new javafx.event.ActionEvent());
        });
        app.await("everyone has Cy's message", () -> bea.together().chat().stream().anyMatch(l -> "Looks good".equals(l.text()))
                && host.together().chat().stream().anyMatch(l -> "Looks good".equals(l.text())));
        app.run(() -> host.sideTabs().getSelectionModel().select(host.sideTabs().paletteTab()));

        // a window opened later reads what was said before (the host keeps the chat)
        assertThat(ChatHistory.read(bea.session())).extracting(m -> m.text()).containsExactly("Moved the sign-in button, ok?", "Looks good");
    }

    @Test
    @Order(5)
    void writesAScreenshotOfTheHostWorkingWithBea() throws Exception {
        app.run(() -> {
            host.stage().setWidth(1440);
            host.stage().setHeight(900);
            host.editor().showScreen(home);
            bea.editor().showScreen(home);
            host.canvas().fitScreen();
            bea.editor().select(List.of(host.editor().doc().children(home, null).getFirst()));
            host.sideTabs().getSelectionModel().select(host.sideTabs().chatTab());
        });
        app.await("the window is full size", () -> host.stage().getScene().getWidth() >= 1400);
        mouseOver(bea, 420, 260);
        app.await("Bea is on the host's canvas", () -> {
            PeerPresence p = person(host, "Bea");
            return p != null && p.cursor() != null && home.equals(p.screen()) && !p.selection().isEmpty();
        });
        java.nio.file.Path file = dev.blueline.desktop.shell.ScreenshotsTest.screenshotsDir().resolve("editor-together.png");
        java.nio.file.Files.createDirectories(file.getParent());
        dev.blueline.desktop.shell.ScreenshotsTest.shoot(app, host.stage(), file);
        assertThat(java.nio.file.Files.size(file)).isGreaterThan(10_000);
        app.run(() -> host.sideTabs().getSelectionModel().select(host.sideTabs().paletteTab()));
    }

    @Test
    @Order(6)
    void followingSomeoneShowsTheirScreenAndViewUntilYouMoveTheViewYourself() throws Exception {
        String beaClient = seenBy(host, "Bea").clientId();
        open(host, SideTabs::peopleTab);
        app.run(() -> host.together().toggleFollow(beaClient));
        // Bea goes to the other screen and zooms in on its top-left corner
        app.run(() -> {
            bea.editor().showScreen(second);
            bea.editor().viewport().fit(new Rect(0, 0, 400, 250), bea.canvas().getWidth(), bea.canvas().getHeight(), 0);
        });
        app.await("the host shows Bea's screen", () -> second.equals(host.editor().screen()));
        app.await("the host shows what Bea sees", () -> {
            Rect seen = host.editor().viewport().visible(host.canvas().getWidth(), host.canvas().getHeight());
            return seen.contains(new Rect(1, 1, 398, 248)) && seen.w() < 600;
        });
        Color beaColour = Color.web(seenBy(host, "Bea").color());
        assertThat(overlayAt(host, 1, 100)).as("a frame in Bea's colour says the view follows her").matches(c -> near(c, beaColour));
        assertThat(app.fx(() -> host.stage().getScene().lookup("#follow-" + beaClient) instanceof javafx.scene.control.ToggleButton t && t.isSelected()))
                .isTrue();

        // the host pans: following stops, and Bea's next move does not pull the view back
        app.run(() -> host.editor().viewport().panBy(50, 0));
        assertThat(app.fx(() -> host.together().followingProperty().get())).isNull();
        assertThat(app.fx(() -> host.editor().statusProperty().get())).isEqualTo("Stopped following");
        app.run(() -> bea.editor().showScreen(home));
        app.await("the host knows Bea went back", () -> home.equals(person(host, "Bea").screen()));
        assertThat(app.fx(() -> host.editor().screen())).isEqualTo(second);
    }

    @Test
    @Order(7)
    void aViewerCanLookAndFollowButNotChangeAnything() throws Exception {
        assertThat(app.fx(() -> cy.editor().isViewOnly())).isTrue();
        assertThat(app.fx(() -> cy.stage().getScene().lookup("#status-view-only").isVisible())).isTrue();
        assertThat(app.fx(() -> bea.editor().isViewOnly())).isFalse();
        String element = app.fx(() -> cy.editor().doc().children(home, null).getFirst());
        double x = app.fx(() -> cy.editor().doc().number(element, Props.X));
        // tried: a move, a delete, an undo and editing text in place
        assertThat(app.fx(() -> cy.editor().submit(Edits.moveBy(cy.editor().doc(), List.of(element), 100, 0)))).isFalse();
        assertThat(app.fx(() -> cy.editor().statusProperty().get())).contains("viewer");
        assertThat(app.fx(() -> cy.editor().submit(Edits.delete(cy.editor().doc(), List.of(element))))).isFalse();
        app.run(() -> cy.editor().undo());
        app.run(() -> {
            cy.editor().showScreen(home);
            cy.canvas().editText(element);
        });
        assertThat(app.fx(() -> cy.canvas().lookup(".text-area") == null || !cy.canvas().lookup(".text-area").isVisible())).isTrue();
        assertThat(app.fx(() -> cy.editor().doc().number(element, Props.X))).isEqualTo(x);
        assertThat(app.fx(() -> cy.session().sync().pending())).isEmpty();
        assertThat(app.fx(() -> cy.stage().getScene().lookup("#inspector-panel").isDisabled())).isTrue();
        // the host has the element as it was
        assertThat(app.fx(() -> host.editor().doc().isLive(element) && host.editor().doc().number(element, Props.X) == x)).isTrue();

        // following works for a viewer
        String beaClient = seenBy(cy, "Bea").clientId();
        app.run(() -> cy.together().toggleFollow(beaClient));
        app.run(() -> bea.editor().showScreen(second));
        app.await("Cy follows Bea to the other screen", () -> second.equals(cy.editor().screen()));
    }

    @Test
    @Order(8)
    void aTeammateCutOffKeepsEditingHerEditsArriveWhenTheLinkIsBackAndSheIsToldWhatWasRefused() throws Exception {
        String element = app.fx(() -> host.editor().doc().children(home, null).getFirst());
        double x = app.fx(() -> host.editor().doc().number(element, Props.X));
        double y0 = app.fx(() -> bea.editor().doc().number(element, Props.Y));
        app.run(() -> bea.editor().showScreen(home));
        beasLink.cut(); // tried: Bea's network goes away
        app.await("Bea's app says it is offline", () -> bea.session().state() == dev.blueline.desktop.session.ConnectionState.OFFLINE);
        app.await("the host sees Bea leave", () -> person(host, "Bea") == null);

        // offline, Bea moves an element and adds a label to the other screen; meanwhile the host deletes that screen
        assertThat(app.fx(() -> bea.editor().submit(Edits.moveBy(bea.editor().doc(), List.of(element), 0, 40)))).isTrue();
        assertThat(app.fx(() -> bea.editor().submit(dev.blueline.desktop.editor.commands.Placement.place(bea.editor().doc(), second,
                dev.blueline.model.catalog.Catalog.find("label").orElseThrow(), 10, 10, "offline-label")))).isTrue();
        assertThat(app.fx(() -> bea.editor().doc().number(element, Props.Y))).as("her view has her edit at once").isEqualTo(y0 + 40);
        app.run(() -> host.editor().submit(Screens.delete(host.editor().doc(), second)));
        app.await("the host's deletion is confirmed", () -> host.session().sync().pending().isEmpty());
        assertThat(app.fx(() -> bea.session().sync().pending())).hasSize(2);

        beasLink.restore();
        app.await("Bea is back with nothing pending", () -> bea.session().state() == dev.blueline.desktop.session.ConnectionState.ONLINE
                && bea.session().sync().pending().isEmpty());
        app.await("the host has Bea's move", () -> host.editor().doc().number(element, Props.Y) == y0 + 40);
        assertThat(app.fx(() -> host.editor().doc().number(element, Props.X))).isEqualTo(x);
        assertThat(app.fx(() -> host.editor().doc().isLive(second))).isFalse();
        assertThat(app.fx(() -> bea.editor().doc().isLive("offline-label"))).as("the refused label is taken back").isFalse();
        assertThat(app.fx(() -> bea.editor().statusProperty().get())).startsWith("The host refused a change").contains("was deleted");
        app.await("the host sees Bea again", () -> person(host, "Bea") != null);
    }

    @Test
    @Order(9)
    void someoneLeavingIsAnnouncedAndDisappearsFromEveryonesList() throws Exception {
        String cyClient = seenBy(host, "Cy").clientId();
        app.run(cy::close);
        app.await("the host no longer lists Cy", () -> host.together().person(cyClient) == null);
        assertThat(app.fx(() -> host.together().chat().getLast().text())).isEqualTo("Cy left");
        assertThat(app.fx(() -> host.editor().statusProperty().get())).as("the status bar says so too").isEqualTo("Cy left");
        app.await("Bea no longer lists Cy", () -> bea.together().people().stream().noneMatch(p -> p.name().equals("Cy")));
        assertThat(app.fx(() -> host.sideTabs().peopleTab().getText())).isEqualTo("People (2)");
    }

    @Test
    @Order(10)
    void stopHostingFromTheSessionMenuTellsTheTeammateWhoKeepsACopyWhileTheHostEditsOn() throws Exception {
        String me = app.fx(() -> app.shell().workspace().me().name());
        app.fire(host, Command.STOP_HOSTING);
        app.await("Bea's window says the host stopped", () -> bea.editor().statusProperty().get().startsWith(me + " stopped hosting"));
        assertThat(app.fx(() -> bea.session().state())).isEqualTo(dev.blueline.desktop.session.ConnectionState.ENDED);
        assertThat(app.fx(() -> bea.together().people())).isEmpty();
        app.await("the host says it stopped", () -> host.together().chat().stream().anyMatch(l -> l.isNotice() && l.text().startsWith("Stopped hosting on the LAN")));
        assertThat(app.fx(() -> host.session().state())).as("the host's own link stays").isEqualTo(dev.blueline.desktop.session.ConnectionState.ONLINE);
        app.await("the host lists nobody", () -> host.together().people().isEmpty());
        String element = app.fx(() -> host.editor().doc().children(home, null).getFirst());
        assertThat(app.fx(() -> host.editor().submit(Edits.moveBy(host.editor().doc(), List.of(element), 8, 0)))).isTrue();
        app.await("the host's own edit is confirmed", () -> host.session().sync().pending().isEmpty());
        assertThat(app.fx(() -> bea.editor().submit(Edits.moveBy(bea.editor().doc(), List.of(element), 0, 8)))).as("Bea edits her copy").isTrue();
    }
}
