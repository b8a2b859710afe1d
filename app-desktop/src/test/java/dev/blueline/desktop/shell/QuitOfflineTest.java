package dev.blueline.desktop.shell;

import dev.blueline.desktop.shell.browser.Listed;
import dev.blueline.model.document.Props;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** A joined app cut off from its host, edited and quit: the next start sends the edits once the host is back. */
class QuitOfflineTest {
    @TempDir
    Path hostDir;

    @Test
    void editsMadeOfflineBeforeQuittingReachTheHostAfterTheNextStart() throws Exception {
        Path home = Files.createTempDirectory("blueline-quit-offline-");
        try (TeammateHost ada = TeammateHost.tls(hostDir)) {
            String[] ids = ada.adasProject("Ada's menu");
            String screen = ids[1];
            String link = ada.inviteLink(ids[0], null);
            try (AppHarness first = AppHarness.start(home)) {
                EditorWindow w = JoinedProjectsTest.join(first, link);
                JoinedProjectsTest.place(first, w, screen, "online", "Made online");
                first.await("the host has the first edit", () -> ada.elements(screen).contains("Made online"));
                // tried: the host goes away, Lin edits, and quits while it is still away
                ada.stop();
                first.await("the window is offline", () -> !w.session().sync().isOnline());
                JoinedProjectsTest.place(first, w, screen, "offline", "Made offline, then quit");
                assertThat(first.fx(() -> w.session().sync().pending())).isNotEmpty();
            } // quitting waits a little for the host, then quits with the edit still pending

            try (AppHarness second = AppHarness.start(home)) {
                Listed entry = second.fx(() -> second.shell().browser().list().getItems().stream()
                        .filter(i -> i.name().equals("Ada's menu")).findFirst().orElseThrow());
                second.run(() -> second.shell().browser().open(entry));
                second.await("the window shows the edit made before quitting", () -> second.shell().windows().stream()
                        .anyMatch(x -> "Made offline, then quit".equals(x.editor().doc().text("offline", Props.TEXT))));
                ada.startAgain();
                second.await("the host has the edit made offline before quitting", () -> ada.elements(screen).contains("Made offline, then quit"));
                assertThat(ada.elements(screen)).contains("Made online");
                EditorWindow w = second.fx(() -> second.shell().windows().getFirst());
                second.await("nothing is left waiting", () -> w.session().sync().pending().isEmpty());
            }
        } finally {
            AppHarness.deleteTree(home);
        }
    }
}
