package dev.blueline.desktop;

import dev.blueline.desktop.shell.Dialogs;
import dev.blueline.desktop.shell.EditorWindow;
import dev.blueline.desktop.shell.FxWait;
import dev.blueline.desktop.shell.Shell;
import dev.blueline.desktop.shell.StartupView;
import dev.blueline.desktop.shell.Theme;
import dev.blueline.desktop.workspace.Workspace;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.stage.Stage;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * The desktop app. Shows a "Starting…" window at once, opens the workspace (the local host and
 * its database) off the FX thread, then shows the project browser, or the editor of the project
 * named on the command line.
 *
 * <p>{@code -Dblueline.exitAfterShow=true} quits (cleanly) as soon as the browser is shown: used
 * by start-up checks and the runtime image's training run.
 */
public final class BluelineApp extends Application {
    private final Path home;
    private final Runnable quit;
    private final CompletableFuture<Shell> shell = new CompletableFuture<>();

    /** The app as launched: the default data directory; quitting exits the toolkit. */
    public BluelineApp() {
        this(null, Platform::exit);
    }

    /** The app with its own data directory and quit action (tests keep the toolkit running). */
    public BluelineApp(Path home, Runnable quit) {
        this.home = home;
        this.quit = quit;
    }

    /** Completes on the FX thread once the project browser is up. */
    public CompletableFuture<Shell> shell() {
        return shell;
    }

    @Override
    public void start(Stage stage) {
        Platform.setImplicitExit(false);
        Theme.install();
        StartupView.show(stage);
        stage.setOnCloseRequest(e -> {
            if (!shell.isDone()) quit.run();
        });
        Path dir = home != null ? home : Workspace.defaultHome();
        CompletableFuture<Workspace> opening = home == null && Main.earlyWorkspace() != null ? Main.earlyWorkspace() : open(dir);
        opening.whenComplete((ws, failure) -> Platform.runLater(() -> {
            if (failure == null) started(stage, ws);
            else failed(stage, dir, failure instanceof java.util.concurrent.CompletionException c && c.getCause() != null ? c.getCause() : failure);
        }));
    }

    /** Opens the workspace (the local host and its database) off the FX thread. */
    static CompletableFuture<Workspace> open(Path dir) {
        CompletableFuture<Workspace> f = new CompletableFuture<>();
        Thread.ofPlatform().name("workspace-open").daemon(true).start(() -> {
            try {
                f.complete(Workspace.open(dir));
            } catch (Exception | Error e) {
                f.completeExceptionally(e);
            }
        });
        return f;
    }

    private void started(Stage startup, Workspace ws) {
        Shell s;
        try {
            s = new Shell(ws, new Stage(), quit);
        } catch (RuntimeException e) {
            ws.close();
            failed(startup, ws.home(), e);
            return;
        }
        boolean exitAfterShow = Boolean.getBoolean("blueline.exitAfterShow");
        List<String> args = getParameters() == null ? List.of() : getParameters().getRaw();
        s.browserStage().setOnShown(e -> {
            startup.hide();
            if (exitAfterShow && args.isEmpty()) Platform.runLater(s::quit);
        });
        shell.complete(s);
        // a designer who named a project goes straight to it ("Starting…" stays until its window is
        // up); importing a file shows the browser, where its progress is
        if (args.isEmpty() || isProjectFile(args)) s.showBrowser();
        if (!args.isEmpty()) {
            openFromCommandLine(s, args).whenComplete((w, failure) -> Platform.runLater(() -> {
                if (w != null && failure == null) {
                    startup.hide();
                    return;
                }
                s.showBrowser(); // it says what went wrong
                if (exitAfterShow) s.quit();
            }));
        }
    }

    /**
     * {@code blueline <project name>} opens that local project; {@code blueline <file>.blueline}
     * imports the file as a new project and opens it. When the editor is ready for input, one line
     * says so with the time since the JVM started (the launch benchmark reads it); with
     * {@code -Dblueline.exitAfterShow=true} the app then quits. Completes with the window, or with
     * null when there is no such project.
     */
    private CompletableFuture<EditorWindow> openFromCommandLine(Shell s, List<String> args) {
        String arg = String.join(" ", args).strip();
        CompletableFuture<EditorWindow> window;
        if (isProjectFile(args)) {
            window = s.importFile(null, Path.of(arg));
        } else {
            var project = s.workspace().projects().stream().filter(p -> p.name().equals(arg)).findFirst();
            if (project.isEmpty()) {
                s.browser().setStatus("No project named \u201c" + arg + "\u201d here");
                return CompletableFuture.completedFuture(null);
            }
            window = CompletableFuture.completedFuture(s.open(project.get()));
        }
        window.thenCompose(w -> FxWait.until(w::isReady, Duration.ofMinutes(2)).thenApply(ok -> ok ? w : null))
                .thenAccept(w -> Platform.runLater(() -> {
                    if (w == null) return;
                    long sinceStart = System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
                    System.out.println("Blueline editor ready: " + w.project().name() + " in " + sinceStart + " ms since start");
                    if (Boolean.getBoolean("blueline.exitAfterShow")) s.quit();
                }));
        return window;
    }

    private static boolean isProjectFile(List<String> args) {
        String arg = String.join(" ", args).strip();
        return arg.endsWith(".blueline") && Files.isRegularFile(Path.of(arg));
    }

    private void failed(Stage stage, Path dir, Throwable e) {
        String why = e.getMessage() == null ? e.toString() : e.getMessage();
        var alert = Dialogs.error(stage, "Blueline could not start",
                "The project data in " + dir + " could not be opened (is Blueline already running?).\n\n" + why);
        alert.setOnHidden(x -> quit.run());
        shell.completeExceptionally(e);
        if (Boolean.getBoolean("blueline.exitAfterShow")) quit.run();
    }

    @Override
    public void stop() {
        if (shell.isDone() && !shell.isCompletedExceptionally()) shell.join().closeNow();
    }
}
