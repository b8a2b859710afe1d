package dev.blueline.desktop.shell;

import dev.blueline.desktop.session.JoinedProject;
import dev.blueline.desktop.session.ProjectSession;
import dev.blueline.desktop.session.SessionListener;
import dev.blueline.desktop.workspace.Workspace;
import dev.blueline.model.document.Document;
import javafx.application.Platform;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;

/** Opening and closing project sessions against the workspace's in-process host. */
public final class Sessions {
    /** How long closing waits for the host to acknowledge what is still pending. */
    public static final Duration CLOSE_WAIT = Duration.ofSeconds(3);

    private Sessions() {
    }

    /**
     * A started session for one project; sync work runs on the FX thread. Edits the host has not
     * acknowledged yet are kept in the workspace database, so they survive a crash and are sent again.
     */
    public static ProjectSession open(Workspace workspace, String projectId, SessionListener listener) {
        ProjectSession s = new ProjectSession(workspace.http(), workspace.wsUrl(), workspace::token, projectId,
                workspace.pendingStore(projectId), new Document(), 0, Platform::runLater, listener);
        s.start();
        return s;
    }

    /**
     * A started session for a project on a teammate's host, reached as the join set up (pinned
     * TLS, the guest account's token). Pending edits are kept in this app's database all the same.
     */
    public static ProjectSession open(Workspace workspace, JoinedProject joined, SessionListener listener) {
        ProjectSession s = new ProjectSession(joined.http(), joined.link().wsUrl(), joined::token, joined.projectId(),
                workspace.pendingStore(joined.projectId()), new Document(), 0, Platform::runLater, listener);
        s.start();
        return s;
    }

    /** True when the host has everything this session sent. Call on the FX thread. */
    public static boolean settled(ProjectSession s) {
        return s.sync().pending().isEmpty();
    }

    /**
     * Waits (at most {@link #CLOSE_WAIT}) until nothing is pending, then closes the session.
     * Completes once the session has really stopped (its own close step has run on the FX thread).
     */
    public static CompletableFuture<Void> closeGracefully(ProjectSession s) {
        CompletableFuture<Void> done = new CompletableFuture<>();
        FxWait.until(() -> settled(s), CLOSE_WAIT).whenComplete((ok, failure) -> {
            s.close();
            Platform.runLater(() -> done.complete(null));
        });
        return done;
    }
}
