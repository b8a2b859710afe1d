package dev.blueline.desktop.canvas;

import dev.blueline.model.catalog.Catalog;
import dev.blueline.model.document.Document;
import dev.blueline.model.document.Kind;
import dev.blueline.model.document.Props;
import dev.blueline.model.geometry.Geometry;
import dev.blueline.model.geometry.Rect;
import dev.blueline.model.geometry.SpatialIndex;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What the canvas knows about the screen it shows, kept up to date incrementally: where each
 * visible element is (a spatial index of screen-space bounds), the order they are painted in,
 * and the area each is clipped to by its containers. Culling, hit testing and dirty regions all
 * come from here.
 */
public final class ScreenScene {

    /** One drawable element. {@code clip} is the intersection of its containers' bounds, or null at top level. */
    public record Item(String id, Rect bounds, Rect clip, int rank) {
    }

    private final Document doc;
    private final String screen;
    private final SpatialIndex index = new SpatialIndex(200);
    private Map<String, Item> items = new HashMap<>();
    /**
     * Every item in paint order and (at least) the area they cover, for views that show the whole
     * screen; null until asked after a structural change.
     */
    private List<Item> allByRank;
    private Rect allBounds;
    /** The screen's bounds as last seen. */
    private Rect page;
    private final Map<String, List<String>> children = new HashMap<>();
    private final Map<String, String> structure = new HashMap<>(); // what decides rank and clipping

    public ScreenScene(Document doc, String screen) {
        this.doc = doc;
        this.screen = screen;
        rebuild();
    }

    public String screen() {
        return screen;
    }

    public Rect screenBounds() {
        double w = doc.number(screen, Props.W), h = doc.number(screen, Props.H);
        return new Rect(0, 0, Double.isNaN(w) ? 1440 : w, Double.isNaN(h) ? 900 : h);
    }

    public int size() {
        return items.size();
    }

    public Item item(String id) {
        return items.get(id);
    }

    /** Everything from scratch (a new screen, or the whole document replaced). */
    public void rebuild() {
        allByRank = null;
        page = screenBounds();
        index.clear();
        items = new HashMap<>();
        structure.clear();
        children.clear();
        for (String id : doc.ids()) {
            if (!doc.is(id, Kind.ELEMENT) || !screen.equals(doc.text(id, Props.SCREEN)) || doc.isDeleted(id)) continue;
            String parent = doc.text(id, Props.PARENT);
            children.computeIfAbsent(parent == null ? "" : parent, k -> new ArrayList<>()).add(id);
        }
        Comparator<String> order = doc.byOrder();
        for (List<String> c : children.values()) c.sort(order);
        walk("", null, 0, new int[]{0});
    }

    private void walk(String parent, Rect clip, int depth, int[] rank) {
        if (depth > 64) return;
        for (String id : children.getOrDefault(parent, List.of())) {
            if (doc.flag(id, Props.HIDDEN)) continue;
            Rect b = Geometry.bounds(doc, id);
            items.put(id, new Item(id, b, clip, rank[0]++));
            index.put(id, b);
            structure.put(id, shape(id));
            Rect inner = clip == null ? b : intersect(clip, b);
            if (inner != null) walk(id, inner, depth + 1, rank);
        }
    }

    /** Visible elements whose bounds meet {@code area}, in paint order (back to front). */
    public List<Item> within(Rect area) {
        if (allByRank == null) {
            allByRank = new ArrayList<>(items.values());
            allByRank.sort(Comparator.comparingInt(Item::rank));
            allBounds = null;
            for (Item it : allByRank) allBounds = union(allBounds, it.bounds());
        }
        // zoomed out far enough to see everything: no need to ask the index (10,000 lookups)
        if (allBounds == null) return List.of();
        if (area.contains(allBounds)) return java.util.Collections.unmodifiableList(allByRank);
        List<Item> out = new ArrayList<>();
        for (String id : index.within(area)) {
            Item it = items.get(id);
            if (it.clip() == null || it.clip().intersects(area)) out.add(it);
        }
        out.sort(Comparator.comparingInt(Item::rank));
        return out;
    }

    /** The front-most visible element under a screen point, or null. */
    public String topAt(double x, double y) {
        Item best = null;
        for (String id : index.at(x, y)) {
            Item it = items.get(id);
            if (it.clip() != null && !it.clip().contains(x, y)) continue;
            if (best == null || it.rank() > best.rank()) best = it;
        }
        return best == null ? null : best.id();
    }

    /** Visible elements under a point, front-most first. */
    public List<String> allAt(double x, double y) {
        List<Item> hits = new ArrayList<>();
        for (String id : index.at(x, y)) hits.add(items.get(id));
        hits.sort(Comparator.comparingInt(Item::rank).reversed());
        return hits.stream().map(Item::id).toList();
    }

    /**
     * Takes in changed objects. Returns the screen area to repaint (old and new places of what
     * moved, appeared or vanished), or null when nothing on this screen changed.
     */
    public Rect update(Collection<String> ids) {
        Rect dirty = null;
        boolean structural = false;
        List<String> moved = new ArrayList<>();
        for (String id : ids) {
            if (inAComponent(id)) dirty = union(dirty, instancesArea());
            if (id.equals(screen)) {
                // the page may have shrunk: where it was must be repainted too
                Rect now = screenBounds();
                dirty = union(dirty, union(page, now));
                page = now;
                continue;
            }
            boolean mine = doc.is(id, Kind.ELEMENT) && screen.equals(doc.text(id, Props.SCREEN));
            if (!mine && !items.containsKey(id)) continue;
            String now = mine && !doc.isDeleted(id) ? shape(id) : null;
            if (!Objects.equals(structure.get(id), now) || (mine && !doc.isDeleted(id) && !items.containsKey(id) && visibleTree(id))) {
                structural = true;
            }
            moved.add(id);
        }
        if (structural) {
            Map<String, Item> old = items;
            rebuild();
            for (Item was : old.values()) {
                Item it = items.get(was.id());
                if (it == null || !it.bounds().equals(was.bounds()) || !Objects.equals(it.clip(), was.clip())) {
                    dirty = union(dirty, was.bounds());
                    if (it != null) dirty = union(dirty, it.bounds());
                }
            }
            for (Item it : items.values()) if (!old.containsKey(it.id())) dirty = union(dirty, it.bounds());
            for (String id : moved) if (items.containsKey(id)) dirty = union(dirty, items.get(id).bounds());
            return dirty;
        }
        for (String id : moved) {
            for (String each : subtree(id)) dirty = union(dirty, refresh(each));
        }
        return dirty;
    }

    /** Whether the object is (on) another screen that is a component's master, which instances here may show. */
    private boolean inAComponent(String id) {
        String s = doc.is(id, Kind.SCREEN) ? id : doc.text(id, Props.SCREEN);
        return s != null && !s.equals(screen) && doc.flag(s, Props.COMPONENT);
    }

    /** Where this screen shows components (any master's edit may show through nested instances, so all of them). */
    private Rect instancesArea() {
        Rect area = null;
        for (Item it : items.values()) {
            if (Catalog.COMPONENT.equals(doc.text(it.id(), Props.TYPE))) area = union(area, it.bounds());
        }
        return area;
    }

    /** Re-reads one element's bounds (its clip stays: containers did not change shape… unless they moved, handled by subtree). */
    private Rect refresh(String id) {
        Item old = items.get(id);
        if (old == null) return null;
        Rect now = Geometry.bounds(doc, id);
        Rect clip = old.clip();
        String parent = doc.text(id, Props.PARENT);
        if (parent != null && items.containsKey(parent)) {
            Item p = items.get(parent);
            clip = p.clip() == null ? p.bounds() : intersect(p.clip(), p.bounds());
        }
        Item it = new Item(id, now, clip, old.rank());
        items.put(id, it);
        if (allByRank != null) {
            // ranks are 0..n-1 in paint order, so the element is at its rank: no re-sort of every element per edit
            allByRank.set(it.rank(), it);
            allBounds = union(allBounds, now);
        }
        index.put(id, now);
        return union(old.bounds(), now);
    }

    private boolean visibleTree(String id) {
        for (String p = id; p != null; p = doc.text(p, Props.PARENT)) {
            if (doc.flag(p, Props.HIDDEN) || doc.isDeleted(p)) return false;
        }
        return true;
    }

    private List<String> subtree(String id) {
        List<String> out = new ArrayList<>();
        out.add(id);
        for (int i = 0; i < out.size() && i < 100_000; i++) out.addAll(children.getOrDefault(out.get(i), List.of()));
        return out;
    }

    /** What decides an element's place in the paint order and its clipping. */
    private String shape(String id) {
        return doc.text(id, Props.PARENT) + "|" + doc.text(id, Props.ORDER) + "|" + doc.flag(id, Props.HIDDEN);
    }

    static Rect intersect(Rect a, Rect b) {
        double x1 = Math.max(a.x(), b.x()), y1 = Math.max(a.y(), b.y());
        double x2 = Math.min(a.right(), b.right()), y2 = Math.min(a.bottom(), b.bottom());
        return x2 < x1 || y2 < y1 ? null : Rect.between(x1, y1, x2, y2);
    }

    static Rect union(Rect a, Rect b) {
        return a == null ? b : b == null ? a : a.union(b);
    }
}
