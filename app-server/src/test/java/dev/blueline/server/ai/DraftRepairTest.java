package dev.blueline.server.ai;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.blueline.model.document.Props;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** What models write, good and bad, and the draft the document gets from it. */
class DraftRepairTest {
    static final DraftRequest DESKTOP = new DraftRequest("a login screen", 1440, 900);
    static final DraftRequest PHONE = new DraftRequest("a login screen", 390, 844);
    static final ObjectMapper JSON = new ObjectMapper();

    static Draft repair(String content, DraftRequest r) {
        Draft d = DraftRepair.repair(content, r);
        DraftDocuments.assertWellFormed(d, r.width(), r.height());
        return d;
    }

    static Map<String, DraftElement> byText(Draft d) {
        return d.elements().stream().collect(Collectors.toMap(DraftElement::text, Function.identity(), (a, b) -> a));
    }

    @Test
    void fencesAndChatterAroundTheJsonAreIgnored() {
        for (String wrapped : List.of(Screens.LOGIN, "```json\n" + Screens.LOGIN + "\n```", "```\n" + Screens.LOGIN + "```",
                "Here is your screen:\n\n" + Screens.LOGIN + "\n\nLet me know if you want changes!")) {
            Draft d = repair(wrapped, DESKTOP);
            assertThat(d.elements()).hasSize(7);
            assertThat(d.screenName()).isEqualTo("Sign in");
            assertThat(d.source()).isEqualTo(Draft.Source.AI);
        }
    }

    @Test
    void typesAreMappedToTheClosestControlOrLeftOut() {
        String json = """
                {"elements": [
                  {"type": "textbox", "x": 10, "y": 10, "text": "Email"},
                  {"type": "img", "x": 10, "y": 60, "text": "Hero"},
                  {"type": "table", "x": 10, "y": 240, "text": "A, B\\n1, 2"},
                  {"type": "Primary Button", "x": 10, "y": 460, "text": "Go"},
                  {"type": "password_input", "x": 300, "y": 10, "text": "pw"},
                  {"type": "navbar", "x": 0, "y": 0, "text": "Nav"},
                  {"type": "Date Picker", "x": 300, "y": 60, "text": "2026-01-02"},
                  {"type": "h1", "x": 300, "y": 120, "text": "Title"},
                  {"type": "toggles", "x": 300, "y": 180, "text": "[on] Wi-Fi"},
                  {"type": "button-group", "x": 300, "y": 220, "text": "Group"},
                  {"type": "line-graph", "x": 300, "y": 260, "text": "Graph"},
                  {"type": "component", "x": 300, "y": 500, "text": "needs a master"},
                  {"type": "hologram", "x": 300, "y": 540, "text": "?"},
                  {"type": 42, "text": "not a name"},
                  "just a string",
                  {"text": "no type"}
                ]}""";
        Draft d = repair(json, DESKTOP);
        Map<String, DraftElement> e = byText(d);
        assertThat(e.get("Email").type()).isEqualTo("text-input");
        assertThat(e.get("Hero").type()).isEqualTo("image");
        assertThat(e.get("A, B\n1, 2").type()).isEqualTo("data-grid");
        assertThat(e.get("Go").type()).isEqualTo("button");
        assertThat(e.get("pw").type()).isEqualTo("password");
        assertThat(e.get("Nav").type()).isEqualTo("nav-bar");
        assertThat(e.get("2026-01-02").type()).isEqualTo("date-picker");
        assertThat(e.get("Title").type()).isEqualTo("heading");
        assertThat(e.get("[on] Wi-Fi").type()).isEqualTo("toggle");
        assertThat(e.get("Group").type()).isEqualTo("button");
        assertThat(e.get("Graph").type()).isEqualTo("line-chart");
        assertThat(d.elements()).hasSize(11);
        assertThat(d.notice()).isEqualTo("Left out 5 elements Blueline has no control for");
    }

    @Test
    void hostileNumbersBecomeSensibleOnes() {
        String json = """
                {"elements": [
                  {"type": "button", "x": "NaN", "y": "Infinity", "w": "-5", "h": -40, "text": "a"},
                  {"type": "button", "x": 1e308, "y": -1e308, "w": 1e308, "h": 1e-300, "text": "b"},
                  {"type": "button", "x": "12px", "y": "30.5", "w": "wide", "h": null, "text": "c"},
                  {"type": "button", "x": 123456789012345678901234567890, "y": {"value": 3}, "w": [1], "h": true, "text": "d"},
                  {"type": "button", "x": "1e999", "y": "-0", "w": 0, "h": 0, "text": "e"}
                ]}""";
        Map<String, DraftElement> e = byText(repair(json, DESKTOP));
        assertThat(e.get("a").w()).as("a negative width takes the control's own").isEqualTo(120);
        assertThat(e.get("a").h()).isEqualTo(40);
        assertThat(e.get("b").w()).as("at most the screen").isEqualTo(1440);
        assertThat(e.get("b").h()).as("at least 8").isEqualTo(8);
        assertThat(e.get("b").x()).isZero();
        assertThat(e.get("b").y()).isZero();
        assertThat(e.get("c").x()).isEqualTo(12);
        assertThat(e.get("c").y()).isEqualTo(31); // whole points
        assertThat(e.get("d").x()).isEqualTo(1440 - 120);
        assertThat(e.get("e").w()).isEqualTo(120);
    }

    @Test
    void missingPositionsStackBelowThePreviousElement() {
        Draft d = repair("{\"elements\": [{\"type\": \"heading\", \"text\": \"T\"}, {\"type\": \"button\", \"text\": \"B\"}]}", DESKTOP);
        DraftElement heading = d.elements().get(0);
        DraftElement button = d.elements().get(1);
        assertThat(button.y()).isGreaterThanOrEqualTo(heading.y() + heading.h());
        assertThat(button.x()).isEqualTo(heading.x());
    }

    @Test
    void aLayoutDrawnForALargerScreenShrinksAsAWhole() {
        // a model that ignored the phone size and drew for a desktop
        Draft d = repair("""
                {"elements": [
                  {"type": "heading", "x": 40, "y": 40, "w": 600, "h": 48, "text": "left"},
                  {"type": "button", "x": 700, "y": 40, "w": 580, "h": 48, "text": "right"}
                ]}""", PHONE);
        Map<String, DraftElement> e = byText(d);
        double scale = 390.0 / 1280;
        assertThat(e.get("left").w()).isCloseTo(600 * scale, org.assertj.core.data.Offset.offset(1.0));
        assertThat(e.get("right").x()).isCloseTo(700 * scale, org.assertj.core.data.Offset.offset(1.0));
        assertThat(e.get("left").x() + e.get("left").w()).as("still side by side, not piled up").isLessThan(e.get("right").x());
    }

    @Test
    void childrenGoOnlyIntoContainersAndStayInsideThem() {
        String json = """
                {"elements": [
                  {"type": "panel", "x": 100, "y": 100, "w": 300, "h": 200, "text": "Card", "children": [
                    {"type": "button", "x": 20, "y": 60, "w": 100, "h": 40, "text": "inside"},
                    {"type": "button", "x": 250, "y": 190, "w": 100, "h": 40, "text": "overflowing"}
                  ]},
                  {"type": "button", "x": 500, "y": 100, "w": 120, "h": 40, "text": "not a container", "children": [
                    {"type": "label", "x": 0, "y": 50, "w": 100, "h": 20, "text": "lifted"}
                  ]},
                  {"type": "row", "x": 40, "y": 600, "children": [
                    {"type": "button", "x": 0, "y": 0, "w": 100, "h": 40, "text": "from a row"}
                  ]}
                ]}""";
        Draft d = repair(json, DESKTOP);
        Map<String, DraftElement> e = byText(d);
        DraftElement panel = e.get("Card");
        assertThat(e.get("inside").parent()).isEqualTo(panel.key());
        assertThat(e.get("overflowing").parent()).isEqualTo(panel.key());
        assertThat(e.get("overflowing").x() + e.get("overflowing").w()).isLessThanOrEqualTo(panel.w());
        assertThat(e.get("lifted").parent()).as("a button holds nothing: its child becomes its neighbour").isNull();
        assertThat(e.get("lifted").x()).isEqualTo(500);
        assertThat(e.get("lifted").y()).isEqualTo(150);
        assertThat(e.get("from a row").type()).isEqualTo("button");
        DraftElement row = d.elements().stream().filter(x -> x.type().equals("group")).findFirst().orElseThrow();
        assertThat(e.get("from a row").parent()).as("a row is an invisible group").isEqualTo(row.key());
    }

    @Test
    void childrenGivenInScreenCoordinatesAreMadeRelative() {
        String json = """
                {"elements": [{"type": "panel", "x": 500, "y": 300, "w": 400, "h": 300, "text": "Card", "children": [
                  {"type": "button", "x": 520, "y": 520, "w": 120, "h": 40, "text": "ok"}
                ]}]}""";
        DraftElement ok = byText(repair(json, DESKTOP)).get("ok");
        assertThat(ok.x()).isEqualTo(20);
        assertThat(ok.y()).isEqualTo(220);
    }

    @Test
    void textIsCleanedAndCappedAndListsAreJoined() {
        ObjectNode root = JSON.createObjectNode();
        ArrayNode elements = root.putArray("elements");
        elements.addObject().put("type", "paragraph").put("text", "x".repeat(Props.MAX_TEXT_LENGTH + 5_000));
        elements.addObject().put("type", "label").put("text", "bell\u0007 and\r\nline");
        ObjectNode tabs = elements.addObject().put("type", "tabs");
        tabs.putArray("text").add("*One*").add("Two").add("Three");
        ObjectNode menu = elements.addObject().put("type", "vertical-menu");
        menu.putArray("text").add("Home").add("Settings");
        elements.addObject().put("type", "button").put("label", "from label");
        elements.addObject().put("type", "divider").put("text", "dividers show no text");
        elements.addObject().put("type", "link").put("text", 42);
        root.put("name", "N".repeat(500));
        Draft d = repair(root.toString(), DESKTOP);
        List<String> texts = d.elements().stream().map(DraftElement::text).toList();
        assertThat(texts.get(0)).hasSize(Props.MAX_TEXT_LENGTH);
        assertThat(texts.get(1)).isEqualTo("bell and\nline");
        assertThat(texts.get(2)).isEqualTo("*One*, Two, Three");
        assertThat(texts.get(3)).isEqualTo("Home\nSettings");
        assertThat(texts.get(4)).isEqualTo("from label");
        assertThat(texts.get(5)).isEmpty();
        assertThat(texts.get(6)).isEqualTo("42");
        assertThat(d.screenName()).hasSize(Props.MAX_NAME_LENGTH);
    }

    @Test
    void tenThousandElementsAreCutToTwoHundred() {
        ObjectNode root = JSON.createObjectNode();
        ArrayNode elements = root.putArray("elements");
        for (int i = 0; i < 10_000; i++) {
            elements.addObject().put("type", "button").put("x", (i % 10) * 130).put("y", (i / 10) % 20 * 44).put("text", "b" + i);
        }
        Draft d = repair(root.toString(), DESKTOP);
        assertThat(d.elements()).hasSize(DraftRepair.MAX_ELEMENTS);
        assertThat(d.notice()).isEqualTo("Kept the first 200 elements");
    }

    @Test
    void deepNestingIsCutAndAbsurdNestingIsNotAScreen() {
        StringBuilder deep = new StringBuilder("{\"elements\": [");
        int levels = 50;
        for (int i = 0; i < levels; i++) deep.append("{\"type\": \"panel\", \"x\": 1, \"y\": 1, \"w\": 1000, \"h\": 800, \"children\": [");
        deep.append("{\"type\": \"button\"}");
        deep.append("]}".repeat(levels)).append("]}");
        Draft d = repair(deep.toString(), DESKTOP);
        assertThat(d.elements()).hasSize(DraftRepair.MAX_DEPTH);
        assertThat(d.notice()).isEqualTo("Left out elements nested more than 6 deep");

        String absurd = "{\"elements\": " + "[".repeat(100_000) + "]".repeat(100_000) + "}";
        assertThatThrownBy(() -> DraftRepair.repair(absurd, DESKTOP)).isInstanceOf(DraftRepair.NotAScreenException.class);
    }

    @Test
    void keysAreUniqueAndContainersComeFirst() {
        String json = """
                {"elements": [
                  {"id": "same", "type": "panel", "x": 0, "y": 0, "w": 600, "h": 400, "children": [
                    {"id": "same", "type": "tabs", "x": 10, "y": 50, "w": 500, "h": 300, "children": [
                      {"id": "same", "type": "button", "x": 10, "y": 40}
                    ]}
                  ]},
                  {"id": "same", "type": "button", "x": 700, "y": 10}
                ]}""";
        Draft d = repair(json, DESKTOP);
        assertThat(d.elements()).extracting(DraftElement::key).containsExactly("e1", "e2", "e3", "e4");
        assertThat(d.elements()).extracting(DraftElement::parent).containsExactly(null, "e1", "e2", null);
    }

    @Test
    void whatIsNotAScreenAtAllSaysSo() {
        for (String bad : List.of("", "   ", "Sorry, I can't help with that.", "{\"elements\": \"none\"}", "{\"foo\": 1}", "42",
                "\"a string\"", "{\"elements\": []}", "{\"elements\": [1, 2, 3]}", "{\"elements\": [{\"type\": \"hologram\"}]}",
                "{\"elements\": [{\"type\": \"button\", \"x\": NaN}]}", "{\"elements\": [", "null")) {
            assertThatThrownBy(() -> DraftRepair.repair(bad, DESKTOP)).as(bad).isInstanceOf(DraftRepair.NotAScreenException.class);
        }
    }

    @Test
    void aTopLevelArrayIsReadAsTheElements() {
        Draft d = repair("[{\"type\": \"button\", \"x\": 10, \"y\": 10, \"text\": \"Go\"}]", DESKTOP);
        assertThat(d.elements()).hasSize(1);
        assertThat(d.screenName()).as("named after the request").isEqualTo("Login");
    }
}
