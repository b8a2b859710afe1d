package dev.blueline.desktop.editor.commands;

import dev.blueline.model.document.Document;
import dev.blueline.model.document.Props;
import dev.blueline.model.document.Value;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Questions about the element tree that commands ask. */
public final class Tree {
    private Tree() {
    }

    /** The element and everything inside it, parents first. */
    public static List<String> withDescendants(Document doc, String id) {
        List<String> out = new ArrayList<>();
        out.add(id);
        String screen = doc.text(id, Props.SCREEN);
        for (int i = 0; i < out.size(); i++) out.addAll(doc.children(screen, out.get(i)));
        return out;
    }

    /** True when {@code ancestor} contains {@code id} (at any depth). */
    public static boolean isInside(Document doc, String id, String ancestor) {
        String p = doc.text(id, Props.PARENT);
        for (int depth = 0; p != null && depth < 300; depth++) {
            if (p.equals(ancestor)) return true;
            p = doc.text(p, Props.PARENT);
        }
        return false;
    }

    /** The ids without those already inside another one of them (moving the outer one moves them). */
    public static List<String> outermost(Document doc, Collection<String> ids) {
        Set<String> all = new LinkedHashSet<>(ids);
        List<String> out = new ArrayList<>();
        for (String id : all) {
            boolean inner = false;
            for (String other : all) {
                if (!other.equals(id) && isInside(doc, id, other)) {
                    inner = true;
                    break;
                }
            }
            if (!inner) out.add(id);
        }
        return out;
    }

    /** An element's properties as a copy of it starts out: everything but deleted and locked. */
    public static Map<String, Value> copyOf(Document doc, String id) {
        Map<String, Value> props = new LinkedHashMap<>(doc.props(id));
        props.remove(Props.DELETED);
        props.remove(Props.LOCKED);
        return props;
    }

    public static boolean locked(Document doc, String id) {
        if (doc.flag(id, Props.LOCKED)) return true;
        String p = doc.text(id, Props.PARENT);
        for (int depth = 0; p != null && depth < 300; depth++) {
            if (doc.flag(p, Props.LOCKED)) return true;
            p = doc.text(p, Props.PARENT);
        }
        return false;
    }
}
