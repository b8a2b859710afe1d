package dev.blueline.desktop.testing;

import dev.blueline.desktop.editor.Editor;
import dev.blueline.desktop.editor.commands.Placement;
import dev.blueline.desktop.session.ConnectionState;
import dev.blueline.desktop.session.ProjectSession;
import dev.blueline.desktop.session.SessionListener;
import dev.blueline.desktop.workspace.Workspace;
import dev.blueline.model.catalog.Catalog;
import dev.blueline.model.document.Document;
import dev.blueline.model.document.Props;
import dev.blueline.model.geometry.Geometry;
import dev.blueline.model.geometry.Rect;
import dev.blueline.model.ops.Put;
import dev.blueline.model.order.FractionalIndex;
import dev.blueline.model.sync.InMemoryPendingStore;
import dev.blueline.model.sync.PendingChange;
import javafx.application.Platform;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * A real editor for tests: a project on the in-process host (Jetty + H2, bound to loopback), a
 * {@link ProjectSession} connected to it over a WebSocket, and an {@link Editor} fed by the
 * session exactly as the app window feeds it. No mocks.
 *
 * <p>All test processes share one {@link Workspace} (opened on first use, closed at exit); every
 * {@link #open} makes a fresh project, so tests never see each other's documents. Everything
 * touching the editor runs on the FX thread through {@link #read}, {@link #run} and the helpers.
 *
 * <pre>{@code
 * try (LiveEditor live = LiveEditor.open()) {
 *     String home = live.addScreen("Home", 1440, 900);
 *     String button = live.place("button", 100, 80);
 *     live.run(e -> e.select(List.of(button)));
 * }
 * }</pre>
 */
public final class LiveEditor implements AutoCloseable {
    private static Workspace shared;

    private final Workspace workspace;
    private final String projectId;
    private final ProjectSession session;
    private final Editor editor;
    private final List<String> told = Collections.synchronizedList(new ArrayList<>());
    private final List<String> rejections = Collections.synchronizedList(new ArrayList<>());

    private LiveEditor(Workspace workspace, String projectId, ProjectSession session, Editor editor) {
        this.workspace = workspace;
        this.projectId = projectId;
        this.session = session;
        this.editor = editor;
    }

    /** The workspace all tests of this JVM share (a temporary data directory, deleted at exit). */
    public static synchronized Workspace workspace() {
        if (shared == null) {
            try {
                Path home = Files.createTempDirectory("blueline-test-");
                Workspace ws = Workspace.open(home);
                Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                    ws.close();
                    deleteQuietly(home);
                }));
                shared = ws;
            } catch (Exception e) {
                throw new IllegalStateException("could not open the test workspace", e);
            }
        }
        return shared;
    }

    /** A new, empty project with an editor connected to it and online. */
    public static LiveEditor open() {
        return open("Test project");
    }

    public static LiveEditor open(String projectName) {
        Fx.startToolkit();
        Workspace ws = workspace();
        return connect(ws, ws.createProject(projectName).id());
    }

    /** Another client (a second window, or a teammate) on the same project, online and caught up. */
    public LiveEditor anotherClient() {
        return connect(workspace, projectId);
    }

    private static LiveEditor connect(Workspace ws, String projectId) {
        Fx.startToolkit();
        Editor[] editor = new Editor[1];
        LiveEditor[] self = new LiveEditor[1];
        SessionListener listener = new SessionListener() {
            @Override
            public void documentChanged(Set<String> ids) {
                if (editor[0] != null) editor[0].fireChanged(ids);
            }

            @Override
            public void documentReplaced() {
                if (editor[0] != null) editor[0].fireChanged(null);
            }

            @Override
            public void rejected(PendingChange change, String code, String message) {
                if (self[0] != null) self[0].rejections.add(code + ": " + message);
                if (editor[0] != null) editor[0].tell("The host refused a change: " + message);
            }
        };
        LiveEditor live = Fx.call(() -> {
            ProjectSession s = new ProjectSession(ws.http(), ws.wsUrl(), ws::token, projectId,
                    new InMemoryPendingStore(UUID.randomUUID().toString()), new Document(), 0, Platform::runLater, listener);
            editor[0] = new Editor(s);
            LiveEditor l = new LiveEditor(ws, projectId, s, editor[0]);
            self[0] = l;
            editor[0].statusProperty().addListener((o, was, now) -> {
                if (now != null && !now.isEmpty()) l.told.add(now);
            });
            s.start();
            return l;
        });
        Fx.await("the session to be online", () -> live.session.state() == ConnectionState.ONLINE);
        return live;
    }

    public Editor editor() {
        return editor;
    }

    public ProjectSession session() {
        return session;
    }

    public String projectId() {
        return projectId;
    }

    /** The screen the editor shows. */
    public String screen() {
        return Fx.call(editor::screen);
    }

    /** The selected element ids, in order. */
    public List<String> selection() {
        return Fx.call(() -> List.copyOf(editor.selection()));
    }

    /** The status bar message the editor shows now. */
    public String status() {
        return Fx.call(() -> editor.statusProperty().get());
    }

    /** Reads something from the editor on the FX thread. */
    public <T> T read(Function<Editor, T> query) {
        return Fx.call(() -> query.apply(editor));
    }

    /** Reads the document as the user sees it, on the FX thread. */
    public <T> T doc(Function<Document, T> query) {
        return Fx.call(() -> query.apply(editor.doc()));
    }

    /** Does something with the editor on the FX thread and waits for what it caused. */
    public void run(java.util.function.Consumer<Editor> action) {
        Fx.run(() -> action.accept(editor));
    }

    /** Submits ops as one change; fails the test when the editor refuses them. */
    public void submit(List<Put> ops) {
        boolean ok = Fx.call(() -> editor.submit(ops));
        if (!ok) throw new AssertionError("the editor refused " + ops + ": " + read(e -> e.statusProperty().get()));
        Fx.settle();
    }

    /** A new screen after the others; shown when the editor shows none yet. Returns its id. */
    public String addScreen(String name, double w, double h) {
        String id = Placement.newId();
        String order = doc(d -> {
            List<String> screens = d.screens();
            return FractionalIndex.between(screens.isEmpty() ? null : d.text(screens.getLast(), Props.ORDER), null);
        });
        submit(List.of(Put.on(id).set(Props.KIND, "screen").set(Props.NAME, name).set(Props.W, w).set(Props.H, h)
                .set(Props.ORDER, order).build()));
        run(e -> {
            if (e.screen() == null) e.showScreen(id);
        });
        return id;
    }

    /** Places a control of the catalog on the current screen with its top-left at the screen point (inside the container there). */
    public String place(String type, double x, double y) {
        String id = Placement.newId();
        submit(doc(d -> Placement.place(d, editor.screen(), Catalog.get(type), x, y, id)));
        return id;
    }

    /** Places a control and gives it this size (screen coordinates). */
    public String place(String type, double x, double y, double w, double h) {
        String id = place(type, x, y);
        submit(doc(d -> List.of(Put.on(id).set(Props.W, w).set(Props.H, h).build())));
        return id;
    }

    /** The element's rectangle in screen coordinates. */
    public Rect bounds(String id) {
        return doc(d -> Geometry.bounds(d, id));
    }

    public String text(String id, String prop) {
        return doc(d -> d.text(id, prop));
    }

    public double number(String id, String prop) {
        return doc(d -> d.number(id, prop));
    }

    public boolean flag(String id, String prop) {
        return doc(d -> d.flag(id, prop));
    }

    /** Live elements of a screen, any depth. */
    public List<String> elementsOn(String screen) {
        return doc(d -> d.ids().stream()
                .filter(id -> d.isLive(id) && screen.equals(d.text(id, Props.SCREEN)) && d.text(id, Props.TYPE) != null)
                .sorted(Comparator.naturalOrder()).toList());
    }

    /** Waits until the host has acknowledged every change this client made. */
    public void awaitSynced() {
        Fx.await("the host to acknowledge every pending change", () -> session.sync().pending().isEmpty());
    }

    /** Every status message the editor showed, oldest first. */
    public List<String> told() {
        synchronized (told) {
            return List.copyOf(told);
        }
    }

    /** Changes the host refused, as {@code code: message}. */
    public List<String> rejections() {
        synchronized (rejections) {
            return List.copyOf(rejections);
        }
    }

    @Override
    public void close() {
        Fx.call(() -> {
            session.close();
            return null;
        });
    }

    private static void deleteQuietly(Path dir) {
        try (Stream<Path> walk = Files.walk(dir)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // best effort at exit
        }
    }
}
