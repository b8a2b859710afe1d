package dev.blueline.desktop.shell;

import dev.blueline.desktop.session.CopyKeeper;
import dev.blueline.desktop.session.JoinedProject;
import dev.blueline.desktop.session.ProjectSession;
import dev.blueline.desktop.session.SessionListener;
import dev.blueline.desktop.workspace.Workspace;
import dev.blueline.model.document.Document;
import dev.blueline.server.store.JoinedStore;
import dev.blueline.server.store.KeptCopy;
import javafx.application.Platform;

import java.time.Duration;
import java.util.List;
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
     * TLS, the guest account's token). It starts from the local copy kept from last time, so the
     * project shows (and can be edited) before the host answers, or when it cannot; the copy is kept
     * up to date while it runs. Pending edits are kept in this app's database all the same.
     */
    public static ProjectSession open(Workspace workspace, JoinedProject joined, SessionListener listener) {
        JoinedStore store = workspace.joined();
        String id = joined.record().id();
        KeptCopy start = store.copy(id).orElse(new KeptCopy(List.of(), 0, null));
        ProjectSession s = new ProjectSession(joined.http(), joined.link().wsUrl(), joined::token, joined.projectId(),
                workspace.host().stores().pendingStore(JoinedStore.sessionKey(id)), start, Platform::runLater, listener);
        CopyKeeper.start(s, store, id, start, Platform::runLater);
        store.opened(id);
        s.start();
        if (s.document().size() > 0) Platform.runLater(listener::documentReplaced); // show the copy now, not when the host answers
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
