package dev.blueline.model.render;

import dev.blueline.model.document.Document;
import dev.blueline.model.document.Props;

import java.util.Locale;

/**
 * The style properties of one element. Colours are null and {@code fontSize} is 0 when the
 * control's own default applies; {@code align} null likewise. Out-of-range values (which the
 * validator refuses anyway) are read as the default rather than failing a whole screen.
 */
public record Style(Rgba fill, Rgba stroke, Rgba textColor, double fontSize,
                    boolean bold, boolean italic, boolean underline,
                    TextAlign align, State state, double opacity) {

    public static final Style DEFAULT = new Style(null, null, null, 0, false, false, false, null, State.NORMAL, 1);

    /** The interaction state a wireframe shows a control in. */
    public enum State {
        NORMAL, DISABLED, SELECTED, FOCUSED, ERROR;

        /** The wire name ({@code "disabled"}); anything unknown or null is NORMAL. */
        public static State parse(String wire) {
            if (wire == null) return NORMAL;
            return switch (wire.strip().toLowerCase(Locale.ROOT)) {
                case "disabled" -> DISABLED;
                case "selected" -> SELECTED;
                case "focused" -> FOCUSED;
                case "error" -> ERROR;
                default -> NORMAL;
            };
        }
    }

    public Style {
        if (state == null) state = State.NORMAL;
        if (!(fontSize > 0) || !Double.isFinite(fontSize)) fontSize = 0;
        fontSize = Math.min(fontSize, 400);
        opacity = Double.isNaN(opacity) ? 1 : Math.max(0, Math.min(1, opacity));
    }

    public static Style of(Document doc, String id) {
        double opacity = doc.number(id, Props.OPACITY);
        return new Style(
                color(doc, id, Props.FILL), color(doc, id, Props.STROKE), color(doc, id, Props.TEXT_COLOR),
                doc.number(id, Props.FONT_SIZE),
                doc.flag(id, Props.BOLD), doc.flag(id, Props.ITALIC), doc.flag(id, Props.UNDERLINE),
                align(doc.text(id, Props.ALIGN)), State.parse(doc.text(id, Props.STATE)),
                Double.isNaN(opacity) ? 1 : opacity);
    }

    public Style withFill(Rgba c) {
        return new Style(c, stroke, textColor, fontSize, bold, italic, underline, align, state, opacity);
    }

    public Style withStroke(Rgba c) {
        return new Style(fill, c, textColor, fontSize, bold, italic, underline, align, state, opacity);
    }

    public Style withTextColor(Rgba c) {
        return new Style(fill, stroke, c, fontSize, bold, italic, underline, align, state, opacity);
    }

    public Style withFontSize(double size) {
        return new Style(fill, stroke, textColor, size, bold, italic, underline, align, state, opacity);
    }

    public Style withAlign(TextAlign a) {
        return new Style(fill, stroke, textColor, fontSize, bold, italic, underline, a, state, opacity);
    }

    public Style withState(State s) {
        return new Style(fill, stroke, textColor, fontSize, bold, italic, underline, align, s, opacity);
    }

    public Style withOpacity(double o) {
        return new Style(fill, stroke, textColor, fontSize, bold, italic, underline, align, state, o);
    }

    private static Rgba color(Document doc, String id, String prop) {
        return Rgba.parse(doc.text(id, prop), null);
    }

    private static TextAlign align(String wire) {
        if (wire == null) return null;
        return switch (wire) {
            case "left" -> TextAlign.LEFT;
            case "center" -> TextAlign.CENTER;
            case "right" -> TextAlign.RIGHT;
            default -> null;
        };
    }
}
