package dev.blueline.model.export;

import dev.blueline.model.geometry.Rect;

import java.util.List;
import java.util.Map;

/**
 * Placeholders and drawn annotations: a crossed box for an image, captioned boxes for map and
 * video, a glyph for an icon, lines for arrow and line. Shapes are placed in a {@code Pane} of
 * the element's size at the coordinates the canvas draws them at.
 */
final class FxmlShapes {
    /** Icon names the canvas draws, as characters common fonts have; others show their first letter. */
    private static final Map<String, String> GLYPHS = Map.ofEntries(
            Map.entry("search", "\u2315"), Map.entry("user", "\u263A"), Map.entry("home", "\u2302"),
            Map.entry("settings", "\u2699"), Map.entry("bell", "\u237E"), Map.entry("heart", "\u2665"),
            Map.entry("star", "\u2605"), Map.entry("mail", "\u2709"), Map.entry("close", "\u2715"),
            Map.entry("menu", "\u2630"), Map.entry("plus", "+"), Map.entry("minus", "\u2212"),
            Map.entry("arrow-right", "\u2192"), Map.entry("arrow-left", "\u2190"), Map.entry("arrow-up", "\u2191"),
            Map.entry("arrow-down", "\u2193"), Map.entry("chevron-right", "\u203A"), Map.entry("chevron-left", "\u2039"),
            Map.entry("chevron-up", "\u2303"), Map.entry("chevron-down", "\u2304"), Map.entry("check", "\u2713"),
            Map.entry("calendar", "\u25A6"), Map.entry("trash", "\u2421"), Map.entry("edit", "\u270E"),
            Map.entry("play", "\u25B6"), Map.entry("info", "\u2139"), Map.entry("alert", "\u26A0"), Map.entry("upload", "\u21EA"));

    private FxmlShapes() {
    }

    static FxmlNode of(ExportElement e) {
        Rect b = e.bounds();
        return switch (e.typeId()) {
            case "image" -> image(FxmlContent.text(e.content()), b);
            case "map" -> captioned(FxmlNode.of("Pane"), "Map", b);
            case "video" -> captioned(FxmlNode.of("Pane"), "\u25B6", b);
            case "icon" -> icon(FxmlContent.text(e.content()));
            case "arrow" -> connector(b, true);
            case "line" -> connector(b, false);
            default -> throw new IllegalArgumentException(e.typeId());
        };
    }

    /** The wireframe convention for "a picture goes here": a box crossed corner to corner. */
    private static FxmlNode image(String caption, Rect b) {
        FxmlNode pane = FxmlNode.of("Pane")
                .child(line(0, 0, b.w(), b.h(), "bl-cross"))
                .child(line(0, b.h(), b.w(), 0, "bl-cross"));
        return caption.isBlank() ? pane : captioned(pane, caption, b);
    }

    private static FxmlNode captioned(FxmlNode pane, String caption, Rect b) {
        return pane.child(FxmlNode.of("Label").attr("text", caption).attr("alignment", "CENTER").styleClass("bl-caption").size(b.w(), b.h()));
    }

    /** A glyph standing in for the icon; {@code accessibleText} keeps its name for a real icon font. */
    private static FxmlNode icon(String name) {
        String glyph = GLYPHS.getOrDefault(name, name.isEmpty() ? "" : name.substring(0, 1).toUpperCase(java.util.Locale.ROOT));
        return FxmlNode.of("Label").attr("text", glyph).attr("accessibleText", name).attr("alignment", "CENTER");
    }

    /** From the top-left to the bottom-right corner, inset as the canvas does so an arrowhead stays inside. */
    private static FxmlNode connector(Rect b, boolean head) {
        double width = 2, headLen = Math.min(12, Math.hypot(b.w(), b.h()) / 3);
        double m = Math.min(head ? headLen * 0.5 + width / 2 : width / 2, Math.min(b.w(), b.h()) / 2);
        double x1 = m, y1 = m, x2 = b.w() - m, y2 = b.h() - m;
        FxmlNode pane = FxmlNode.of("Pane").child(line(x1, y1, x2, y2, "bl-stroke"));
        double len = Math.hypot(x2 - x1, y2 - y1);
        if (head && len > 0) pane.child(arrowHead(x1, y1, x2, y2, Math.min(headLen, len)));
        return pane;
    }

    private static FxmlNode line(double x1, double y1, double x2, double y2, String cls) {
        return FxmlNode.of("Line").attr("startX", x1).attr("startY", y1).attr("endX", x2).attr("endY", y2).styleClass(cls);
    }

    /** A filled triangle at the end point, pointing along the line. */
    private static FxmlNode arrowHead(double x1, double y1, double x2, double y2, double len) {
        double dx = (x2 - x1), dy = (y2 - y1), d = Math.hypot(dx, dy);
        double ux = dx / d, uy = dy / d, half = len * 0.45;
        double bx = x2 - ux * len, by = y2 - uy * len;
        List<Double> pts = List.of(x2, y2, bx - uy * half, by + ux * half, bx + uy * half, by - ux * half);
        return FxmlNode.of("Polygon").styleClass("bl-head")
                .property("points", pts.stream().map(v -> FxmlNode.of("Double").raw("fx:value", FxmlNode.num(v))).toList());
    }
}
