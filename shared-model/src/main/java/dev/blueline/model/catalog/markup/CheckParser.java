package dev.blueline.model.catalog.markup;

import dev.blueline.model.catalog.ContentParser;
import dev.blueline.model.catalog.content.Content;
import dev.blueline.model.catalog.content.Content.Check;
import dev.blueline.model.catalog.content.Content.CheckState;

import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checkbox, radio button and toggle: an optional state marker, then the label.
 * <table>
 *   <caption>Markers (case-insensitive; any control accepts any of them)</caption>
 *   <tr><th>checked</th><td>{@code [x] [✓] [*] [on] (o) (*) (x) (•) (on)}</td></tr>
 *   <tr><th>unchecked</th><td>{@code [ ] [] [off] ( ) () (off)}</td></tr>
 *   <tr><th>mixed</th><td>{@code [-] (-)} — checkbox only; radio and toggle read it as unchecked</td></tr>
 * </table>
 * Accepting every family everywhere means switching a checkbox to a toggle keeps its state.
 * Text without a marker (or with an unknown one such as {@code [maybe]}) is an unchecked control
 * whose label is the whole trimmed text.
 */
public final class CheckParser implements ContentParser {
    private static final Pattern MARKER = Pattern.compile("^(\\[[^\\]\\n]{0,3}]|\\([^)\\n]{0,3}\\))\\s*");
    private static final Map<String, CheckState> STATES = Map.ofEntries(
            Map.entry("x", CheckState.CHECKED), Map.entry("\u2713", CheckState.CHECKED),
            Map.entry("\u2714", CheckState.CHECKED), Map.entry("*", CheckState.CHECKED),
            Map.entry("o", CheckState.CHECKED), Map.entry("\u2022", CheckState.CHECKED),
            Map.entry("on", CheckState.CHECKED),
            Map.entry("", CheckState.UNCHECKED), Map.entry("off", CheckState.UNCHECKED),
            Map.entry("-", CheckState.MIXED));

    private final boolean allowMixed;

    private CheckParser(boolean allowMixed) {
        this.allowMixed = allowMixed;
    }

    public static CheckParser checkbox() {
        return new CheckParser(true);
    }

    /** Radio buttons and toggles have no third state. */
    public static CheckParser twoState() {
        return new CheckParser(false);
    }

    @Override
    public Content parse(String text) {
        String t = MarkupText.normalize(text).strip();
        Matcher m = MARKER.matcher(t);
        if (m.find()) {
            String inside = m.group(1).substring(1, m.group(1).length() - 1).strip().toLowerCase(Locale.ROOT);
            CheckState state = STATES.get(inside);
            if (state != null) {
                if (state == CheckState.MIXED && !allowMixed) state = CheckState.UNCHECKED;
                return new Check(state, t.substring(m.end()).strip());
            }
        }
        return new Check(CheckState.UNCHECKED, t);
    }
}
