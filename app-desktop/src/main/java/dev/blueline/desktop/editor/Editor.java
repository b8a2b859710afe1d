package dev.blueline.desktop.editor;

import dev.blueline.desktop.session.ProjectSession;
import dev.blueline.model.document.Document;
import dev.blueline.model.document.Kind;
import dev.blueline.model.ops.Put;
import dev.blueline.model.sync.SyncClient;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The state one editor window shares between its canvas and panels: the project session, the
 * screen being edited, the selection, the viewport and view settings. Panels and the canvas
 * listen to it; every edit goes through {@link #submit} and so through the sync engine.
 */
public final class Editor {
    private final ProjectSession session;
    private final StringProperty screen = new SimpleStringProperty();
    private final ObservableList<String> selection = FXCollections.observableArrayList();
    private final Viewport viewport = new Viewport();
    private final BooleanProperty sketch = new SimpleBooleanProperty(false);
    private final BooleanProperty snap = new SimpleBooleanProperty(true);
    private final BooleanProperty showGrid = new SimpleBooleanProperty(false);
    private final BooleanProperty preview = new SimpleBooleanProperty(false);
    private final BooleanProperty viewOnly = new SimpleBooleanProperty(false);
    private final ObjectProperty<String> status = new SimpleObjectProperty<>("");
    private final List<DocumentEvents> listeners = new CopyOnWriteArrayList<>();
    public static final double GRID = 8;
    public static final String VIEW_ONLY = "You are a viewer here: you can look, follow and chat, but not change the project";

    public Editor(ProjectSession session) {
        this.session = session;
    }

    public ProjectSession session() {
        return session;
    }

    /** The document as the user sees it (confirmed + their pending edits). */
    public Document doc() {
        return session.document();
    }

    public StringProperty screenProperty() {
        return screen;
    }

    public String screen() {
        return screen.get();
    }

    public ObservableList<String> selection() {
        return selection;
    }

    public Viewport viewport() {
        return viewport;
    }

    public BooleanProperty sketchProperty() {
        return sketch;
    }

    public BooleanProperty snapProperty() {
        return snap;
    }

    public BooleanProperty showGridProperty() {
        return showGrid;
    }

    public BooleanProperty previewProperty() {
        return preview;
    }

    /**
     * True when this user may look but not change the project (their role is viewer): edits are
     * refused here with a message, before anything is sent (the host refuses them anyway).
     */
    public BooleanProperty viewOnlyProperty() {
        return viewOnly;
    }

    public boolean isViewOnly() {
        return viewOnly.get();
    }

    /** A short message for the status bar (a refused change, what an action did). */
    public ObjectProperty<String> statusProperty() {
        return status;
    }

    public void tell(String message) {
        status.set(message);
    }

    public void addListener(DocumentEvents l) {
        listeners.add(l);
    }

    public void removeListener(DocumentEvents l) {
        listeners.remove(l);
    }

    /** Called by the window when the session reports changes. */
    public void fireChanged(Set<String> ids) {
        if (screen.get() != null && !doc().isLive(screen.get())) {
            List<String> screens = doc().screens();
            screen.set(screens.isEmpty() ? null : screens.getFirst());
        }
        if (ids == null) {
            selection.removeIf(id -> !doc().isLive(id));
        } else {
            List<String> gone = new ArrayList<>();
            for (String id : selection) if (ids.contains(id) && !doc().isLive(id)) gone.add(id);
            selection.removeAll(gone);
        }
        for (DocumentEvents l : listeners) l.documentChanged(ids);
    }

    /** Applies a local edit (validated, sent to the host, undoable). Tells the user when it is refused. */
    public boolean submit(List<Put> ops) {
        return submit(ops, false);
    }

    public boolean submit(List<Put> ops, boolean mergeUndo) {
        if (ops.isEmpty()) return false;
        if (refusedForViewer()) return false;
        SyncClient.Submitted s = session.submit(ops, mergeUndo);
        if (s instanceof SyncClient.Submitted.Refused r) {
            tell("Not possible: " + r.rejection().message());
            return false;
        }
        return true;
    }

    public void undo() {
        if (refusedForViewer()) return;
        if (session.sync().undo() instanceof SyncClient.Submitted.Nothing) tell("Nothing to undo");
    }

    public void redo() {
        if (refusedForViewer()) return;
        if (session.sync().redo() instanceof SyncClient.Submitted.Nothing) tell("Nothing to redo");
    }

    private boolean refusedForViewer() {
        if (!viewOnly.get()) return false;
        tell(VIEW_ONLY);
        return true;
    }

    /** Selects exactly these ids (live elements of the current screen only). */
    public void select(List<String> ids) {
        Set<String> keep = new LinkedHashSet<>();
        for (String id : ids) {
            if (doc().is(id, Kind.ELEMENT) && doc().isLive(id)) keep.add(id);
        }
        selection.setAll(keep);
    }

    public void showScreen(String screenId) {
        if (screenId != null && !screenId.equals(screen.get())) {
            selection.clear();
            screen.set(screenId);
        }
    }
}
