package dev.blueline.server.ai;

import dev.blueline.model.catalog.Catalog;
import dev.blueline.model.catalog.ControlType;

import java.util.List;
import java.util.stream.Collectors;

/**
 * What the model is told: the catalog it may use, the JSON it must answer with, and the screen
 * to draft. The catalog part is built once from {@link Catalog#all()}, so new controls reach
 * the model without touching this class.
 */
final class DraftPrompt {
    static final String SYSTEM = system();

    private DraftPrompt() {
    }

    static List<HuggingFaceClient.ChatMessage> messages(DraftRequest request) {
        return List.of(new HuggingFaceClient.ChatMessage("system", SYSTEM), new HuggingFaceClient.ChatMessage("user", user(request)));
    }

    static String user(DraftRequest r) {
        String device = r.width() < 600 ? "a phone" : r.width() < 1000 ? "a tablet" : "a desktop";
        return "Screen: " + number(r.width()) + " \u00d7 " + number(r.height()) + " points (" + device + " screen).\n"
                + "Request: " + r.prompt();
    }

    private static String system() {
        String containers = Catalog.all().stream().filter(ControlType::container).map(ControlType::id).collect(Collectors.joining(", "));
        String controls = Catalog.all().stream()
                .filter(c -> !c.id().equals(Catalog.COMPONENT))
                .map(c -> c.id() + " \u2014 " + c.displayName() + " \u2014 " + number(c.defaultWidth()) + "\u00d7" + number(c.defaultHeight())
                        + (c.usesText() ? " \u2014 " + quoted(c.defaultText()) : " \u2014 no text"))
                .collect(Collectors.joining("\n"));
        return """
                You draft wireframe screens for Blueline, a wireframe editor. Answer with one JSON object and nothing else:
                {"name": "short screen name", "elements": [{"type": "control id", "x": 0, "y": 0, "w": 120, "h": 40, "text": "markup", "children": []}]}

                Rules:
                - x, y, w and h are in points. The user gives the screen size; (0, 0) is its top left corner and every element lies inside it.
                - Children are positioned relative to their container's top left corner and fit inside it. Only these types hold children: %s.
                - The screen is already the device: do not draw a phone, tablet or browser window around the content.
                - Use only the control ids below. Their sizes are typical for a 1440\u00d7900 desktop screen: fit widths to the screen you are given.
                - "text" is the control's content, written in the markup its example shows: *stars* mark the selected item or bold text, \
                _underscores_ italic text, -dashes- a disabled item; items are separated by commas, new lines or " | " as in the example; \
                [x] and [ ] are a checked and an unchecked box, [on] and [off] a toggle, (o) a chosen radio button; a data grid is rows of \
                comma-separated cells, the header row first; charts are "Label: value" pairs; a slider or progress bar is "percent, label".
                - Lay the screen out like a real product: aligned edges, even gaps of 8 to 24 points, no overlaps, in reading order from top to bottom. At most 60 elements.
                - Write short, realistic texts in the language of the request.

                Controls (id \u2014 name \u2014 typical size \u2014 example text):
                %s
                """.formatted(containers, controls);
    }

    private static String quoted(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n") + "\"";
    }

    private static String number(double d) {
        return d == Math.rint(d) ? Long.toString((long) d) : Double.toString(d);
    }
}
