package dev.blueline.desktop.shell;

import dev.blueline.desktop.canvas.CanvasView;
import dev.blueline.desktop.editor.Editor;
import dev.blueline.desktop.editor.commands.Components;
import dev.blueline.desktop.editor.commands.Placement;
import dev.blueline.desktop.panels.InspectorPanel;
import dev.blueline.desktop.panels.LayersPanel;
import dev.blueline.desktop.panels.PalettePanel;
import dev.blueline.desktop.session.JoinedProject;
import dev.blueline.desktop.panels.ScreensPanel;
import dev.blueline.desktop.session.ConnectionState;
import dev.blueline.desktop.session.ProjectSession;
import dev.blueline.desktop.session.SessionListener;
import dev.blueline.desktop.shell.actions.ActionSet;
import dev.blueline.desktop.shell.menus.EditorMenus;
import dev.blueline.desktop.shell.menus.EditorToolBar;
import dev.blueline.desktop.together.ChatHistory;
import dev.blueline.desktop.together.ChatLine;
import dev.blueline.desktop.together.ChatPanel;
import dev.blueline.desktop.together.Follow;
import dev.blueline.desktop.together.PeoplePanel;
import dev.blueline.desktop.together.PresenceSender;
import dev.blueline.desktop.together.SideTabs;
import dev.blueline.desktop.together.Together;
import javafx.application.Platform;
import dev.blueline.model.catalog.ControlType;
import dev.blueline.model.document.Props;
import dev.blueline.model.protocol.HostMessage;
import dev.blueline.model.sync.PendingChange;
import dev.blueline.server.store.Project;
import javafx.geometry.Orientation;
import javafx.scene.Scene;
import javafx.scene.control.MenuBar;
import javafx.scene.control.SplitPane;
import javafx.scene.control.ToolBar;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;

import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

/**
 * One open project: menu bar and toolbar on top; screens and layers on the left; the canvas with
 * rulers in the middle; inspector and palette on the right; the status bar below. It owns the
 * project's session and hands document events from it to the editor.
 */
public final class EditorWindow {
    private final Shell shell;
    private final Project project;
    private final Stage stage = new Stage();
    private final ProjectSession session;
    private final Editor editor;
    private final CanvasView canvas;
    private final ActionSet actions = new ActionSet();
    private final StatusBar statusBar;
    private final RulerFrame rulers;
    private final SplitPane main;
    private final SplitPane left;
    private final SplitPane right;
    private final PalettePanel palette;
    /** Who else is here and what they say; filled by the session's events. */
    private final Together together = new Together();
    private final PresenceSender presence;
    private final SideTabs sideTabs;
    /** How the project on a teammate's host is reached, or null for this app's own projects. */
    private final JoinedProject joined;
    private final MenuBar menuBar;
    private final ToolBar toolBar;
    private boolean fitted;
    private CompletableFuture<Void> closed;

    EditorWindow(Shell shell, Project project) {
        this(shell, project, null);
    }

    /** A window on {@code project}, on this app's host, or on a teammate's when {@code joined} says how to reach it. */
    EditorWindow(Shell shell, Project project, JoinedProject joined) {
        this.shell = shell;
        this.project = project;
        this.joined = joined;
        this.session = joined == null ? Sessions.open(shell.workspace(), project.id(), new Events())
                : Sessions.open(shell.workspace(), joined, new Events());
        this.editor = new Editor(session);
        this.canvas = new CanvasView(editor);
        canvas.setId("canvas");
        this.rulers = new RulerFrame(canvas);
        this.statusBar = new StatusBar(editor, shell.workspace().me().name());

        left = new SplitPane(new ScreensPanel(editor), new LayersPanel(editor));
        left.setOrientation(Orientation.VERTICAL);
        left.setDividerPositions(0.4);
        left.setId("left-panels");
        palette = new PalettePanel(editor, this::placeAtCentre, this::placeComponentAtCentre);
        presence = new PresenceSender(editor, canvas, together, session::send);
        new Follow(editor, canvas, together);
        canvas.showPeople(together.people(), together.followingProperty());
        InspectorPanel inspector = new InspectorPanel(editor);
        inspector.disableProperty().bind(editor.viewOnlyProperty());
        sideTabs = new SideTabs(palette, () -> new PeoplePanel(editor, together), () -> new ChatPanel(editor, together, session::send), together);
        right = new SplitPane(inspector, sideTabs);
        together.people().addListener((javafx.collections.ListChangeListener<HostMessage.PeerPresence>) c -> showPeople());
        together.meProperty().addListener(o -> showPeople());
        // "Bea joined" and the like also show in the status bar, for whoever has the chat closed
        together.chat().addListener((javafx.collections.ListChangeListener<ChatLine>) c -> {
            while (c.next()) c.getAddedSubList().stream().filter(ChatLine::isNotice).forEach(l -> editor.tell(l.text()));
        });
        right.setOrientation(Orientation.VERTICAL);
        right.setDividerPositions(0.5);
        right.setId("right-panels");
        main = new SplitPane(left, rulers, right);
        main.setDividerPositions(0.17, 0.79);
        // side panels keep a usable width whatever size the window starts at; the canvas takes the rest
        left.setMinWidth(230);
        right.setMinWidth(300);
        SplitPane.setResizableWithParent(left, false);
        SplitPane.setResizableWithParent(right, false);

        menuBar = EditorMenus.build(this, actions);
        toolBar = EditorToolBar.build(actions);
        BorderPane root = new BorderPane(main, new VBox(menuBar, toolBar), null, statusBar, null);
        root.setId("editor-root");
        var screen = javafx.stage.Screen.getPrimary().getVisualBounds();
        Scene scene = Theme.style(new Scene(root, Math.min(1440, screen.getWidth() * 0.95), Math.min(900, screen.getHeight() * 0.95)));
        actions.installAlternateKeys(scene);
        scene.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ESCAPE && editor.previewProperty().get()) {
                editor.previewProperty().set(false);
                e.consume();
            }
        });
        new PreviewMode(editor, main, List.of(left, right), rulers, canvas::fitScreen);

        stage.setScene(scene);
        stage.setTitle(project.name() + (joined == null ? "" : " (on " + joined.link().host() + ")") + " — Blueline");
        stage.setMinWidth(800);
        stage.setMinHeight(500);
        stage.setOnHidden(e -> closed());
        canvas.widthProperty().addListener((o, was, now) -> fitOnce());
        canvas.heightProperty().addListener((o, was, now) -> fitOnce());
        stage.setOnShown(e -> canvas.requestFocus());
    }

    public Shell shell() {
        return shell;
    }

    public Project project() {
        return project;
    }

    /** The teammate's host this project is on, or null when it is this app's own. */
    public JoinedProject joined() {
        return joined;
    }

    public Stage stage() {
        return stage;
    }

    public ProjectSession session() {
        return session;
    }

    public Editor editor() {
        return editor;
    }

    /** Ready for input: showing, online with the host, a screen on the canvas, the canvas laid out and painted, the palette's previews in view drawn. */
    public boolean isReady() {
        return stage.isShowing() && session.sync().isOnline() && editor.screen() != null && canvas.getWidth() > 50
                && canvas.lastPaintNanos() > 0 && palette.previewsInViewDrawn();
    }

    public CanvasView canvas() {
        return canvas;
    }

    /** The people in this project with you, and the chat. */
    public Together together() {
        return together;
    }

    /** The palette, people and chat tabs. */
    public SideTabs sideTabs() {
        return sideTabs;
    }

    public ActionSet actions() {
        return actions;
    }

    public MenuBar menuBar() {
        return menuBar;
    }

    public RulerFrame rulers() {
        return rulers;
    }

    /** Places a new control of this type in the middle of what is visible, and selects it. */
    public void placeAtCentre(ControlType type) {
        if (editor.previewProperty().get()) return;
        String screen = editor.screen();
        if (screen == null) {
            editor.tell("Add a screen first");
            return;
        }
        var v = editor.viewport();
        double cx = v.toScreenX(Math.max(1, canvas.getWidth()) / 2), cy = v.toScreenY(Math.max(1, canvas.getHeight()) / 2);
        double x = Math.round(cx - type.defaultWidth() / 2), y = Math.round(cy - type.defaultHeight() / 2);
        String id = Placement.newId();
        if (editor.submit(Placement.place(editor.doc(), screen, type, x, y, id))) {
            editor.select(List.of(id));
            editor.tell("Placed " + type.displayName());
        }
        canvas.requestFocus();
    }

    /** Places an instance of one of the project's components in the middle of the view, selected. */
    public void placeComponentAtCentre(String master) {
        if (editor.previewProperty().get() || editor.screen() == null) return;
        var v = editor.viewport();
        double w = editor.doc().number(master, Props.W), h = editor.doc().number(master, Props.H);
        double cx = v.toScreenX(Math.max(1, canvas.getWidth()) / 2), cy = v.toScreenY(Math.max(1, canvas.getHeight()) / 2);
        String id = Placement.newId();
        if (editor.submit(Components.place(editor.doc(), editor.screen(), master, Math.round(cx - w / 2), Math.round(cy - h / 2), id))) {
            editor.select(List.of(id));
            editor.tell("Placed " + editor.doc().text(master, Props.NAME));
        }
        canvas.requestFocus();
    }

    /** Closes the window; the session closes once the host has everything (at most a few seconds). */
    public void close() {
        stage.close();
    }

    /** Completes once the window is closed and its session has stopped (null while it is open). */
    public CompletableFuture<Void> whenClosed() {
        return closed;
    }

    private void closed() {
        if (closed != null) return;
        closed = Sessions.closeGracefully(session);
        shell.windowClosed(this, closed);
    }

    /** The status bar's "who is here": this user first, then everyone else once each. */
    private void showPeople() {
        java.util.LinkedHashSet<String> names = new java.util.LinkedHashSet<>();
        names.add(together.meProperty().get() == null ? shell.workspace().me().name() : together.meProperty().get().name());
        for (HostMessage.PeerPresence p : together.people()) names.add(p.name());
        statusBar.setPeople(List.copyOf(names));
    }

    /** Shows the first screen when there is none shown yet (on join, or after the shown one was deleted). */
    private void ensureScreen() {
        if (editor.screen() == null && !editor.doc().screens().isEmpty()) {
            editor.showScreen(editor.doc().screens().getFirst());
            fitted = false;
            fitOnce();
        }
    }

    private void fitOnce() {
        if (fitted || editor.screen() == null || canvas.getWidth() < 50 || canvas.getHeight() < 50) return;
        fitted = true;
        canvas.fitScreen();
    }

    /** What the session says, passed on to the editor and the status bar (on the FX thread). */
    private final class Events implements SessionListener {
        @Override
        public void stateChanged(ConnectionState state) {
            if (statusBar != null) statusBar.setConnection(state);
            if (state == ConnectionState.ONLINE && presence != null) presence.online();
            if (state != ConnectionState.ONLINE && state != ConnectionState.CONNECTING) together.disconnected();
        }

        @Override
        public void documentChanged(Set<String> ids) {
            editor.fireChanged(ids);
            ensureScreen();
        }

        @Override
        public void documentReplaced() {
            editor.fireChanged(null);
            ensureScreen();
        }

        @Override
        public void rejected(PendingChange change, String code, String message) {
            editor.tell("The host refused a change: " + message);
        }

        @Override
        public void welcomed(HostMessage.You you, List<HostMessage.PeerPresence> peers) {
            together.welcomed(you, peers);
            editor.viewOnlyProperty().set(together.isViewer());
            ChatHistory.load(session, Platform::runLater, together::history,
                    why -> together.notice("Earlier messages could not be read (" + why + ")"));
        }

        @Override
        public void presence(HostMessage.PeerPresence peer) {
            together.presence(peer);
        }

        @Override
        public void left(String clientId) {
            together.left(clientId);
        }

        @Override
        public void chat(HostMessage.ChatMessage message) {
            together.chat(message);
        }

        @Override
        public void hostStopped(String reason) {
            together.disconnected();
            together.notice(SaveACopy.afterHostStopped(reason)); // in the chat, and the status bar
        }

        @Override
        public void problem(String code, String message) {
            editor.tell(Shell.capitalise(message));
        }
    }
}
