package dev.blueline.model.export;

import dev.blueline.model.geometry.Rect;
import dev.blueline.model.render.ControlRenderer;
import dev.blueline.model.render.RenderItem;
import dev.blueline.model.render.Skin;
import dev.blueline.model.render.SvgPainter;

import java.nio.charset.StandardCharsets;

/**
 * The wireframe drawing of one element as an SVG data URL: the stand-in for what code has no
 * element for (a chart, a map, an image to come), drawn exactly as the canvas draws it.
 */
final class Picture {
    private static final ControlRenderer CONTROLS = new ControlRenderer();

    private Picture() {
    }

    static String dataUrl(ExportElement e) {
        Rect at = new Rect(0, 0, e.bounds().w(), e.bounds().h());
        SvgPainter svg = new SvgPainter();
        CONTROLS.draw(svg, new RenderItem(e.id(), e.type(), e.content(), at, e.style()), Skin.WIREFRAME);
        String w = SvgPainter.n(at.w()), h = SvgPainter.n(at.h());
        String doc = "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"" + w + "\" height=\"" + h + "\" viewBox=\"0 0 " + w + " " + h
                + "\" stroke-linecap=\"round\" stroke-linejoin=\"round\">" + svg.body() + "</svg>";
        return "data:image/svg+xml," + encode(doc);
    }

    /** Percent-encodes what a data URL may not hold as is; shorter and more readable than base64. */
    private static String encode(String svg) {
        StringBuilder out = new StringBuilder(svg.length() + svg.length() / 4);
        for (byte b : svg.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if (c < 128 && PLAIN[c]) out.append((char) c);
            else out.append('%').append(HEX[c >> 4]).append(HEX[c & 15]);
        }
        return out.toString();
    }

    /** The ASCII characters a data URL carries as they are. */
    private static final boolean[] PLAIN = new boolean[128];

    static {
        for (int c = 0x21; c < 0x7f; c++) PLAIN[c] = "<>#%\"'{}|\\^`[]".indexOf(c) < 0;
    }

    private static final char[] HEX = "0123456789ABCDEF".toCharArray();
}
