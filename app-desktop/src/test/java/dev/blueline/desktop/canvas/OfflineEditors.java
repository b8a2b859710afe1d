package dev.blueline.desktop.canvas;

import dev.blueline.desktop.editor.Editor;
import dev.blueline.desktop.session.ProjectSession;
import dev.blueline.desktop.session.SessionListener;
import dev.blueline.model.document.Document;
import dev.blueline.model.sync.InMemoryPendingStore;
import javafx.application.Platform;

import java.net.http.HttpClient;
import java.util.Set;

/** Editors for canvas tests: a document with no host behind it (the session never connects), so edits apply locally, as offline. */
final class OfflineEditors {
    private OfflineEditors() {
    }

    static Editor on(Document doc) {
        Editor[] editor = new Editor[1];
        ProjectSession session = new ProjectSession(HttpClient.newHttpClient(), "ws://127.0.0.1:1/ws", () -> "t", "p1", new InMemoryPendingStore("c"),
                doc, 0, Platform::runLater, new SessionListener() {
                    @Override
                    public void documentChanged(Set<String> ids) {
                        editor[0].fireChanged(ids);
                    }
                });
        editor[0] = new Editor(session);
        return editor[0];
    }
}
