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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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
        boolean originalsHere = snippet.stream().anyMatch(p -> editor.doc().isLive(p.id()) && screen.equals(editor.doc().text(p.id(), Props.SCREEN)));
        List<Put> ops = place(editor.doc(), snippet, screen, (pastes + (originalsHere ? 1 : 0)) * STEP);
        if (editor.submit(ops)) {
            editor.select(ops.stream().filter(p -> !(p.set().get(Props.PARENT) instanceof Value.Text)).map(Put::id).toList());
            editor.tell("Pasted " + count(editor.selection().size()));
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
     */
    static List<Put> snippet(Document doc, List<String> roots) {
        List<Put> out = new ArrayList<>();
        for (String root : roots) {
            Rect r = Geometry.bounds(doc, root);
            for (String id : Tree.withDescendants(doc, root)) {
                Map<String, Value> props = new LinkedHashMap<>(doc.props(id));
                props.remove(Props.DELETED);
                props.remove(Props.LOCKED);
                props.remove(Props.SCREEN);
                if (id.equals(root)) {
                    props.put(Props.PARENT, Value.NULL);
                    props.remove(Props.ORDER);
                    props.put(Props.X, Value.of(r.x()));
                    props.put(Props.Y, Value.of(r.y()));
                }
                out.add(new Put(id, props));
            }
        }
        return out;
    }

    /** New elements on {@code screen} from a snippet: fresh ids, roots on top, offset by {@code offset}. */
    static List<Put> place(Document doc, List<Put> snippet, String screen, double offset) {
        Map<String, String> newIds = new HashMap<>();
        for (Put p : snippet) newIds.put(p.id(), Placement.newId());
        List<String> top = doc.children(screen, null);
        String after = top.isEmpty() ? null : doc.text(top.getLast(), Props.ORDER);
        List<Put> ops = new ArrayList<>();
        for (Put p : snippet) {
            Map<String, Value> props = new LinkedHashMap<>(p.set());
            props.put(Props.SCREEN, Value.of(screen));
            String parentId = props.get(Props.PARENT) instanceof Value.Text t ? newIds.get(t.text()) : null;
            if (parentId == null) {
                after = FractionalIndex.between(after, null);
                props.put(Props.PARENT, Value.NULL);
                props.put(Props.ORDER, Value.of(after));
                props.put(Props.X, Value.of(Edits.round(numberOr(props.get(Props.X)) + offset)));
                props.put(Props.Y, Value.of(Edits.round(numberOr(props.get(Props.Y)) + offset)));
            } else {
                props.put(Props.PARENT, Value.of(parentId));
            }
            ops.add(new Put(newIds.get(p.id()), props));
        }
        return ops;
    }

    private static double numberOr(Value v) {
        return v instanceof Value.Num n ? n.number() : 0;
    }

    private static String plainText(List<Put> snippet) {
        StringBuilder sb = new StringBuilder();
        for (Put p : snippet) {
            if (p.set().get(Props.TEXT) instanceof Value.Text t && !t.text().isBlank()) {
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
