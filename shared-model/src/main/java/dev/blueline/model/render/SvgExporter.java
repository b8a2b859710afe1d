package dev.blueline.model.render;

import dev.blueline.model.document.Document;
import dev.blueline.model.document.Kind;
import dev.blueline.model.document.Props;
import dev.blueline.model.geometry.Rect;

/**
 * A screen as a standalone SVG 1.1 document at the screen's size: a {@code <title>} with the
 * screen's name, the background, then one {@code <g id="…" data-type="…">} per drawn element
 * (nested like the document: a container's group holds its children's groups).
 * Output is deterministic: the same document and skin always give the same text.
 */
public final class SvgExporter {
    private SvgExporter() {
    }

    /** @throws IllegalArgumentException when {@code screenId} is not a live screen */
    public static String export(Document doc, String screenId, Skin skin) {
        if (!doc.is(screenId, Kind.SCREEN) || doc.isDeleted(screenId)) {
            throw new IllegalArgumentException("no screen \"" + screenId + "\" to export");
        }
        Rect size = ScreenRenderer.size(doc, screenId);
        SvgPainter svg = new SvgPainter(clipPrefix(doc));
        ScreenRenderer.draw(svg, doc, screenId, skin, new ScreenRenderer.Visitor() {
            @Override
            public void enter(RenderItem item) {
                svg.beginGroup(item.id(), item.type().id());
            }

            @Override
            public void exit(RenderItem item) {
                svg.endGroup();
            }
        });
        String name = doc.text(screenId, Props.NAME);
        String w = SvgPainter.n(size.w()), h = SvgPainter.n(size.h());
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<svg xmlns=\"http://www.w3.org/2000/svg\" version=\"1.1\" width=\"" + w + "\" height=\"" + h
                + "\" viewBox=\"0 0 " + w + " " + h + "\" stroke-linecap=\"round\" stroke-linejoin=\"round\">\n"
                + "<title>" + SvgPainter.escape(name == null || name.isBlank() ? "Screen" : name) + "</title>\n"
                + svg.body()
                + "</svg>\n";
    }

    /** A prefix for clip-path ids that no element id starts with, so references never collide. */
    private static String clipPrefix(Document doc) {
        String prefix = "bl-clip-";
        while (startsAny(doc, prefix)) prefix = "x" + prefix;
        return prefix;
    }

    private static boolean startsAny(Document doc, String prefix) {
        for (String id : doc.ids()) {
            if (id.startsWith(prefix)) return true;
        }
        return false;
    }
}
