package dev.blueline.model.export;

import dev.blueline.model.catalog.Catalog;
import dev.blueline.model.catalog.ControlType;
import dev.blueline.model.document.Document;
import dev.blueline.model.document.Props;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.w3c.dom.ProcessingInstruction;
import org.xml.sax.InputSource;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The FXML files as text: well-formed XML, every class they use imported, every element's id on
 * a node, the same bytes every time. The desktop's {@code FxmlExportLoadTest} loads them in
 * JavaFX and checks where each node lands.
 */
class FxmlWriterTest {
    private static final String FX = "http://javafx.com/fxml/1";
    private static final Document doc = FxmlSamples.project();
    private static final Map<String, String> files = files(CodeExporter.project(doc, CodeFormat.FXML));

    @Test
    void aProjectIsOneFxmlPerScreenAndComponentPlusTheStylesheet() {
        assertThat(files.keySet()).containsExactly("EveryControlScreen.fxml", "LoginScreen.fxml", "PricingCard.fxml", "blueline-fx.css");
        assertThat(files.get("blueline-fx.css")).contains(".bl-screen", ".bl-selected", ".bl-sticky-note");
    }

    @Test
    void aScreenComesWithTheComponentsItUsesOnly() {
        assertThat(files(CodeExporter.screen(doc, FxmlSamples.LOGIN, CodeFormat.FXML)).keySet())
                .containsExactly("LoginScreen.fxml", "blueline-fx.css");
        assertThat(files(CodeExporter.screen(doc, FxmlSamples.HOME, CodeFormat.FXML)).keySet())
                .containsExactly("EveryControlScreen.fxml", "PricingCard.fxml", "blueline-fx.css");
    }

    @Test
    void everyFileIsWellFormedXmlAndImportsEveryClassItUses() throws Exception {
        for (Map.Entry<String, String> f : files.entrySet()) {
            if (!f.getKey().endsWith(".fxml")) continue;
            org.w3c.dom.Document xml = parse(f.getValue());
            Set<String> imported = new HashSet<>();
            for (Node n = xml.getFirstChild(); n != null; n = n.getNextSibling()) {
                if (n instanceof ProcessingInstruction pi && pi.getTarget().equals("import")) {
                    imported.add(pi.getData().substring(pi.getData().lastIndexOf('.') + 1));
                }
            }
            for (Element e : elements(xml.getDocumentElement())) {
                String name = e.getLocalName();
                if (FX.equals(e.getNamespaceURI()) || !Character.isUpperCase(name.charAt(0))) continue;
                int dot = name.indexOf('.');
                String type = dot < 0 ? name : name.substring(0, dot);
                boolean nested = dot > 0 && Character.isUpperCase(name.charAt(dot + 1));
                // FXML resolves a nested class (XYChart.Series) through a package import only
                assertThat(imported).as("%s imports %s", f.getKey(), name).contains(nested ? "*" : type);
            }
        }
    }

    @Test
    void everyShownElementIsANodeWithItsIdAndEveryControlAppears() throws Exception {
        Map<String, Element> home = byId(parse(files.get("EveryControlScreen.fxml")));
        for (String id : doc.ids()) {
            if (!FxmlSamples.HOME.equals(doc.text(id, Props.SCREEN))) continue;
            if (doc.flag(id, Props.HIDDEN)) assertThat(home).as("hidden " + id).doesNotContainKey(id);
            else assertThat(home).as(id).containsKey(id);
        }
        Set<String> classes = new HashSet<>();
        home.values().forEach(e -> classes.addAll(List.of(e.getAttribute("styleClass").split(",\\s*"))));
        for (ControlType t : Catalog.all()) {
            assertThat(classes).as("a node for " + t.id()).contains(t.id().equals("link") ? "bl-hyperlink" : "bl-" + t.id());
        }
        assertThat(byId(parse(files.get("PricingCard.fxml")))).containsKeys(FxmlSamples.CARD, "card-title", "card-buy");
    }

    @Test
    void theRootIsTheScreenAtItsSizeWithTheStylesheet() throws Exception {
        Element root = parse(files.get("EveryControlScreen.fxml")).getDocumentElement();
        assertThat(root.getAttribute("id")).isEqualTo(FxmlSamples.HOME);
        assertThat(root.getAttribute("prefWidth")).isEqualTo("1440");
        assertThat(root.getAttribute("prefHeight")).isEqualTo("3200");
        assertThat(root.getAttribute("minWidth")).isEqualTo("-Infinity");
        assertThat(root.getAttribute("stylesheets")).isEqualTo("@blueline-fx.css");
        assertThat(root.getAttribute("styleClass")).contains("bl-screen");
        assertThat(root.getAttribute("style")).contains("-fx-background-color: #fafafa");
        assertThat(parse(files.get("PricingCard.fxml")).getDocumentElement().getAttribute("styleClass")).contains("bl-component");
    }

    @Test
    void rowsAreBoxesWithMarginsAndOverlapsAPane() throws Exception {
        org.w3c.dom.Document xml = parse(files.get("EveryControlScreen.fxml"));
        assertThat(xml.getDocumentElement().getLocalName()).isEqualTo("VBox");
        Map<String, Element> byId = byId(xml);
        Element button = byId.get("button");
        assertThat(owner(button).getLocalName()).isEqualTo("HBox");
        assertThat(child(button, "HBox.margin")).as("offset inside its row").isNotNull();
        Element image = byId.get("overlap-image");
        assertThat(owner(image).getLocalName()).isEqualTo("Pane");
        assertThat(byId.get("overlap-mask").getAttribute("layoutX")).isEqualTo("100");
        assertThat(byId.get("overlap-mask").getAttribute("layoutY")).isEqualTo("60");
        assertThat(byId.get("panel-button").getAttribute("prefWidth")).isEqualTo("120");
    }

    @Test
    void componentInstancesIncludeTheMasterFileScaledToTheirSize() throws Exception {
        Map<String, Element> byId = byId(parse(files.get("EveryControlScreen.fxml")));
        assertThat(elements(byId.get("card-same")).stream().filter(e -> e.getLocalName().equals("include")).toList())
                .singleElement().extracting(e -> e.getAttribute("source")).isEqualTo("PricingCard.fxml");
        Element scale = elements(byId.get("card-big")).stream().filter(e -> e.getLocalName().equals("Scale")).findFirst().orElseThrow();
        assertThat(scale.getAttribute("x")).isEqualTo("2");
        assertThat(scale.getAttribute("y")).isEqualTo("2");
    }

    @Test
    void linksNameTheFileOfTheScreenTheyOpen() throws Exception {
        Element go = byId(parse(files.get("EveryControlScreen.fxml"))).get("styled-button");
        assertThat(go.getAttribute("userData")).isEqualTo("LoginScreen.fxml");
        assertThat(go.getAttribute("styleClass")).contains("bl-link");
        assertThat(byId(parse(files.get("LoginScreen.fxml"))).get("login-go").getAttribute("userData")).isEqualTo("EveryControlScreen.fxml");
    }

    @Test
    void textIsEscapedForXmlAndForFxml() throws Exception {
        Element odd = byId(parse(files.get("EveryControlScreen.fxml"))).get("odd:id.text");
        assertThat(odd.getAttribute("text")).as("a leading $ would be an FXML variable").isEqualTo("\\" + FxmlSamples.HOSTILE);
        assertThat(files.get("EveryControlScreen.fxml")).contains("&lt;b&gt;&quot;off&quot;&lt;/b&gt;", "&#10;second line");
    }

    @Test
    void styleAndStateBecomeInlineStyleAttributesAndClasses() throws Exception {
        Map<String, Element> byId = byId(parse(files.get("EveryControlScreen.fxml")));
        assertThat(byId.get("styled-button").getAttribute("style"))
                .contains("-fx-background-color: #1d4ed8;", "-fx-border-color: #0f172a;", "-fx-text-fill: #ffffff;", "-fx-font-weight: bold;");
        assertThat(byId.get("styled-label").getAttribute("style")).contains("-fx-font-size: 20px;", "-fx-font-style: italic;",
                "rgba(239, 68, 68, 0.502)");
        assertThat(byId.get("styled-label").getAttribute("alignment")).isEqualTo("CENTER_RIGHT");
        assertThat(byId.get("faded-link").getAttribute("opacity")).isEqualTo("0.5");
        assertThat(byId.get("off-field").getAttribute("disable")).isEqualTo("true");
        assertThat(byId.get("bad-check").getAttribute("styleClass")).contains("bl-error");
        assertThat(byId.get("bad-check").getAttribute("indeterminate")).isEqualTo("true");
    }

    @Test
    void theSameDocumentGivesTheSameBytes() {
        assertThat(CodeExporter.project(doc, CodeFormat.FXML)).isEqualTo(CodeExporter.project(doc, CodeFormat.FXML));
        assertThat(CodeExporter.project(doc.copy(), CodeFormat.FXML)).isEqualTo(CodeExporter.project(doc, CodeFormat.FXML));
    }

    private static Map<String, String> files(List<ExportFile> list) {
        Map<String, String> out = new LinkedHashMap<>();
        list.forEach(f -> out.put(f.path(), f.content()));
        return out;
    }

    static org.w3c.dom.Document parse(String xml) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return f.newDocumentBuilder().parse(new InputSource(new StringReader(xml)));
    }

    private static List<Element> elements(Element root) {
        List<Element> out = new ArrayList<>();
        out.add(root);
        NodeList all = root.getElementsByTagNameNS("*", "*");
        for (int i = 0; i < all.getLength(); i++) out.add((Element) all.item(i));
        return out;
    }

    private static Map<String, Element> byId(org.w3c.dom.Document xml) {
        Map<String, Element> out = new HashMap<>();
        for (Element e : elements(xml.getDocumentElement())) {
            if (e.hasAttribute("id")) assertThat(out.put(e.getAttribute("id"), e)).as("id %s once", e.getAttribute("id")).isNull();
        }
        return out;
    }

    /** The node that lays {@code e} out (skipping the {@code <children>} property element). */
    private static Element owner(Element e) {
        return (Element) e.getParentNode().getParentNode();
    }

    private static Element child(Element e, String name) {
        for (Node n = e.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element c && c.getLocalName().equals(name)) return c;
        }
        return null;
    }
}
