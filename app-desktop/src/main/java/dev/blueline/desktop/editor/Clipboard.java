package dev.blueline.desktop.editor;

import dev.blueline.desktop.editor.commands.Edits;
import dev.blueline.desktop.editor.commands.Placement;
import dev.blueline.desktop.editor.commands.Tree;
import dev.blueline.model.document.Document;
import dev.blueline.model.document.Props;
import dev.blueline.model.document.Value;
import dev.blueline.model.geometry.Geometry;
import dev.blueline.model.geometry.Rect;
import dev.blueline.model.ops.Put;
import dev.blueline.model.order.FractionalIndex;
import dev.blueline.model.protocol.ClientMessage;
import dev.blueline.model.protocol.Codec;
import dev.blueline.model.protocol.ProtocolException;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.DataFormat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Cut, copy, paste and duplicate of elements. Copied elements go to the system clipboard as the
 * protocol's own change JSON (so a second Blueline window, or another project, can paste them, and
 * what comes back in is checked by the same codec limits as anything from the network), plus their
 * texts as plain text for other apps.
 *
 * <p>Pasting puts the copies on the screen being edited, on top of everything, at the position they
 * were copied from; where the originals are still there (same screen), and with each further paste,
 * the copy steps 16 px down and right so that it never hides behind what it copies.
 */
public final class Clipboard {
    /** The elements on the clipboard: a change request whose ops hold absolute positions and no screen. */
    public static final DataFormat ELEMENTS = dataFormat("application/x-blueline-elements");
    private static final Codec CODEC = new Codec();
    private static final double STEP = 16;

    /** What was pasted last, to step repeated pastes on the same screen. */
    private static String lastPasted;
    private static String lastScreen;
    private static int pastes;

    private Clipboard() {
    }

    private static DataFormat dataFormat(String id) {
        DataFormat existing = DataFormat.lookupMimeType(id);
        return existing != null ? existing : new DataFormat(id);
    }

    public static void copy(Editor editor) {
        List<String> roots = Tree.outermost(editor.doc(), editor.selection());
        if (roots.isEmpty()) {
            editor.tell("Select something to copy");
            return;
        }
        List<Put> snippet = snippet(editor.doc(), roots);
        ClipboardContent content = new ClipboardContent();
        content.put(ELEMENTS, CODEC.encode(new ClientMessage.ChangeRequest(1, snippet)));
        content.putString(plainText(snippet));
        javafx.scene.input.Clipboard.getSystemClipboard().setContent(content);
        editor.tell("Copied " + count(roots.size()));
    }

    public static void cut(Editor editor) {
        List<String> roots = Tree.outermost(editor.doc(), editor.selection());
        if (roots.isEmpty()) return;
        copy(editor);
        List<String> unlocked = roots.stream().filter(id -> !Tree.locked(editor.doc(), id)).toList();
        if (editor.submit(Edits.delete(editor.doc(), unlocked))) editor.tell("Cut " + count(unlocked.size()));
    }

    public static void paste(Editor editor) {
        String screen = editor.screen();
        if (screen == null) {
            editor.tell("Add a screen first");
            return;
        }
        Object data = javafx.scene.input.Clipboard.getSystemClipboard().getContent(ELEMENTS);
        if (!(data instanceof String json)) {
            editor.tell("Nothing to paste");
            return;
        }
        List<Put> snippet;
        try {
            if (!(CODEC.decodeClient(json) instanceof ClientMessage.ChangeRequest c)) throw new ProtocolException(dev.blueline.model.protocol.ErrorCode.BAD_MESSAGE, "not elements");
            snippet = c.ops();
        } catch (ProtocolException e) {
            editor.tell("The clipboard holds something Blueline cannot paste");
            return;
        }
        pastes = json.equals(lastPasted) && screen.equals(lastScreen) ? pastes + 1 : 0;
        lastPasted = json;
        lastScreen = screen;
        // over the originals, a copy would hide exactly behind them: step it like the next paste
        boolean originalsHere = snippet.stream().filter(Clipboard::isCopied)
                .anyMatch(p -> editor.doc().isLive(p.id()) && screen.equals(editor.doc().text(p.id(), Props.SCREEN)));
        Placed placed = place(editor.doc(), snippet, screen, (pastes + (originalsHere ? 1 : 0)) * STEP);
        if (editor.submit(placed.ops())) {
            editor.select(placed.roots());
            editor.tell("Pasted " + count(placed.roots().size()));
        }
    }

    public static void duplicate(Editor editor) {
        List<String> roots = Tree.outermost(editor.doc(), editor.selection());
        if (roots.isEmpty()) return;
        List<String> newRoots = new ArrayList<>();
        List<Put> ops = Placement.duplicate(editor.doc(), roots, STEP, STEP, Placement::newId);
        // duplicate() writes each root's copy first, then its descendants
        int i = 0;
        for (String root : roots) {
            newRoots.add(ops.get(i).id());
            i += Tree.withDescendants(editor.doc(), root).size();
        }
        if (editor.submit(ops)) editor.select(newRoots);
    }

    /**
     * The elements with everything inside them, as they would be pasted on a blank screen: roots at
     * their absolute position with no parent, no screen, no order; the rest keep their parent ids.
     * Components the elements show come first (their master screen and its elements, as they are),
     * so that pasting into another project brings them along.
     */
    static List<Put> snippet(Document doc, List<String> roots) {
        List<Put> elements = new ArrayList<>();
        Set<String> masters = new LinkedHashSet<>();
        for (String root : roots) {
            Rect r = Geometry.bounds(doc, root);
            for (String id : Tree.withDescendants(doc, root)) {
                Map<String, Value> props = Tree.copyOf(doc, id);
                props.remove(Props.SCREEN);
                if (id.equals(root)) {
                    props.put(Props.PARENT, Value.NULL);
                    props.remove(Props.ORDER);
                    props.put(Props.X, Value.of(r.x()));
                    props.put(Props.Y, Value.of(r.y()));
                }
                elements.add(new Put(id, props));
                addMasters(doc, id, masters);
            }
        }
        List<Put> out = new ArrayList<>();
        for (String m : masters) {
            Map<String, Value> screen = new LinkedHashMap<>(doc.props(m));
            screen.remove(Props.DELETED);
            out.add(new Put(m, screen));
            for (String top : doc.children(m, null)) {
                for (String id : Tree.withDescendants(doc, top)) {
                    // a component's own elements travel as they are, locks included
                    Map<String, Value> props = new LinkedHashMap<>(doc.props(id));
                    props.remove(Props.DELETED);
                    out.add(new Put(id, props));
                }
            }
        }
        out.addAll(elements);
        return out;
    }

    /** The masters an element shows, innermost first, each once (the validator keeps them acyclic). */
    private static void addMasters(Document doc, String id, Set<String> masters) {
        String master = doc.text(id, Props.MASTER);
        if (master == null || !doc.isLive(master) || masters.contains(master)) return;
        for (String top : doc.children(master, null)) {
            for (String inner : Tree.withDescendants(doc, top)) addMasters(doc, inner, masters);
        }
        masters.add(master);
    }

    /** What a paste submits, and the pasted elements to select. */
    record Placed(List<Put> ops, List<String> roots) {
    }

    /**
     * New elements on {@code screen} from a snippet: fresh ids, roots on top, offset by {@code offset}.
     * A component the snippet carries is reused when this project has it (same master id), else
     * added to this project as a new component.
     */
    static Placed place(Document doc, List<Put> snippet, String screen, double offset) {
        Map<String, String> newIds = new HashMap<>();
        Set<String> reused = new HashSet<>();
        for (Put p : snippet) {
            boolean master = "screen".equals(text(p, Props.KIND));
            if (master && doc.isLive(p.id()) && doc.flag(p.id(), Props.COMPONENT)) reused.add(p.id());
            // a component brought into another project keeps its ids (random, so free there): pasting
            // it again then finds it instead of adding a second copy of the same component
            boolean partOfMaster = master || p.set().containsKey(Props.SCREEN);
            newIds.put(p.id(), partOfMaster && !doc.exists(p.id()) ? p.id() : Placement.newId());
        }
        for (String m : reused) newIds.put(m, m);
        List<String> screens = doc.screens();
        String lastScreen = screens.isEmpty() ? null : doc.text(screens.getLast(), Props.ORDER);
        List<String> top = doc.children(screen, null);
        String after = top.isEmpty() ? null : doc.text(top.getLast(), Props.ORDER);
        List<Put> ops = new ArrayList<>();
        List<String> roots = new ArrayList<>();
        for (Put p : snippet) {
            Map<String, Value> props = new LinkedHashMap<>(p.set());
            if ("screen".equals(text(p, Props.KIND))) {
                if (reused.contains(p.id())) continue;
                lastScreen = FractionalIndex.between(lastScreen, null);
                props.put(Props.ORDER, Value.of(lastScreen));
                ops.add(new Put(newIds.get(p.id()), props));
                continue;
            }
            String ownScreen = text(p, Props.SCREEN);
            if (ownScreen != null && reused.contains(ownScreen)) continue; // part of a component this project has
            if (ownScreen != null) props.put(Props.SCREEN, Value.of(newIds.getOrDefault(ownScreen, ownScreen)));
            else props.put(Props.SCREEN, Value.of(screen));
            String master = text(p, Props.MASTER);
            if (master != null) props.put(Props.MASTER, Value.of(newIds.getOrDefault(master, master)));
            String parentId = props.get(Props.PARENT) instanceof Value.Text t ? newIds.get(t.text()) : null;
            if (parentId != null) {
                props.put(Props.PARENT, Value.of(parentId));
            } else if (ownScreen == null) {
                after = FractionalIndex.between(after, null);
                props.put(Props.PARENT, Value.NULL);
                props.put(Props.ORDER, Value.of(after));
                props.put(Props.X, Value.of(Edits.round(numberOr(props.get(Props.X)) + offset)));
                props.put(Props.Y, Value.of(Edits.round(numberOr(props.get(Props.Y)) + offset)));
                roots.add(newIds.get(p.id()));
            }
            ops.add(new Put(newIds.get(p.id()), props));
        }
        return new Placed(ops, roots);
    }

    /** A copied element (not part of a component it brought along): copied elements carry no screen. */
    private static boolean isCopied(Put p) {
        return !"screen".equals(text(p, Props.KIND)) && !p.set().containsKey(Props.SCREEN);
    }

    private static String text(Put p, String prop) {
        return p.set().get(prop) instanceof Value.Text t ? t.text() : null;
    }

    private static double numberOr(Value v) {
        return v instanceof Value.Num n ? n.number() : 0;
    }

    private static String plainText(List<Put> snippet) {
        StringBuilder sb = new StringBuilder();
        for (Put p : snippet) {
            if (isCopied(p) && p.set().get(Props.TEXT) instanceof Value.Text t && !t.text().isBlank()) {
                if (!sb.isEmpty()) sb.append('\n');
                sb.append(t.text());
            }
        }
        return sb.toString();
    }

    private static String count(int n) {
        return n == 1 ? "1 element" : n + " elements";
    }
}
