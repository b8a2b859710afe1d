package dev.blueline.server.ai;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.blueline.model.catalog.Catalog;
import dev.blueline.model.catalog.ControlType;
import dev.blueline.model.document.Props;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns what a model wrote into a {@link Draft} the document accepts: catalog types only (the
 * closest one for a name it does not know, else left out), finite sizes inside the screen and
 * their containers, text within the document's limits, nesting only into containers, at most
 * {@link #MAX_ELEMENTS} elements. What cannot be read as a screen at all is a {@link NotAScreenException}.
 */
final class DraftRepair {
    static final int MAX_ELEMENTS = 200;
    /** screens nest a few levels (card in a panel in a tab); deeper is a model looping */
    static final int MAX_DEPTH = 6;
    /** A layout up to four times too large shrinks as a whole; beyond that each element is pushed inside. */
    static final double MIN_SCALE = 0.25;
    private static final double GAP = 16;
    private static final Pattern FENCED = Pattern.compile("```[a-zA-Z]*\\s*(.*?)```", Pattern.DOTALL);
    private static final Pattern NUMBER = Pattern.compile("\\s*(-?\\d+(?:\\.\\d+)?(?:[eE][-+]?\\d+)?)\\s*(px|pt|dp)?\\s*");
    private static final ObjectMapper MAPPER = new ObjectMapper(); // Jackson's default limits bound nesting and sizes

    /** Thrown when the answer is not a screen at all: not JSON, the wrong shape, nothing usable. */
    static final class NotAScreenException extends RuntimeException {
        NotAScreenException(String why, Throwable cause) {
            super(why, cause);
        }
    }

    private final DraftRequest request;
    private int kept;
    private int unknown;
    private int tooDeep;
    private boolean truncated;

    private DraftRepair(DraftRequest request) {
        this.request = request;
    }

    /** @throws NotAScreenException when nothing usable can be read from {@code content} */
    static Draft repair(String content, DraftRequest request) {
        return new DraftRepair(request).run(content);
    }

    private Draft run(String content) {
        JsonNode root = parse(content);
        JsonNode elements = root.isArray() ? root : root.path("elements");
        if (!elements.isArray()) throw new NotAScreenException("the answer has no \"elements\" list", null);
        List<DraftNode> nodes = nodes(elements, 0);
        if (nodes.isEmpty()) throw new NotAScreenException("none of the " + elements.size() + " elements is a control Blueline has", null);
        nodes = ScreenFit.fit(nodes, request.width(), request.height(), MIN_SCALE);
        String name = root.path("name").isTextual() ? Texts.clean(root.path("name").asText(), Props.MAX_NAME_LENGTH).strip() : "";
        return new Draft(name.isEmpty() ? ScreenTitle.from(request.prompt()) : name, ScreenFit.flatten(nodes), Draft.Source.AI, notice());
    }

    /** Models like to wrap JSON in ``` fences or a sentence; the object is what counts. */
    private static JsonNode parse(String content) {
        if (content == null || content.isBlank()) throw new NotAScreenException("the answer is empty", null);
        String text = content.strip();
        Matcher fenced = FENCED.matcher(text);
        if (fenced.find()) text = fenced.group(1).strip();
        if (!text.startsWith("{") && !text.startsWith("[")) {
            int open = text.indexOf('{');
            int close = text.lastIndexOf('}');
            if (open < 0 || close < open) throw new NotAScreenException("the answer holds no JSON object", null);
            text = text.substring(open, close + 1);
        }
        try {
            JsonNode root = MAPPER.readTree(text);
            if (root == null || !(root.isObject() || root.isArray())) throw new NotAScreenException("the answer is not a JSON object", null);
            return root;
        } catch (JsonProcessingException e) {
            throw new NotAScreenException("the answer is not JSON: " + e.getOriginalMessage(), e);
        }
    }

    private List<DraftNode> nodes(JsonNode array, int depth) {
        List<DraftNode> out = new ArrayList<>();
        for (JsonNode item : array) {
            if (kept >= MAX_ELEMENTS) {
                truncated = true;
                break;
            }
            if (!item.isObject()) {
                unknown++;
                continue;
            }
            DraftNode previous = out.isEmpty() ? null : out.getLast();
            Optional<ControlType> type = TypeMatcher.match(item.path("type").asText(null)).map(Catalog::get);
            if (type.isEmpty()) {
                unknown++;
                // a wrapper we do not know ("row", "hero-section") still holds elements worth keeping
                out.addAll(lifted(item, depth, previous));
                continue;
            }
            kept++;
            DraftNode node = element(item, type.get(), previous);
            List<DraftNode> kids = children(item, depth);
            if (type.get().container()) {
                out.add(node.withChildren(relative(node, kids)));
            } else {
                out.add(node);
                // only containers hold elements: the children of a button become its neighbours
                for (DraftNode k : kids) out.add(k.movedBy(node.x(), node.y()));
            }
        }
        return out;
    }

    private List<DraftNode> lifted(JsonNode item, int depth, DraftNode previous) {
        double dx = number(item, "x", "left").orElse(previous == null ? 0 : previous.x());
        double dy = number(item, "y", "top").orElse(0.0);
        return children(item, depth).stream().map(k -> k.movedBy(dx, dy)).toList();
    }

    private List<DraftNode> children(JsonNode item, int depth) {
        JsonNode kids = item.path("children");
        if (!kids.isArray() || kids.isEmpty()) return List.of();
        if (depth + 1 >= MAX_DEPTH) {
            tooDeep++;
            return List.of();
        }
        return nodes(kids, depth + 1);
    }

    /** Missing positions stack below the previous element, missing or unusable sizes take the control's own. */
    private DraftNode element(JsonNode item, ControlType type, DraftNode previous) {
        double w = number(item, "w", "width").filter(v -> v > 0).orElse(type.defaultWidth());
        double h = number(item, "h", "height").filter(v -> v > 0).orElse(type.defaultHeight());
        double x = number(item, "x", "left").orElse(previous == null ? GAP : previous.x());
        double y = number(item, "y", "top").orElse(previous == null ? GAP : previous.bottom() + GAP);
        return DraftNode.of(type.id(), x, y, w, h, text(item, type));
    }

    /**
     * Children's positions are relative to their container, but models often give them in screen
     * coordinates: when all of them fit the container's box on the screen and some would not
     * fit relative to it, they were meant on the screen.
     */
    private static List<DraftNode> relative(DraftNode container, List<DraftNode> kids) {
        if (kids.isEmpty()) return kids;
        boolean allInsideOnScreen = true;
        boolean someOutsideRelative = false;
        for (DraftNode k : kids) {
            allInsideOnScreen &= k.x() >= container.x() && k.y() >= container.y()
                    && k.right() <= container.right() + 1 && k.bottom() <= container.bottom() + 1;
            someOutsideRelative |= k.right() > container.w() + 1 || k.bottom() > container.h() + 1;
        }
        if (!(allInsideOnScreen && someOutsideRelative)) return kids;
        return kids.stream().map(k -> k.movedBy(-container.x(), -container.y())).toList();
    }

    /** A finite number under either name, also when written as a string ("120", "120px"); NaN, infinities and junk are missing. */
    private static Optional<Double> number(JsonNode item, String name, String alias) {
        JsonNode v = item.has(name) ? item.get(name) : item.path(alias);
        double d = Double.NaN;
        if (v.isNumber()) {
            d = v.asDouble();
        } else if (v.isTextual() && v.asText().length() < 40) {
            Matcher m = NUMBER.matcher(v.asText());
            if (m.matches()) d = Double.parseDouble(m.group(1));
        }
        return Double.isFinite(d) ? Optional.of(d) : Optional.empty();
    }

    private static String text(JsonNode item, ControlType type) {
        if (!type.usesText()) return "";
        JsonNode v = item.path("text");
        for (String alias : List.of("label", "content", "title", "value", "placeholder")) {
            if (!v.isMissingNode() && !v.isNull()) break;
            v = item.path(alias);
        }
        String text;
        if (v.isArray()) {
            // items as a list: the control's own markup separates them with lines or commas
            String separator = type.defaultText().contains("\n") ? "\n" : ", ";
            List<String> parts = new ArrayList<>();
            for (JsonNode part : v) {
                if (part.isValueNode()) parts.add(part.asText());
                if (parts.size() >= 200) break;
            }
            text = String.join(separator, parts);
        } else if (v.isValueNode() && !v.isNull()) {
            text = v.asText();
        } else {
            text = type.defaultText();
        }
        return Texts.clean(text, Props.MAX_TEXT_LENGTH);
    }

    private String notice() {
        List<String> notes = new ArrayList<>();
        if (unknown > 0) notes.add("left out " + unknown + (unknown == 1 ? " element" : " elements") + " Blueline has no control for");
        if (tooDeep > 0) notes.add("left out elements nested more than " + MAX_DEPTH + " deep");
        if (truncated) notes.add("kept the first " + MAX_ELEMENTS + " elements");
        if (notes.isEmpty()) return "";
        String joined = String.join("; ", notes);
        return Character.toUpperCase(joined.charAt(0)) + joined.substring(1);
    }
}
