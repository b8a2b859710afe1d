package dev.blueline.model.render;

import dev.blueline.model.catalog.Catalog;
import dev.blueline.model.document.Document;
import dev.blueline.model.document.Kind;
import dev.blueline.model.document.Props;
import dev.blueline.model.geometry.Rect;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Draws a whole screen: its background, then its elements back to front. Siblings go by
 * (order, id), a parent before its children, and children are clipped to their parent's
 * bounds. Not drawn: hidden elements (with everything inside them, as a designer hides a
 * group), deleted elements, and elements whose parent is deleted or missing.
 */
public final class ScreenRenderer {
    /** Nesting deeper than this is not drawn (as {@code Geometry} stops adding offsets there). */
    static final int MAX_DEPTH = 300;
    /** Components inside components are drawn this many levels deep. */
    static final int MAX_NESTING = 8;
    public static final double DEFAULT_WIDTH = 1440;
    public static final double DEFAULT_HEIGHT = 900;

    /** Told where each element's drawing starts and ends, e.g. to group it in SVG. */
    public interface Visitor {
        default void enter(RenderItem item) {
        }

        /** After the element and everything inside it. */
        default void exit(RenderItem item) {
        }
    }

    private static final Visitor NONE = new Visitor() {
    };
    private static final ControlRenderer CONTROLS = new ControlRenderer();

    private ScreenRenderer() {
    }

    public static void draw(Painter p, Document doc, String screenId, Skin skin) {
        draw(p, doc, screenId, skin, NONE);
    }

    /** Draws nothing when {@code screenId} is not a live screen. */
    public static void draw(Painter p, Document doc, String screenId, Skin skin, Visitor visitor) {
        if (!doc.is(screenId, Kind.SCREEN) || doc.isDeleted(screenId)) return;
        p.rect(size(doc, screenId), 0, Rgba.parse(doc.text(screenId, Props.BACKGROUND), Palette.PAPER), null);
        drawElements(p, doc, screenId, skin, visitor, null, 0);
    }

    /**
     * Draws a component instance's content: its master's elements, scaled from the master's size
     * into the instance's bounds, so that editing the master changes every placed copy. A master
     * that is gone shows as a dashed placeholder. Instances inside masters are drawn too, at most
     * {@link #MAX_NESTING} deep (the validator already refuses a component that contains itself).
     */
    public static void drawComponent(Painter p, Document doc, RenderItem instance, Skin skin) {
        drawComponent(p, doc, instance, skin, 0);
    }

    private static void drawComponent(Painter p, Document doc, RenderItem instance, Skin skin, int nesting) {
        String master = doc.text(instance.id(), Props.MASTER);
        Rect b = instance.bounds();
        if (!(b.w() > 0 && b.h() > 0)) return;
        if (master == null || !doc.is(master, Kind.SCREEN) || doc.isDeleted(master)) {
            p.rect(b, 2, null, Stroke.dashed(Palette.MUTED, 1, 4, 3));
            p.text("Missing component", b.x() + b.w() / 2, b.y() + b.h() / 2, Font.of(12), Palette.MUTED, TextAlign.CENTER);
            return;
        }
        if (nesting >= MAX_NESTING) return;
        Rect m = size(doc, master);
        Placement into = new Placement(b.x(), b.y(), b.w() / m.w(), b.h() / m.h());
        p.save();
        p.clip(b);
        String background = doc.text(master, Props.BACKGROUND);
        if (background != null) p.rect(b, 0, Rgba.parse(background, Palette.PAPER), null);
        drawElements(p, doc, master, skin, NONE, into, nesting + 1);
        p.restore();
    }

    /** Where a master's elements land: offset and scale from master coordinates to the instance's. */
    private record Placement(double x, double y, double sx, double sy) {
        Rect map(Rect r) {
            return new Rect(x + r.x() * sx, y + r.y() * sy, r.w() * sx, r.h() * sy);
        }
    }

    private static void drawElements(Painter p, Document doc, String screenId, Skin skin, Visitor visitor, Placement into, int nesting) {
        Map<String, List<String>> children = childrenByParent(doc, screenId);
        Deque<Step> todo = new ArrayDeque<>();
        pushReversed(todo, children.get(null), 0);
        while (!todo.isEmpty()) {
            Step s = todo.pop();
            if (s.exit != null) {
                p.restore();
                visitor.exit(s.exit);
                continue;
            }
            if (doc.flag(s.id, Props.HIDDEN)) continue;
            RenderItem item = RenderItem.of(doc, s.id);
            if (into != null) item = item.at(into.map(item.bounds()));
            visitor.enter(item);
            CONTROLS.draw(p, item, skin);
            if (Catalog.COMPONENT.equals(item.type().id())) drawComponent(p, doc, item, skin, nesting);
            List<String> kids = children.get(s.id);
            if (kids == null || s.depth >= MAX_DEPTH) {
                visitor.exit(item);
                continue;
            }
            p.save();
            p.clip(item.bounds());
            todo.push(new Step(null, s.depth, item));
            pushReversed(todo, kids, s.depth + 1);
        }
    }

    /** The screen's rectangle at the origin; missing sizes read as a desktop screen. */
    public static Rect size(Document doc, String screenId) {
        double w = doc.number(screenId, Props.W), h = doc.number(screenId, Props.H);
        return new Rect(0, 0, w > 0 ? w : DEFAULT_WIDTH, h > 0 ? h : DEFAULT_HEIGHT);
    }

    private record Step(String id, int depth, RenderItem exit) {
    }

    private static void pushReversed(Deque<Step> todo, List<String> ids, int depth) {
        if (ids == null) return;
        for (int i = ids.size() - 1; i >= 0; i--) todo.push(new Step(ids.get(i), depth, null));
    }

    /**
     * One pass over the document instead of a {@code Document.children} scan per container
     * (which would be quadratic on a large screen). Same rule: not deleted, sorted by (order, id).
     */
    public static Map<String, List<String>> childrenByParent(Document doc, String screenId) {
        Map<String, List<String>> out = new HashMap<>();
        for (String id : doc.ids()) {
            if (!doc.is(id, Kind.ELEMENT) || doc.isDeleted(id) || !screenId.equals(doc.text(id, Props.SCREEN))) continue;
            out.computeIfAbsent(doc.text(id, Props.PARENT), k -> new ArrayList<>()).add(id);
        }
        out.values().forEach(list -> list.sort(doc.byOrder()));
        return out;
    }
}
