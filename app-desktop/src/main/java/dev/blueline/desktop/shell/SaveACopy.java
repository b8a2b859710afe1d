package dev.blueline.desktop.shell;

import java.util.concurrent.CompletableFuture;

/**
 * File ▸ Save a copy…: a new project of this app's own, in its own host, made from what the window
 * shows, edits the host has not confirmed included. It is how a joined project becomes yours once
 * its host stopped hosting, and works for any project.
 */
public final class SaveACopy {
    private SaveACopy() {
    }

    /** What a joined window says when its host stopped hosting. */
    static String afterHostStopped(String reason) {
        return Shell.capitalise(reason) + ". Your copy is kept — File ▸ Save a copy… makes it your own project";
    }

    /** Asks for the new project's name, then saves and opens the copy. */
    public static void ask(EditorWindow w) {
        Dialogs.askName(w.stage(), "Save a copy", "Save a copy of “" + w.project().name() + "” as a project of your own",
                w.project().name() + " (copy)", name -> save(w, name));
    }

    /** Saves what {@code w} shows now as a new project named {@code name} and opens it in its own window. */
    public static CompletableFuture<EditorWindow> save(EditorWindow w, String name) {
        return w.shell().createCopy(w.stage(), name, w.editor().doc().copy()).thenApply(copy -> {
            copy.editor().tell("Saved as “" + name + "”, a project of your own (listed in the project browser)");
            return copy;
        });
    }
}
