package dev.blueline.model.export;

import dev.blueline.model.catalog.Catalog;
import dev.blueline.model.catalog.ControlType;
import dev.blueline.model.catalog.content.Content;
import dev.blueline.model.document.Document;
import dev.blueline.model.document.Props;
import dev.blueline.model.geometry.Rect;
import dev.blueline.model.render.RenderItem;
import dev.blueline.model.render.Rgba;
import dev.blueline.model.render.ScreenRenderer;
import dev.blueline.model.render.Style;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A document read for export: its screens with unique file and type names, and each screen's
 * elements laid out (see {@link LayoutPlanner}). Hidden elements are left out, as on the canvas.
 */
public final class ExportDocument {
    /** How deep containers nest before the rest is left out; the canvas draws no deeper either. */
    private static final int MAX_DEPTH = 64;

    private final Document doc;
    private final Map<String, Named> names = new LinkedHashMap<>();
    private final Map<String, ExportScreen> built = new HashMap<>();
    private Map<String, List<String>> children;
    private String childrenOf;

    private record Named(String slug, String typeName, boolean component) {
    }

    private ExportDocument(Document doc) {
        this.doc = doc;
        Set<String> slugs = new HashSet<>(Set.of("index", "blueline"));
        Set<String> types = new HashSet<>();
        for (String id : doc.screens()) {
            boolean component = doc.flag(id, Props.COMPONENT);
            String name = doc.text(id, Props.NAME);
            String slug = Names.unique(Names.slug(name, component ? "component" : "screen"), slugs, "-");
            String type = Names.unique(Names.typeName(name, component ? "" : "Screen"), types, "");
            names.put(id, new Named(slug, type, component));
        }
    }

    public static ExportDocument of(Document doc) {
        return new ExportDocument(doc);
    }

    /** The screens designers click through, in the screens list's order (component masters left out). */
    public List<ExportScreen> pages() {
        List<ExportScreen> out = new ArrayList<>();
        names.forEach((id, n) -> {
            if (!n.component()) out.add(screen(id));
        });
        return out;
    }

    /** @throws IllegalArgumentException when {@code screenId} is not a live screen */
    public ExportScreen screen(String screenId) {
        if (!names.containsKey(screenId)) throw new IllegalArgumentException("no screen \"" + screenId + "\" to export");
        return built.computeIfAbsent(screenId, this::build);
    }

    /** The component masters that {@code screens} place, directly or inside other components, each once. */
    public List<ExportScreen> mastersUsedBy(List<ExportScreen> screens) {
        Map<String, ExportScreen> found = new LinkedHashMap<>();
        List<ExportScreen> todo = new ArrayList<>(screens);
        while (!todo.isEmpty()) {
            ExportScreen s = todo.removeLast();
            forEachElement(s.layout(), e -> e.master().ifPresent(m -> {
                if (!found.containsKey(m)) {
                    ExportScreen master = screen(m);
                    found.put(m, master);
                    todo.add(master);
                }
            }));
        }
        List<ExportScreen> out = new ArrayList<>(found.values());
        out.sort((a, b) -> a.typeName().compareTo(b.typeName()));
        return out;
    }

    /** The page file name base of a screen (for links); empty when it is not a live page. */
    public Optional<ExportScreen> linkTarget(String screenId) {
        Named n = names.get(screenId);
        return n == null || n.component() ? Optional.empty() : Optional.of(screen(screenId));
    }

    /** Calls {@code action} for every element of {@code layout}, containers before their children. */
    public static void forEachElement(Layout layout, java.util.function.Consumer<ExportElement> action) {
        switch (layout) {
            case Layout.Single s -> {
                action.accept(s.element());
                forEachElement(s.element().children(), action);
            }
            case Layout.Stack s -> s.parts().forEach(p -> forEachElement(p.part(), action));
            case Layout.Free f -> f.parts().forEach(p -> forEachElement(p, action));
        }
    }

    private ExportScreen build(String screenId) {
        Named n = names.get(screenId);
        Rect size = ScreenRenderer.size(doc, screenId);
        String background = doc.text(screenId, Props.BACKGROUND);
        Layout layout = layoutChildren(screenId, null, size, 0);
        String name = doc.text(screenId, Props.NAME);
        return new ExportScreen(screenId, name == null || name.isBlank() ? "Screen" : name, n.slug(), n.typeName(),
                size.w(), size.h(), background == null ? null : Rgba.parse(background, null), n.component(), layout);
    }

    private Layout layoutChildren(String screenId, String parent, Rect frame, int depth) {
        List<ExportElement> items = new ArrayList<>();
        if (depth < MAX_DEPTH) {
            for (String id : childrenOf(screenId).getOrDefault(parent, List.of())) {
                if (!doc.flag(id, Props.HIDDEN)) items.add(element(screenId, id, depth));
            }
        }
        return LayoutPlanner.arrange(Captions.attach(items), frame);
    }

    private ExportElement element(String screenId, String id, int depth) {
        String typeId = doc.text(id, Props.TYPE);
        ControlType type = Catalog.find(typeId).orElse(RenderItem.UNKNOWN_TYPE);
        Content content = type == RenderItem.UNKNOWN_TYPE
                ? new Content.Plain(typeId == null ? "" : typeId)
                : type.parse(doc.text(id, Props.TEXT));
        Rect bounds = new Rect(num(id, Props.X), num(id, Props.Y), Math.max(0, num(id, Props.W)), Math.max(0, num(id, Props.H)));
        String name = doc.text(id, Props.NAME);
        Optional<String> link = Optional.ofNullable(doc.text(id, Props.LINK)).filter(this::isPage);
        Optional<String> master = Catalog.COMPONENT.equals(type.id())
                ? Optional.ofNullable(doc.text(id, Props.MASTER)).filter(m -> names.containsKey(m) && names.get(m).component())
                : Optional.empty();
        Layout kids = LayoutPlanner.arrange(List.of(), new Rect(0, 0, bounds.w(), bounds.h()));
        if (type.container()) kids = layoutChildren(screenId, id, new Rect(0, 0, bounds.w(), bounds.h()), depth + 1);
        return new ExportElement(id, type, content, Style.of(doc, id), bounds, name == null ? "" : name, link, master, kids, "");
    }

    private boolean isPage(String screenId) {
        Named n = names.get(screenId);
        return n != null && !n.component();
    }

    private double num(String id, String prop) {
        double v = doc.number(id, prop);
        return Double.isFinite(v) ? v : 0;
    }

    /** Children of every parent on one screen, read once per screen. */
    private Map<String, List<String>> childrenOf(String screenId) {
        if (!screenId.equals(childrenOf)) {
            children = ScreenRenderer.childrenByParent(doc, screenId);
            childrenOf = screenId;
        }
        return children;
    }
}
