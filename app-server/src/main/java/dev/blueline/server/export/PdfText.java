package dev.blueline.server.export;

import org.apache.pdfbox.pdmodel.font.PDFont;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;

/**
 * Text for the standard PDF fonts, which only know WinAnsi characters: anything else is replaced
 * by a close look-alike ({@code ★} becomes {@code *}) or {@code ?}, so export never fails on a
 * character and never silently drops one.
 */
final class PdfText {
    private static final Map<Integer, String> LOOK_ALIKES = Map.ofEntries(
            Map.entry(0x2605, "*"), Map.entry(0x2606, "*"), Map.entry(0x2713, "v"), Map.entry(0x2714, "v"),
            Map.entry(0x2717, "x"), Map.entry(0x2192, ">"), Map.entry(0x2190, "<"), Map.entry(0x2191, "^"),
            Map.entry(0x2193, "v"), Map.entry(0x25B8, ">"), Map.entry(0x25BE, "v"), Map.entry(0x25CF, "\u2022"),
            Map.entry(0x25CB, "o"), Map.entry(0x2610, "[ ]"), Map.entry(0x2611, "[x]"), Map.entry(0x2212, "-"),
            Map.entry(0x00A0, " "), Map.entry(0x2009, " "), Map.entry(0x202F, " "));

    private final Map<PDFont, Map<Integer, Boolean>> known = new HashMap<>();

    /** {@code s} with every character the font cannot encode replaced; tabs and line breaks become spaces. */
    String encodable(String s, PDFont font) {
        Map<Integer, Boolean> ok = known.computeIfAbsent(font, f -> new HashMap<>());
        StringBuilder out = new StringBuilder(s.length());
        s.codePoints().forEach(cp -> {
            if (Character.isWhitespace(cp) || Character.isISOControl(cp)) cp = ' ';
            if (ok.computeIfAbsent(cp, c -> canEncode(font, c))) {
                out.appendCodePoint(cp);
                return;
            }
            String alike = LOOK_ALIKES.get(cp);
            out.append(alike != null && canEncode(font, alike) ? alike : "?");
        });
        return out.toString();
    }

    double width(String encodable, PDFont font, double size) {
        try {
            return font.getStringWidth(encodable) / 1000.0 * size;
        } catch (IOException | IllegalArgumentException e) {
            return encodable.length() * size * 0.5;
        }
    }

    private static boolean canEncode(PDFont font, int cp) {
        return canEncode(font, new String(Character.toChars(cp)));
    }

    private static boolean canEncode(PDFont font, String s) {
        try {
            font.encode(s);
            return true;
        } catch (IOException | IllegalArgumentException e) {
            return false;
        }
    }
}
