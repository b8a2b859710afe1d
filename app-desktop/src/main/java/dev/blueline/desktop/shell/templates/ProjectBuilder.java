package dev.blueline.desktop.shell.templates;

import dev.blueline.model.catalog.Catalog;
import dev.blueline.model.document.Ids;
import dev.blueline.model.document.Kind;
import dev.blueline.model.document.Props;
import dev.blueline.model.document.Value;
import dev.blueline.model.ops.Put;
import dev.blueline.model.order.FractionalIndex;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes the creation ops of a small project: screens first, then elements, each parent before
 * its children, siblings ordered as added. Coordinates of an element inside a container are
 * relative to that container, as in the document.
 */
public final class ProjectBuilder {
    private final List<Put.Builder> screens = new ArrayList<>();
    private final Map<String, Put.Builder> elements = new LinkedHashMap<>();
    private final Map<String, String> lastOrder = new HashMap<>();
    private final Map<String, String> screenOf = new HashMap<>();
    private String lastScreenOrder;

    /** Adds a screen; returns its id. {@code device} is one of {@link Props#DEVICES}. */
    public String screen(String name, double w, double h, String device) {
        String id = Ids.random();
        lastScreenOrder = FractionalIndex.between(lastScreenOrder, null);
        screens.add(Put.on(id).set(Props.KIND, Kind.SCREEN.wireName()).set(Props.NAME, name)
                .set(Props.W, w).set(Props.H, h).set(Props.ORDER, lastScreenOrder).set(Props.DEVICE, device));
        return id;
    }

    /** A control at the top level of {@code screen}; returns its id. */
    public String add(String screen, String type, double x, double y, double w, double h, String text) {
        return element(screen, null, type, x, y, w, h, text);
    }

    /** A control inside the container {@code parent} (coordinates relative to it); returns its id. */
    public String addIn(String parent, String type, double x, double y, double w, double h, String text) {
        return element(screenOf.get(parent), parent, type, x, y, w, h, text);
    }

    /** Sets a style (or link) property of an element added before. */
    public ProjectBuilder set(String id, String prop, Value value) {
        elements.get(id).set(prop, value);
        return this;
    }

    public void bold(String id) {
        set(id, Props.BOLD, Value.of(true));
    }

    public void fontSize(String id, double size) {
        set(id, Props.FONT_SIZE, Value.of(size));
    }

    public void align(String id, String align) {
        set(id, Props.ALIGN, Value.of(align));
    }

    /** Clicking the element in preview mode shows {@code screen}. */
    public void link(String id, String screen) {
        set(id, Props.LINK, Value.of(screen));
    }

    /** All ops, in an order that passes validation as one change. */
    public List<Put> ops() {
        List<Put> out = new ArrayList<>();
        for (Put.Builder b : screens) out.add(b.build());
        for (Put.Builder b : elements.values()) out.add(b.build());
        return out;
    }

    private String element(String screen, String parent, String type, double x, double y, double w, double h, String text) {
        if (screen == null) throw new IllegalArgumentException("unknown parent " + parent);
        Catalog.get(type);
        String id = Ids.random();
        String key = screen + "/" + parent;
        String order = FractionalIndex.between(lastOrder.get(key), null);
        lastOrder.put(key, order);
        Put.Builder b = Put.on(id).set(Props.KIND, Kind.ELEMENT.wireName()).set(Props.TYPE, type).set(Props.SCREEN, screen)
                .set(Props.PARENT, parent == null ? Value.NULL : Value.of(parent)).set(Props.ORDER, order)
                .set(Props.X, x).set(Props.Y, y).set(Props.W, w).set(Props.H, h);
        if (text != null && !text.isEmpty()) b.set(Props.TEXT, text);
        elements.put(id, b);
        screenOf.put(id, screen);
        return id;
    }
}
