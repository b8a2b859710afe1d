package dev.blueline.desktop.panels;

import dev.blueline.desktop.editor.Editor;
import dev.blueline.desktop.editor.commands.Edits;
import dev.blueline.desktop.editor.commands.Layers;
import dev.blueline.desktop.editor.commands.Tree;
import dev.blueline.model.catalog.Catalog;
import dev.blueline.model.catalog.ControlType;
import dev.blueline.model.document.Document;
import dev.blueline.model.document.Props;
import dev.blueline.model.document.Value;
import dev.blueline.model.ops.Put;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;

/**
 * What the layers panel shows and does. It tells its view when the tree's shape changed
 * (something added, removed, re-stacked or re-parented) apart from when only how rows look changed
 * (name, lock, visibility), and says nothing for moves and resizes, which the list does not show.
 */
public final class LayersViewModel {
    /** What a row shows; a change of one of these only needs the rows redrawn. */
    private record Look(String name, String gist, boolean locked, boolean hidden) {
    }

    /** What decides where a row is; a change of one of these needs the tree rebuilt. */
    private record Place(String screen, String parent, String order, boolean deleted) {
    }

    private final Editor editor;
    private final Map<String, Place> places = new HashMap<>();
    private final Map<String, Look> looks = new HashMap<>();
    private Consumer<List<Layers.Layer>> onShape = t -> { };
    private Runnable onLook = () -> { };

    public LayersViewModel(Editor editor) {
        this.editor = editor;
        editor.addListener(this::changed);
        editor.screenProperty().addListener((o, was, now) -> rebuild());
    }

    /** Called with the new tree whenever its shape changed; called once at once. */
    public void onShape(Consumer<List<Layers.Layer>> listener) {
        this.onShape = listener;
        rebuild();
    }

    /** Called when rows only need redrawing. */
    public void onLook(Runnable listener) {
        this.onLook = listener;
    }

    public Editor editor() {
        return editor;
    }

    /** The layer's name when it has one, else the control's name and the start of its text ("Button · Save"). */
    public String label(String id) {
        String name = editor.doc().text(id, Props.NAME);
        if (name != null && !name.isBlank()) return name;
        String gist = gist(editor.doc().text(id, Props.TEXT));
        return gist.isEmpty() ? typeName(id) : typeName(id) + " · " + gist;
    }

    /** The first line of a text, without markup marks, at most 24 characters. */
    static String gist(String text) {
        if (text == null) return "";
        String line = text.strip().lines().findFirst().orElse("").replaceAll("[*_\\[\\]()]", "").strip();
        return line.length() > 24 ? line.substring(0, 23) + "…" : line;
    }

    public String typeName(String id) {
        String type = editor.doc().text(id, Props.TYPE);
        return Catalog.find(type).map(ControlType::displayName).orElse(type == null ? "?" : type);
    }

    public boolean locked(String id) {
        return editor.doc().flag(id, Props.LOCKED);
    }

    /** Locked itself or inside a locked container. */
    public boolean lockedByParent(String id) {
        return !locked(id) && Tree.locked(editor.doc(), id);
    }

    public boolean hidden(String id) {
        return editor.doc().flag(id, Props.HIDDEN);
    }

    public boolean isContainer(String id) {
        return Layers.isContainer(editor.doc(), id);
    }

    public boolean toggleLocked(String id) {
        return editor.submit(List.of(Put.of(id, Props.LOCKED, Value.of(!locked(id)))));
    }

    /** Hiding works on locked layers too: it changes what is shown, not the layer. */
    public boolean toggleHidden(String id) {
        return editor.submit(List.of(Put.of(id, Props.HIDDEN, Value.of(!hidden(id)))));
    }

    /** Sets the layer name; a blank name goes back to showing the control's name. */
    public boolean rename(String id, String name) {
        String clean = name == null ? "" : name.strip();
        if (clean.length() > Props.MAX_NAME_LENGTH) clean = clean.substring(0, Props.MAX_NAME_LENGTH);
        Value v = clean.isEmpty() ? Value.NULL : Value.of(clean);
        if (editor.doc().get(id, Props.NAME).equals(v)) return false;
        return editor.submit(List.of(Put.of(id, Props.NAME, v)));
    }

    /** Moves the layers next to or into {@code target} (null: to the back of the screen). */
    public boolean move(List<String> ids, String target, DropPosition position) {
        Layers.Where where = switch (position) {
            case BEFORE -> Layers.Where.IN_FRONT;
            case INTO -> Layers.Where.INTO;
            case AFTER -> Layers.Where.BEHIND;
        };
        List<Put> ops = Layers.move(editor.doc(), ids, target, where);
        if (ops.isEmpty()) return false;
        boolean done = editor.submit(ops);
        if (done && position == DropPosition.INTO) editor.tell("Moved into " + label(target));
        return done;
    }

    public boolean delete(List<String> ids) {
        return editor.submit(Edits.delete(editor.doc(), ids));
    }

    private void changed(Set<String> ids) {
        if (ids == null || editor.screen() == null) {
            rebuild();
            return;
        }
        Document doc = editor.doc();
        boolean look = false;
        for (String id : ids) {
            Place was = places.get(id);
            if (!doc.is(id, dev.blueline.model.document.Kind.ELEMENT)) continue;
            Place now = place(doc, id);
            if (was == null ? editor.screen().equals(now.screen()) && !now.deleted() : !was.equals(now)) {
                rebuild();
                return;
            }
            if (was != null && !Objects.equals(looks.get(id), look(doc, id))) {
                looks.put(id, look(doc, id));
                look = true;
            }
        }
        if (look) onLook.run();
    }

    private void rebuild() {
        places.clear();
        looks.clear();
        String screen = editor.screen();
        List<Layers.Layer> tree = screen == null ? List.of() : Layers.tree(editor.doc(), screen);
        remember(editor.doc(), tree);
        onShape.accept(tree);
    }

    private void remember(Document doc, List<Layers.Layer> layers) {
        for (Layers.Layer l : layers) {
            places.put(l.id(), place(doc, l.id()));
            looks.put(l.id(), look(doc, l.id()));
            remember(doc, l.children());
        }
    }

    private static Place place(Document doc, String id) {
        return new Place(doc.text(id, Props.SCREEN), doc.text(id, Props.PARENT), doc.text(id, Props.ORDER), doc.isDeleted(id));
    }

    private static Look look(Document doc, String id) {
        return new Look(doc.text(id, Props.NAME), gist(doc.text(id, Props.TEXT)), doc.flag(id, Props.LOCKED), doc.flag(id, Props.HIDDEN));
    }
}
