package dev.blueline.desktop.shell;

import dev.blueline.desktop.BluelineApp;
import dev.blueline.desktop.shell.actions.Command;
import dev.blueline.desktop.shell.templates.Template;
import dev.blueline.model.document.Document;
import dev.blueline.model.document.Kind;
import dev.blueline.model.document.Props;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.stage.Window;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;

/**
 * The real app on the Headless platform, against its own in-process host and a temporary data
 * directory ({@code -Dblueline.home}). Quitting does not stop the toolkit, so many test classes
 * share one JVM. Waits poll on the FX thread with generous timeouts; nothing asserts on time.
 */
public final class AppHarness implements AutoCloseable {
    /** Generous: the project machines are often shared by several builds at once. */
    public static final long TIMEOUT_S = 60;
    private static final long START_TIMEOUT_S = 180;

    private final Path home;
    private final boolean ownHome;
    private final BluelineApp app;
    private final Shell shell;
    public final FxRobot robot = new FxRobot();

    private AppHarness(Path home, boolean ownHome, BluelineApp app, Shell shell) {
        this.home = home;
        this.ownHome = ownHome;
        this.app = app;
        this.shell = shell;
    }

    /** Starts the app on a fresh data directory. */
    public static AppHarness start() throws Exception {
        return start(Files.createTempDirectory("blueline-test-"), true);
    }

    /** Starts the app on this data directory (kept afterwards). */
    public static AppHarness start(Path home) throws Exception {
        return start(home, false);
    }

    private static AppHarness start(Path home, boolean ownHome) throws Exception {
        FxToolkit.registerPrimaryStage();
        System.setProperty("blueline.home", home.toString());
        BluelineApp app = (BluelineApp) FxToolkit.setupApplication(() -> new BluelineApp(home, () -> { }));
        Shell shell;
        try {
            shell = app.shell().get(START_TIMEOUT_S, TimeUnit.SECONDS);
        } catch (TimeoutException e) {
            throw new TimeoutException("the app did not start within " + START_TIMEOUT_S + " s\n" + threads());
        }
        AppHarness h = new AppHarness(home, ownHome, app, shell);
        h.await("the project browser is shown", () -> shell.browserStage().isShowing());
        return h;
    }

    public Shell shell() {
        return shell;
    }

    public Path home() {
        return home;
    }

    /** Runs on the FX thread and returns the result. */
    public <T> T fx(Callable<T> work) throws Exception {
        try {
            return WaitForAsyncUtils.asyncFx(work).get(TIMEOUT_S, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof Exception ex) throw ex;
            throw e;
        }
    }

    public void run(Runnable work) throws Exception {
        fx(() -> {
            work.run();
            return null;
        });
    }

    /** Waits until the condition (checked on the FX thread) holds. */
    public void await(String what, Callable<Boolean> condition) throws TimeoutException {
        try {
            WaitForAsyncUtils.waitFor(TIMEOUT_S, TimeUnit.SECONDS, () -> {
                Boolean ok = WaitForAsyncUtils.asyncFx(condition).get();
                return Boolean.TRUE.equals(ok);
            });
        } catch (TimeoutException e) {
            throw new TimeoutException("timed out waiting until " + what + "\n" + threads());
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    public <T> T await(CompletableFuture<T> future) throws Exception {
        return future.get(TIMEOUT_S, TimeUnit.SECONDS);
    }

    /** Creates a project with the template's ops through the shell (as the browser does) and waits for its window. */
    public EditorWindow create(String name, Template t) throws Exception {
        return create(name, t.ops());
    }

    /** Creates a project with these first ops through the shell and waits for its window. */
    public EditorWindow create(String name, List<dev.blueline.model.ops.Put> ops) throws Exception {
        CompletableFuture<EditorWindow> f = fx(() -> shell.createProject(null, name, ops));
        EditorWindow w = await(f);
        awaitLoaded(w);
        return w;
    }

    /** Waits until the window's session is online and showing a screen, and the canvas has a size. */
    public void awaitLoaded(EditorWindow w) throws Exception {
        // a laptop-sized window, whatever the headless screen reports
        run(() -> {
            w.stage().setWidth(1280);
            w.stage().setHeight(800);
        });
        await("the project is loaded", () -> w.session().sync().isOnline() && w.editor().screen() != null
                && w.canvas().getWidth() > 50 && w.stage().isShowing());
    }

    /** The window showing this project, once there is one. */
    public EditorWindow awaitWindow(String projectName) throws Exception {
        await("a window for " + projectName, () -> find(projectName).isPresent());
        EditorWindow w = fx(() -> find(projectName).orElseThrow());
        awaitLoaded(w);
        return w;
    }

    private Optional<EditorWindow> find(String projectName) {
        return shell.windows().stream().filter(w -> w.project().name().equals(projectName)).findFirst();
    }

    /** The editor's menu item for a command (File, Edit, …; not the duplicates in Export). */
    public static MenuItem menuItem(EditorWindow w, Command c) {
        return allItems(w).stream().filter(i -> ("menu-" + c.name().toLowerCase().replace('_', '-')).equals(i.getId()))
                .findFirst().orElseThrow(() -> new AssertionError("no menu item for " + c));
    }

    /** Every item of the menu bar, depth first (submenus included). */
    public static List<MenuItem> allItems(EditorWindow w) {
        List<MenuItem> out = new ArrayList<>();
        for (Menu m : w.menuBar().getMenus()) collect(m, out);
        return out;
    }

    private static void collect(Menu m, List<MenuItem> out) {
        for (MenuItem i : m.getItems()) {
            out.add(i);
            if (i instanceof Menu sub) collect(sub, out);
        }
    }

    /** Fires a menu item the way a click on it does. */
    public void fire(EditorWindow w, Command c) throws Exception {
        MenuItem item = menuItem(w, c);
        run(() -> {
            if (item.isDisable()) throw new AssertionError(c + " is disabled");
            if (item instanceof javafx.scene.control.CheckMenuItem check) check.setSelected(!check.isSelected());
            else item.fire();
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** The showing dialog with this id (error-dialog, confirm-dialog, name-dialog…), once there is one. */
    public DialogPane awaitDialog(String id) throws Exception {
        await("a dialog " + id, () -> dialog(id) != null);
        return fx(() -> dialog(id));
    }

    public static DialogPane dialog(String id) {
        for (Window win : Window.getWindows()) {
            if (win.isShowing() && win.getScene() != null && win.getScene().getRoot() instanceof DialogPane p && id.equals(p.getId())) return p;
        }
        return null;
    }

    /** Closes every showing dialog. */
    public void closeDialogs() throws Exception {
        run(() -> {
            for (Window win : List.copyOf(Window.getWindows())) {
                if (win.isShowing() && win.getScene() != null && win.getScene().getRoot() instanceof DialogPane) win.hide();
            }
        });
    }

    /** Live elements of the document, as (type) list, sorted. */
    public static List<String> elementTypes(Document doc) {
        return doc.ids().stream().filter(id -> doc.is(id, Kind.ELEMENT) && doc.isLive(id))
                .map(id -> doc.text(id, Props.TYPE)).sorted().toList();
    }

    public int projectCount() throws Exception {
        return fx(() -> shell.workspace().projects().size());
    }

    @Override
    public void close() throws Exception {
        try {
            closeDialogs();
            shell.shutdown().get(TIMEOUT_S, TimeUnit.SECONDS);
            FxToolkit.cleanupApplication(app);
        } finally {
            System.clearProperty("blueline.home");
            if (ownHome) deleteTree(home);
        }
    }

    /** Where the FX thread and the app's own threads are, for a timeout's message. */
    static String threads() {
        StringBuilder sb = new StringBuilder();
        Thread.getAllStackTraces().forEach((t, stack) -> {
            String n = t.getName();
            if (!n.startsWith("JavaFX Application") && !n.startsWith("workspace") && !n.startsWith("import")) return;
            sb.append(n).append(" ").append(t.getState()).append('\n');
            for (int i = 0; i < Math.min(25, stack.length); i++) sb.append("    at ").append(stack[i]).append('\n');
        });
        return sb.toString();
    }

    public static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) return;
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
        }
    }
}
