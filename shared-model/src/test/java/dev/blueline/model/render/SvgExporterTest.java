package dev.blueline.model.render;

import dev.blueline.model.catalog.Catalog;
import dev.blueline.model.catalog.ControlType;
import dev.blueline.model.document.Document;
import dev.blueline.model.document.Props;
import dev.blueline.model.document.Value;
import dev.blueline.model.geometry.Rect;
import dev.blueline.model.ops.Ops;
import dev.blueline.model.testing.Fixtures;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SvgExporterTest {
    static final String SVG_NS = "http://www.w3.org/2000/svg";
    static final String NASTY = "<script>alert(\"x\")</script> & 'q' \u0000\u0001\u001f\uFFFE\ud800 \u202e end";

    /** A screen holding one element of every control, inside a panel too, with hostile texts and ids. */
    static Document everyControl() {
        Document doc = new Document();
        Ops.apply(doc, Fixtures.screen("s", "Checkout <flow> & \"more\""));
        int i = 0;
        for (ControlType c : Catalog.all()) {
            String id = "el-" + c.id();
            Ops.apply(doc, Fixtures.element(id, c.id(), "s", (i % 6) * 240.0, (i / 6) * 160.0));
            doc.set(id, Props.ORDER, Value.of(String.format("a%03d", i)));
            doc.set(id, Props.W, Value.of(Math.min(c.defaultWidth(), 230)));
            doc.set(id, Props.H, Value.of(Math.min(c.defaultHeight(), 150)));
            doc.set(id, Props.TEXT, Value.of(c.defaultText()));
            i++;
        }
        Ops.apply(doc, Fixtures.element("p\"<&>'", "panel", "s", 10, 10));
        doc.set("p\"<&>'", Props.ORDER, Value.of("z"));
        Ops.apply(doc, Fixtures.element("nasty", "paragraph", "s", "p\"<&>'", 5, 5));
        doc.set("nasty", Props.TEXT, Value.of(NASTY));
        Ops.apply(doc, Fixtures.element("nasty2", "button", "s", 300, 700));
        doc.set("nasty2", Props.TEXT, Value.of(NASTY));
        doc.set("nasty2", Props.ORDER, Value.of("zz"));
        doc.set("nasty2", Props.W, Value.of(600));
        return doc;
    }

    static org.w3c.dom.Document parse(String svg) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        f.setNamespaceAware(true);
        DocumentBuilder b = f.newDocumentBuilder();
        b.setErrorHandler(null);
        return b.parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void anExportOfEveryControlIsWellFormedAndTraceable() throws Exception {
        Document doc = everyControl();
        for (Skin skin : Skin.values()) {
            String svg = SvgExporter.export(doc, "s", skin);
            org.w3c.dom.Document xml = parse(svg);
            Element root = xml.getDocumentElement();
            assertThat(root.getLocalName()).isEqualTo("svg");
            assertThat(root.getNamespaceURI()).isEqualTo(SVG_NS);
            assertThat(root.getAttribute("width")).isEqualTo("1440");
            assertThat(root.getAttribute("viewBox")).isEqualTo("0 0 1440 900");
            assertThat(xml.getElementsByTagNameNS(SVG_NS, "title").item(0).getTextContent()).isEqualTo("Checkout <flow> & \"more\"");

            List<Element> groups = new ArrayList<>();
            NodeList gs = xml.getElementsByTagNameNS(SVG_NS, "g");
            for (int i = 0; i < gs.getLength(); i++) {
                Element g = (Element) gs.item(i);
                if (g.hasAttribute("data-type")) groups.add(g);
            }
            int live = Catalog.all().size() + 3;
            assertThat(groups).hasSize(live);
            assertThat(groups).extracting(g -> g.getAttribute("id")).doesNotHaveDuplicates().contains("p\"<&>'", "el-data-grid");
            for (ControlType c : Catalog.all()) {
                assertThat(groups).filteredOn(g -> g.getAttribute("id").equals("el-" + c.id()))
                        .singleElement().satisfies(g -> assertThat(g.getAttribute("data-type")).isEqualTo(c.id()));
            }
            Element panel = groups.stream().filter(g -> g.getAttribute("id").equals("p\"<&>'")).findFirst().orElseThrow();
            assertThat(panel.getElementsByTagNameNS(SVG_NS, "g")).satisfies(inner -> {
                boolean holdsChild = false;
                for (int i = 0; i < inner.getLength(); i++) holdsChild |= "nasty".equals(((Element) inner.item(i)).getAttribute("id"));
                assertThat(holdsChild).as("the child's group sits inside its container's").isTrue();
            });

            assertThat(xml.getElementsByTagNameNS("*", "script").getLength()).isZero();
            assertThat(xml.getElementsByTagName("script").getLength()).isZero();
            assertThat(svg).doesNotContain("<script").contains("&lt;script&gt;");
            StringBuilder texts = new StringBuilder();
            NodeList ts = xml.getElementsByTagNameNS(SVG_NS, "text");
            for (int i = 0; i < ts.getLength(); i++) texts.append(ts.item(i).getTextContent()).append('\n');
            assertThat(texts).contains("<script>");
        }
    }

    @Test
    void sketchDiffersFromWireframeAndBothAreDeterministic() {
        Document doc = everyControl();
        String wire = SvgExporter.export(doc, "s", Skin.WIREFRAME);
        String sketch = SvgExporter.export(doc, "s", Skin.SKETCH);
        assertThat(sketch).isNotEqualTo(wire).contains("cursive");
        assertThat(SvgExporter.export(doc.copy(), "s", Skin.SKETCH)).isEqualTo(sketch);
        assertThat(SvgExporter.export(doc, "s", Skin.WIREFRAME)).isEqualTo(wire);
    }

    @Test
    void theScreenSizeAndBackgroundAreUsed() throws Exception {
        Document doc = new Document();
        Ops.apply(doc, Fixtures.screen("s", ""));
        doc.set("s", Props.W, Value.of(390));
        doc.set("s", Props.H, Value.of(844.5));
        doc.set("s", Props.BACKGROUND, Value.of("#112233"));
        String svg = SvgExporter.export(doc, "s", Skin.WIREFRAME);
        Element root = parse(svg).getDocumentElement();
        assertThat(root.getAttribute("height")).isEqualTo("844.5");
        assertThat(root.getAttribute("viewBox")).isEqualTo("0 0 390 844.5");
        assertThat(svg).contains("<title>Screen</title>").contains("fill=\"#112233\"");
    }

    @Test
    void clipIdsNeverCollideWithElementIds() throws Exception {
        Document doc = new Document();
        Ops.apply(doc, Fixtures.screen("s", "S"));
        Ops.apply(doc, Fixtures.element("bl-clip-1", "button", "s", 0, 0));
        String svg = SvgExporter.export(doc, "s", Skin.WIREFRAME);
        org.w3c.dom.Document xml = parse(svg);
        NodeList clips = xml.getElementsByTagNameNS(SVG_NS, "clipPath");
        assertThat(clips.getLength()).isPositive();
        for (int i = 0; i < clips.getLength(); i++) {
            assertThat(((Element) clips.item(i)).getAttribute("id")).doesNotStartWith("bl-clip-");
        }
    }

    @Test
    void refusesWhatIsNotALiveScreen() {
        Document doc = everyControl();
        assertThatThrownBy(() -> SvgExporter.export(doc, "el-button", Skin.WIREFRAME)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> SvgExporter.export(doc, "nope", Skin.WIREFRAME)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void escapesEverythingXmlCannotCarry() {
        assertThat(SvgPainter.escape("a<b>&\"'")).isEqualTo("a&lt;b&gt;&amp;&quot;&apos;");
        assertThat(SvgPainter.escape("\u0000\u0008\u007f\uFFFF")).isEqualTo("\uFFFD\uFFFD\uFFFD\uFFFD");
        assertThat(SvgPainter.escape("\t\n\r")).isEqualTo("&#9;&#10;&#13;");
        assertThat(SvgPainter.escape("\ud83d\ude80 \ud800x \udc00")).isEqualTo("\ud83d\ude80 \uFFFDx \uFFFD");
        assertThat(SvgPainter.escape(null)).isEmpty();
    }

    @Test
    void numbersAreShortAndLocaleFree() {
        assertThat(SvgPainter.n(12)).isEqualTo("12");
        assertThat(SvgPainter.n(-0.004)).isEqualTo("0");
        assertThat(SvgPainter.n(1.5)).isEqualTo("1.5");
        assertThat(SvgPainter.n(-2.05)).isEqualTo("-2.05");
        assertThat(SvgPainter.n(1234567.891)).isEqualTo("1234567.89");
        assertThat(SvgPainter.n(Double.NaN)).isEqualTo("0");
    }

    @Test
    void painterGroupsBalanceEvenWhenLeftOpen() throws Exception {
        SvgPainter p = new SvgPainter();
        p.clip(new Rect(0, 0, 10, 10));
        p.save();
        p.opacity(0.5);
        p.beginGroup("a", "button");
        p.rect(new Rect(0, 0, 5, 5), 2, Rgba.BLACK.withAlpha(128), Stroke.dashed(Rgba.WHITE, 1, 2, 2));
        parse("<svg xmlns=\"" + SVG_NS + "\">" + p.body() + "</svg>");
        p.endGroup();
        p.restore();
        p.restore(); // one too many: ignored
        parse("<svg xmlns=\"" + SVG_NS + "\">" + p.body() + "</svg>");
    }
}
