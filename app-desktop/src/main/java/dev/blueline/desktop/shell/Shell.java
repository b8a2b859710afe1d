package dev.blueline.desktop.shell;

import dev.blueline.desktop.files.ProjectFiles;
import dev.blueline.desktop.session.JoinedProject;
import dev.blueline.desktop.shell.browser.ProjectBrowser;
import dev.blueline.desktop.shell.templates.Template;
import dev.blueline.desktop.shell.templates.Templates;
import dev.blueline.desktop.workspace.Workspace;
import dev.blueline.model.document.Document;
import dev.blueline.model.files.ProjectFile;
import dev.blueline.model.files.ProjectFileException;
import dev.blueline.model.ops.Put;
import dev.blueline.server.api.JoinLink;
import dev.blueline.server.store.JoinedRecord;
import dev.blueline.server.store.Project;
import javafx.application.Platform;
import javafx.stage.FileChooser;
import javafx.stage.Stage;
import javafx.stage.Window;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Consumer;

/**
 * The running app: the workspace, the project browser and the open editor windows. The browser
 * hides while a project is open and comes back when the last editor window closes; closing the
 * browser with no project open quits. Quitting waits (briefly) until every session's changes
 * are acknowledged by the host, then closes the workspace.
 */
public final class Shell {
    /** The longest quitting waits for sessions to settle and imports to finish before closing the workspace. */
    static final java.time.Duration QUIT_WAIT = java.time.Duration.ofSeconds(10);
    private final Workspace workspace;
    private final Stage browserStage;
    private final ProjectBrowser browser;
    private final Runnable quit;
    private final List<EditorWindow> windows = new ArrayList<>();
    /** Sessions still closing and projects still being written: quitting waits for them (a while). */
    private final List<CompletableFuture<?>> pendingWork = new ArrayList<>();
    /** AI ▸ Draft a screen…: one drafter for the whole app, closed on quit. */
    private final AiDrafting drafting = new AiDrafting(System::getenv);
    private CompletableFuture<Void> shutdown;

    /** Shows the project browser in {@code browserStage}. FX thread. {@code quit} runs after {@link #shutdown} when the user quits. */
    public Shell(Workspace workspace, Stage browserStage, Runnable quit) {
        this.workspace = workspace;
        this.browserStage = browserStage;
        this.quit = quit;
        this.browser = new ProjectBrowser(this);
        browser.show(browserStage);
        browserStage.setOnCloseRequest(e -> {
            e.consume();
            if (windows.isEmpty()) quit();
            else browserStage.hide();
        });
    }

    public Workspace workspace() {
        return workspace;
    }

    public ProjectBrowser browser() {
        return browser;
    }

    public AiDrafting drafting() {
        return drafting;
    }

    public Stage browserStage() {
        return browserStage;
    }

    /** The open editor windows, oldest first. */
    public List<EditorWindow> windows() {
        return List.copyOf(windows);
    }

    public void showBrowser() {
        browser.refresh();
        browserStage.show();
        browserStage.toFront();
    }

    /** Opens the project in an editor window (or brings its window forward). */
    public EditorWindow open(Project project) {
        for (EditorWindow w : windows) {
            if (w.project().id().equals(project.id())) {
                w.stage().toFront();
                return w;
            }
        }
        EditorWindow w = new EditorWindow(this, project);
        windows.add(w);
        w.stage().show();
        browserStage.hide();
        return w;
    }

    // ---- joining a teammate's session

    /**
     * Joins the session {@code link} points to as {@code name} (off the FX thread), then opens its
     * project in an editor window. The project is remembered (the browser lists it). Fails with the
     * reason, in words, and opens nothing.
     */
    public CompletableFuture<EditorWindow> join(JoinLink link, String name) {
        status("Joining " + link.host() + ":" + link.port() + "…");
        CompletableFuture<JoinedProject> joining = CompletableFuture.supplyAsync(() -> {
            try {
                return JoinedProject.join(link, name, Clock.systemUTC(), workspace.joined());
            } catch (IOException e) {
                throw new CompletionException(e);
            }
        }, r -> Thread.ofPlatform().name("join").daemon(true).start(r));
        track(joining);
        CompletableFuture<EditorWindow> opened = new CompletableFuture<>();
        joining.whenComplete((joined, failure) -> Platform.runLater(() -> {
            status("");
            if (failure != null) {
                opened.completeExceptionally(failure instanceof CompletionException c && c.getCause() != null ? c.getCause() : failure);
                return;
            }
            opened.complete(openJoined(joined));
        }));
        return opened;
    }

    /**
     * Opens a project joined before, at once, from its local copy; its session signs in again as
     * the same guest (no new account) and catches up when the host answers, or keeps trying while
     * it does not, with edits kept and sent when it is back.
     */
    public EditorWindow open(JoinedRecord joined) {
        EditorWindow open = windowOf(joined);
        return open != null ? open : openJoined(JoinedProject.resume(joined, workspace.joined(), Clock.systemUTC()));
    }

    /** The window already showing this joined project, brought forward, or null. */
    private EditorWindow windowOf(JoinedRecord joined) {
        for (EditorWindow w : windows) {
            if (w.joined() != null && w.joined().record().id().equals(joined.id())) {
                w.stage().toFront();
                return w;
            }
        }
        return null;
    }

    private EditorWindow openJoined(JoinedProject joined) {
        // joined again while its window is open: that window goes on (one session per copy and pending store)
        EditorWindow open = windowOf(joined.record());
        if (open != null) return open;
        Instant now = Instant.now();
        EditorWindow w = new EditorWindow(this, new Project(joined.projectId(), joined.projectName(), null, now, now), joined);
        windows.add(w);
        w.stage().show();
        browserStage.hide();
        return w;
    }

    /** Asks, then removes a joined project from this app (the project stays on the teammate's host). */
    public void askForget(Window owner, JoinedRecord joined) {
        Dialogs.confirm(owner, "Remove “" + joined.projectName() + "” from this list?",
                "Your copy, and any edits not yet sent to the host at " + joined.linkHost() + ", are removed from this computer."
                        + " The project itself stays on the teammate's host.", "Remove", () -> forget(joined));
    }

    /** Closes the joined project's window (its session and copy stop first), then forgets it. */
    public CompletableFuture<Void> forget(JoinedRecord joined) {
        List<CompletableFuture<Void>> closing = new ArrayList<>();
        for (EditorWindow w : windows()) {
            if (w.joined() == null || !w.joined().record().id().equals(joined.id())) continue;
            w.close();
            closing.add(w.whenClosed());
        }
        return CompletableFuture.allOf(closing.toArray(CompletableFuture[]::new)).thenRunAsync(() -> {
            workspace.joined().forget(joined.id());
            browser.refresh();
        }, Platform::runLater);
    }

    /** A new project of this app's own holding {@code doc} (File ▸ Save a copy…), opened once written. */
    public CompletableFuture<EditorWindow> createCopy(Window owner, String name, Document doc) {
        return seedAndOpen(owner, name, new ProjectFile.Contents(name, doc).batches(500), "Saving a copy as");
    }

    // ---- new projects

    /** Asks for a name, then makes a blank project with one "Home" screen and opens it. */
    public void askNewProject(Window owner) {
        Dialogs.askName(owner, "New project", "Name the new project", "Untitled project", name -> createProject(owner, name, Templates.blank()));
    }

    public void askNewFromTemplate(Window owner, Template template) {
        Dialogs.askName(owner, "New project from " + template.name(), template.description(), template.name(),
                name -> createProject(owner, name, template.ops()));
    }

    /** Creates the project with these first ops (sent through a session as normal changes) and opens it. */
    public CompletableFuture<EditorWindow> createProject(Window owner, String name, List<Put> ops) {
        return seedAndOpen(owner, name, List.of(ops), "Creating");
    }

    // ---- files

    public void chooseAndImport(Window owner) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Import project");
        chooser.getExtensionFilters().addAll(new FileChooser.ExtensionFilter("Blueline projects", "*" + ProjectFiles.EXTENSION),
                new FileChooser.ExtensionFilter("All files", "*.*"));
        File f = chooser.showOpenDialog(owner);
        if (f != null) importFile(owner, f.toPath());
    }

    /**
     * Reads and checks the file off the FX thread; a bad file gets an alert and creates nothing.
     * A good one becomes a new project (written in batches through a session) and opens.
     */
    public CompletableFuture<EditorWindow> importFile(Window owner, Path file) {
        String fileName = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        status("Reading " + fileName + "…");
        CompletableFuture<ProjectFile.Contents> read = CompletableFuture.supplyAsync(() -> {
            try {
                return ProjectFiles.read(file);
            } catch (ProjectFileException e) {
                throw new CompletionException(e);
            }
        }, r -> Thread.ofPlatform().name("import-read").daemon(true).start(r));
        CompletableFuture<EditorWindow> result = new CompletableFuture<>();
        read.whenComplete((contents, failure) -> Platform.runLater(() -> {
            if (failure != null) {
                status("");
                Throwable cause = failure instanceof CompletionException && failure.getCause() != null ? failure.getCause() : failure;
                String why = cause instanceof ProjectFileException ? cause.getMessage() : "it could not be read (" + cause + ")";
                Dialogs.error(owner, "“" + fileName + "” cannot be imported", capitalise(why) + ".\n\nNothing was changed.");
                result.completeExceptionally(cause);
                return;
            }
            seedAndOpen(owner, contents.name(), contents.batches(500), "Importing").whenComplete((w, f) -> {
                if (f != null) result.completeExceptionally(f);
                else result.complete(w);
            });
        }));
        return result;
    }

    private CompletableFuture<EditorWindow> seedAndOpen(Window owner, String name, List<List<Put>> batches, String verb) {
        status(verb + " “" + name + "”…");
        Consumer<Double> progress = p -> status(verb + " “" + name + "”… " + Math.round(p * 100) + " %");
        CompletableFuture<Project> seeded;
        try {
            seeded = ProjectSeeder.create(workspace, name, batches, progress::accept);
        } catch (RuntimeException e) {
            seeded = CompletableFuture.failedFuture(e);
        }
        track(seeded);
        return seeded.handle((project, failure) -> {
            status("");
            browser.refresh();
            if (failure != null) {
                Dialogs.error(owner, "“" + name + "” could not be created", capitalise(failure.getMessage()) + ".");
                throw new CompletionException(failure);
            }
            return open(project);
        });
    }

    // ---- deleting

    /** Asks, then deletes the project (closing its window first). */
    public void askDelete(Window owner, Project project) {
        Dialogs.confirm(owner, "Delete “" + project.name() + "”?",
                "The project and all its screens are deleted from this computer. This cannot be undone.", "Delete", () -> delete(project));
    }

    /** Closes the project's window (its session stops first), then deletes the project. */
    public CompletableFuture<Void> delete(Project project) {
        List<CompletableFuture<Void>> closing = new ArrayList<>();
        for (EditorWindow w : windows()) {
            if (!w.project().id().equals(project.id())) continue;
            w.close();
            closing.add(w.whenClosed());
        }
        return CompletableFuture.allOf(closing.toArray(CompletableFuture[]::new)).thenRunAsync(() -> {
            workspace.deleteProject(project.id());
            browser.refresh();
        }, Platform::runLater);
    }

    // ---- closing

    /** Called by an editor window once it is closed; its session is closing. */
    void windowClosed(EditorWindow w, CompletableFuture<Void> sessionClosed) {
        windows.remove(w);
        track(sessionClosed);
        if (windows.isEmpty() && shutdown == null) showBrowser();
    }

    /** Closes every window, waits for the host to have every change, closes the workspace, then runs the quit action. */
    public void quit() {
        shutdown().whenComplete((x, failure) -> Platform.runLater(quit));
    }

    /**
     * Closes every window and session (waiting at most a few seconds for pending changes to be
     * acknowledged) and then the workspace. Idempotent; completes off the FX thread.
     */
    public CompletableFuture<Void> shutdown() {
        if (!Platform.isFxApplicationThread()) {
            return CompletableFuture.supplyAsync(this::shutdown, Platform::runLater).thenCompose(f -> f);
        }
        if (shutdown != null) return shutdown;
        shutdown = new CompletableFuture<>();
        for (EditorWindow w : windows()) w.close();
        browserStage.hide();
        CompletableFuture.allOf(pendingWork.toArray(CompletableFuture[]::new))
                .completeOnTimeout(null, QUIT_WAIT.toSeconds(), java.util.concurrent.TimeUnit.SECONDS).whenComplete((x, f) ->
                Thread.ofPlatform().name("workspace-close").start(() -> {
                    try {
                        workspace.close();
                        drafting.close(); // after the projects are safe
                        shutdown.complete(null);
                    } catch (RuntimeException e) {
                        shutdown.completeExceptionally(e);
                    }
                }));
        return shutdown;
    }

    /** For an exit that cannot wait (the toolkit is stopping): closes sessions and the workspace now. */
    public void closeNow() {
        if (shutdown != null) return;
        shutdown = new CompletableFuture<>();
        for (EditorWindow w : windows()) w.session().close();
        workspace.close();
        drafting.close();
        shutdown.complete(null);
    }

    /** What the app is busy with, shown in the browser and in every editor window's status bar. */
    private void status(String text) {
        browser.setStatus(text);
        if (!text.isEmpty()) windows.forEach(w -> w.editor().tell(text));
    }

    private void track(CompletableFuture<?> work) {
        pendingWork.removeIf(CompletableFuture::isDone);
        pendingWork.add(work);
    }

    static String capitalise(String s) {
        if (s == null || s.isEmpty()) return "Something went wrong";
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
