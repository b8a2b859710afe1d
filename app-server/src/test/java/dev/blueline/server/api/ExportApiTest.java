package dev.blueline.server.api;

import dev.blueline.model.document.Props;
import dev.blueline.model.document.Value;
import dev.blueline.model.geometry.Rect;
import dev.blueline.server.testing.Api;
import dev.blueline.server.testing.Ink;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import javax.imageio.ImageIO;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import static dev.blueline.model.testing.Fixtures.element;
import static dev.blueline.model.testing.Fixtures.set;
import static dev.blueline.server.api.ApiTesting.assertProblem;
import static dev.blueline.server.api.ApiTesting.detail;
import static dev.blueline.server.api.ApiTesting.email;
import static org.assertj.core.api.Assertions.assertThat;

/** {@code GET /wireframes/{id}/export}: a screen as PNG, SVG, PDF or zipped code, over real HTTP. */
class ExportApiTest extends SharedHostTest {
    /** Where the fixture's button is, in screen units (Fixtures make elements 120×40). */
    static final Rect SAVE = new Rect(40, 200, 120, 40);
    static final Rect EMPTY = new Rect(220, 20, 160, 160);


    String owner;
    String project;
    String screen;

    /** A 400×300 "Sign in" screen with an email field and a Save button, and nothing in its top right. */
    @BeforeEach
    void aScreen() {
        owner = api.token(email("olga"), "Olga");
        project = api.newProject(owner, "Shop");
        Api.Reply created = api.post("/api/v1/wireframes", owner, Map.of("projectId", project, "name", "Sign in", "width", 400, "height", 300));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        screen = created.json().get("id").asText();
        List<Object> ops = List.of(
                element("email", "text-input", screen, 40, 100),
                element("save", "button", screen, SAVE.x(), SAVE.y()),
                set("save", Props.TEXT, Value.of("Save")));
        Api.Reply changed = api.post("/api/v1/projects/" + project + "/changes", owner, Map.of("ops", ops));
        assertThat(changed.status()).as(changed.toString()).isEqualTo(200);
    }

    Api.Download export(String query, String token) {
        return api.download("/api/v1/wireframes/" + screen + "/export?" + query, token);
    }

    Api.Download ok(String query) {
        Api.Download d = export(query, owner);
        assertThat(d.status()).as(d.toString()).isEqualTo(200);
        return d;
    }

    @Test
    void svgIsWellFormedXmlWithAGroupPerElement() throws Exception {
        Api.Download d = ok("format=svg");
        assertThat(d.contentType()).startsWith("image/svg+xml");
        assertThat(d.header("Content-Disposition")).isEqualTo("attachment; filename=\"sign-in.svg\"");

        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        f.setNamespaceAware(true);
        Element svg = f.newDocumentBuilder().parse(new ByteArrayInputStream(d.body())).getDocumentElement();
        assertThat(svg.getLocalName()).isEqualTo("svg");
        assertThat(svg.getAttribute("width")).isEqualTo("400");
        assertThat(svg.getAttribute("height")).isEqualTo("300");
        List<String> ids = new ArrayList<>();
        NodeList groups = svg.getElementsByTagNameNS("http://www.w3.org/2000/svg", "g");
        for (int i = 0; i < groups.getLength(); i++) ids.add(((Element) groups.item(i)).getAttribute("id"));
        assertThat(ids).contains("email", "save");

        String sketch = new String(ok("format=svg&skin=sketch").body(), StandardCharsets.UTF_8);
        assertThat(sketch).as("the sketch skin draws differently").isNotEqualTo(new String(d.body(), StandardCharsets.UTF_8));
    }

    @Test
    void pngHasTheScreensSizeTimesTheScaleAndInkWhereTheButtonIs() throws Exception {
        Api.Download d = ok("format=png");
        assertThat(d.contentType()).isEqualTo("image/png");
        assertThat(d.header("Content-Disposition")).isEqualTo("attachment; filename=\"sign-in.png\"");
        BufferedImage one = ImageIO.read(new ByteArrayInputStream(d.body()));
        assertThat(one.getWidth()).isEqualTo(400);
        assertThat(one.getHeight()).isEqualTo(300);
        assertThat(Ink.in(one, SAVE, 1)).as("the button").isTrue();
        assertThat(Ink.in(one, EMPTY, 1)).as("nothing is there").isFalse();

        BufferedImage two = ImageIO.read(new ByteArrayInputStream(ok("format=png&scale=2").body()));
        assertThat(two.getWidth()).isEqualTo(800);
        assertThat(two.getHeight()).isEqualTo(600);
        assertThat(Ink.in(two, SAVE, 2)).as("the button at 2x").isTrue();
        assertThat(Ink.in(two, EMPTY, 2)).isFalse();
    }

    @Test
    void aPngOverFortyMegapixelsIsRefusedWithAnAlternative() {
        assertThat(api.patch("/api/v1/wireframes/" + screen, owner, Map.of("width", 100_000, "height", 1_000)).status()).isEqualTo(200);
        Api.Reply r = api.get("/api/v1/wireframes/" + screen + "/export?format=png", owner);
        assertThat(detail(r, 422, "image_too_large")).contains("100000\u00d71000", "svg or pdf");
        assertThat(api.get("/api/v1/wireframes/" + screen + "/export?format=svg", owner).status()).as("SVG has no such limit").isEqualTo(200);
    }

    @Test
    void pdfIsOnePageOfTheScreensSizeWithItsText() throws Exception {
        Api.Download d = ok("format=pdf");
        assertThat(d.contentType()).isEqualTo("application/pdf");
        assertThat(d.header("Content-Disposition")).isEqualTo("attachment; filename=\"sign-in.pdf\"");
        assertThat(new String(d.body(), 0, 4, StandardCharsets.US_ASCII)).isEqualTo("%PDF");
        try (PDDocument pdf = Loader.loadPDF(d.body())) {
            assertThat(pdf.getNumberOfPages()).isEqualTo(1);
            PDRectangle box = pdf.getPage(0).getMediaBox();
            assertThat(box.getWidth()).isEqualTo(400f);
            assertThat(box.getHeight()).isEqualTo(300f);
            assertThat(pdf.getDocumentInformation().getTitle()).isEqualTo("Sign in");
            assertThat(new PDFTextStripper().getText(pdf)).contains("Save");
        }
    }

    @Test
    void htmlIsAZipWithThePageCarryingTheElementIds() throws Exception {
        Api.Download d = ok("format=html");
        assertThat(d.contentType()).isEqualTo("application/zip");
        assertThat(d.header("Content-Disposition")).isEqualTo("attachment; filename=\"sign-in-html.zip\"");
        Map<String, String> files = unzip(d.body());
        String page = files.entrySet().stream().filter(e -> e.getKey().endsWith(".html")).map(Map.Entry::getValue).findFirst()
                .orElseThrow(() -> new AssertionError("no .html file in " + files.keySet()));
        assertThat(page).contains("data-id=\"save\"", "data-id=\"email\"");
        assertThat(ok("format=html").body()).as("the same screen gives the same bytes").isEqualTo(d.body());
    }

    @Test
    void theFormatIsRequiredAndTheOptionsAreChecked() {
        String path = "/api/v1/wireframes/" + screen + "/export";
        assertThat(detail(api.get(path, owner), 400, "bad_request")).contains("format", "html, react, fxml, png, svg, pdf");
        assertThat(detail(api.get(path + "?format=gif", owner), 400, "bad_request")).contains("gif", "html, react, fxml, png, svg, pdf");
        assertThat(detail(api.get(path + "?format=png&scale=5", owner), 400, "bad_request")).contains("scale", "1 to 4");
        assertThat(detail(api.get(path + "?format=png&scale=1.5", owner), 400, "bad_request")).contains("scale");
        assertThat(detail(api.get(path + "?format=svg&scale=2", owner), 400, "bad_request")).contains("scale only applies to format png");
        assertThat(detail(api.get(path + "?format=png&skin=neon", owner), 400, "bad_request")).contains("wireframe or sketch");
        assertThat(detail(api.get(path + "?format=html&skin=sketch", owner), 400, "bad_request")).contains("skin");
        assertThat(ok("format=PNG").contentType()).as("any case").isEqualTo("image/png");
    }

    @Test
    void aViewerMayExportAndEveryoneElseFindsNothing() {
        String viewer = api.joinAs(api.token(email("vi"), "Vi"), api.invite(owner, project, "viewer"));
        Api.Download d = export("format=png", viewer);
        assertThat(d.status()).as(d.toString()).isEqualTo(200);

        String stranger = api.token(email("eve"), "Eve");
        assertProblem(api.get("/api/v1/wireframes/" + screen + "/export?format=png", stranger), 404, "not_found");
        assertProblem(api.get("/api/v1/wireframes/" + screen + "/export?format=png", null), 401, "unauthorized");
    }

    @Test
    void unknownDeletedOrNonScreenIdsAreNotFound() {
        assertProblem(api.get("/api/v1/wireframes/no-such-screen/export?format=svg", owner), 404, "not_found");
        assertProblem(api.get("/api/v1/wireframes/save/export?format=svg", owner), 404, "not_found");
        assertThat(api.delete("/api/v1/wireframes/" + screen, owner).status()).isEqualTo(204);
        assertProblem(api.get("/api/v1/wireframes/" + screen + "/export?format=svg", owner), 404, "not_found");
    }

    /** Entry paths and texts, in zip order. */
    private static Map<String, String> unzip(byte[] zip) throws Exception {
        Map<String, String> out = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                out.put(e.getName(), new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        return out;
    }
}
