package dev.blueline.model.catalog;

import dev.blueline.model.catalog.content.Content;
import dev.blueline.model.document.Kind;
import dev.blueline.model.document.Props;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * One control of the catalog.
 *
 * @param id            the wire name, kebab-case ({@code data-grid}); never renamed once shipped
 * @param displayName   what the palette shows
 * @param defaultWidth  size of a freshly placed control, in points of a 1440×900 desktop screen
 * @param container     may hold child elements
 * @param styleProps    the style properties ({@link Props#STYLE}) this control uses, in the
 *                      order the property panel lists them
 * @param defaultText   the markup a fresh control gets; it shows the convention by example
 * @param parser        reads the control's text
 */
public record ControlType(String id, String displayName, Category category,
                          double defaultWidth, double defaultHeight,
                          boolean container,
                          Set<String> styleProps,
                          String defaultText,
                          ContentParser parser) {

    public static final int MAX_ID_LENGTH = 64;
    private static final Pattern KEBAB = Pattern.compile("[a-z][a-z0-9]*(-[a-z0-9]+)*");
    private static final List<String> PANEL_ORDER = List.copyOf(Props.of(Kind.ELEMENT).keySet());

    public ControlType {
        Objects.requireNonNull(id, "id");
        if (id.length() > MAX_ID_LENGTH || !KEBAB.matcher(id).matches()) {
            throw new IllegalArgumentException("control id must be kebab-case and at most " + MAX_ID_LENGTH + " characters: \"" + id + "\"");
        }
        if (displayName == null || displayName.isBlank()) throw new IllegalArgumentException(id + ": display name missing");
        Objects.requireNonNull(category, id + ": category");
        if (!(defaultWidth > 0 && defaultHeight > 0) || !Double.isFinite(defaultWidth) || !Double.isFinite(defaultHeight)) {
            throw new IllegalArgumentException(id + ": default size must be positive, got " + defaultWidth + "×" + defaultHeight);
        }
        Objects.requireNonNull(defaultText, id + ": default text");
        Objects.requireNonNull(parser, id + ": parser");
        styleProps = inPanelOrder(id, styleProps);
    }

    private static Set<String> inPanelOrder(String id, Set<String> props) {
        for (String p : props) {
            if (!Props.STYLE.contains(p)) throw new IllegalArgumentException(id + ": \"" + p + "\" is not a style property");
        }
        List<String> ordered = new ArrayList<>(props);
        ordered.sort((a, b) -> Integer.compare(PANEL_ORDER.indexOf(a), PANEL_ORDER.indexOf(b)));
        return Collections.unmodifiableSet(new LinkedHashSet<>(ordered));
    }

    /**
     * The content of a control with this text; null reads as "". Never throws: should a parser
     * ever fail, the control shows what its empty text gives rather than breaking a whole screen.
     */
    public Content parse(String text) {
        try {
            Content c = parser.parse(text == null ? "" : text);
            if (c != null) return c;
        } catch (RuntimeException parserBug) {
            // fall through to the empty form
        }
        try {
            Content c = parser.parse("");
            if (c != null) return c;
        } catch (RuntimeException parserBug) {
            // fall through
        }
        return new Content.Empty();
    }

    /** Whether the text of this control means anything (false for divider, spinner, arrow, …). */
    public boolean usesText() {
        return !(parse("") instanceof Content.Empty);
    }
}
