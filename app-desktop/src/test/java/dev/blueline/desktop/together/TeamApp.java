package dev.blueline.desktop.together;

import dev.blueline.desktop.shell.AppHarness;
import dev.blueline.desktop.shell.EditorWindow;
import dev.blueline.desktop.shell.Shell;
import dev.blueline.desktop.workspace.Workspace;
import dev.blueline.server.api.JoinLink;
import javafx.stage.Stage;

import java.nio.file.Files;
import java.util.concurrent.TimeUnit;

/**
 * A teammate's app beside the test's own: its own data directory, in-process host and account,
 * and its own shell, in the same JVM (the toolkit is shared; nothing else is). It joins with an
 * invite link, as a teammate does.
 */
record TeamApp(Workspace workspace, Shell shell) implements AutoCloseable {
    static TeamApp start(AppHarness fx) throws Exception {
        Workspace ws = Workspace.open(Files.createTempDirectory("blueline-teammate-"));
        return new TeamApp(ws, fx.fx(() -> new Shell(ws, new Stage(), () -> { })));
    }

    EditorWindow join(AppHarness fx, String link, String name) throws Exception {
        EditorWindow w = fx.fx(() -> shell.join(JoinLink.parse(link), name)).get(AppHarness.TIMEOUT_S, TimeUnit.SECONDS);
        fx.awaitLoaded(w);
        return w;
    }

    @Override
    public void close() throws Exception {
        shell.shutdown().get(AppHarness.TIMEOUT_S, TimeUnit.SECONDS);
    }
}
