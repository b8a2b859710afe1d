package dev.blueline.model.geometry;

import dev.blueline.model.document.Document;
import dev.blueline.model.document.Kind;
import dev.blueline.model.document.Props;

/**
 * Where elements are. An element's {@code x, y} are relative to its parent container (or to the
 * screen at the top level), so moving a container moves what is inside without touching it.
 */
public final class Geometry {
    private Geometry() {
    }

    /** The element's rectangle in screen coordinates. */
    public static Rect bounds(Document doc, String id) {
        double x = doc.number(id, Props.X), y = doc.number(id, Props.Y);
        String parent = doc.text(id, Props.PARENT);
        for (int depth = 0; parent != null && depth < 300; depth++) {
            x += num(doc, parent, Props.X);
            y += num(doc, parent, Props.Y);
            parent = doc.text(parent, Props.PARENT);
        }
        return new Rect(x, y, num(doc, id, Props.W), num(doc, id, Props.H));
    }

    /** The screen-coordinate origin children of {@code parent} are placed relative to (0,0 for the screen itself). */
    public static double[] origin(Document doc, String parent) {
        if (parent == null || !doc.is(parent, Kind.ELEMENT)) return new double[]{0, 0};
        Rect r = bounds(doc, parent);
        return new double[]{r.x(), r.y()};
    }

    private static double num(Document doc, String id, String prop) {
        double d = doc.number(id, prop);
        return Double.isNaN(d) ? 0 : d;
    }
}
