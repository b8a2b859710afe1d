package dev.blueline.model.export;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.blueline.model.document.Document;
import dev.blueline.model.document.Props;
import dev.blueline.model.document.Value;
import dev.blueline.model.export.checks.Chromium;
import dev.blueline.model.export.checks.NodeTools;
import dev.blueline.model.geometry.Geometry;
import dev.blueline.model.geometry.Rect;
import dev.blueline.model.ops.Ops;
import dev.blueline.model.testing.Fixtures;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The React export as a developer gets it: written to disk, type-checked by tsc (strict),
 * bundled by esbuild, and opened in Chromium screen by screen ({@code #/<slug>}) at each screen's
 * size, where every element must sit where the wireframe has it, within 2 px.
 */
class ReactExportBuildTest {
    private static final double TOLERANCE = 2;
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String HOSTILE_NAME = "Every control */ </title></script> {'x'} \\ \"q\" ${x}";
    private static final String HOSTILE_TEXT = "</script>{alert(1)} & 'q' \"d\" \\ ${x} <!-- -->";

    private static Document doc;
    private static ExportDocument export;
    private static List<ExportFile> files;
    private static Path index;
    private static Chromium chromium;

    @BeforeAll
    static void exportAndBuild(@TempDir Path work) throws IOException {
        doc = ExportFixtures.project();
        // a navigation bar on the login screen that leads to the dashboard
        Ops.apply(doc, Fixtures.element("l-nav", "nav-bar", ExportFixtures.LOGIN, 0, 0));
        doc.set("l-nav", Props.W, Value.of(1440));
        doc.set("l-nav", Props.H, Value.of(56));
        doc.set("l-nav", Props.TEXT, Value.of("Acme | *Log in* | Dashboard"));
        doc.set("l-nav", Props.LINK, Value.of(ExportFixtures.DASHBOARD));
        // names and text that must stay text in TypeScript, JSX, HTML and comments
        doc.set(ExportFixtures.EVERY, Props.NAME, Value.of(HOSTILE_NAME));
        Ops.apply(doc, Fixtures.element("l-hostile", "label", ExportFixtures.LOGIN, 40, 820));
        doc.set("l-hostile", Props.W, Value.of(600));
        doc.set("l-hostile", Props.H, Value.of(24));
        doc.set("l-hostile", Props.TEXT, Value.of(HOSTILE_TEXT));
        export = ExportDocument.of(doc);

        long start = System.nanoTime();
        files = CodeExporter.project(doc, CodeFormat.REACT);
        long exported = System.nanoTime();
        Path project = write(files, work.resolve("export"));
        index = NodeTools.buildReact(project, work.resolve("build"));
        long built = System.nanoTime();
        chromium = Chromium.find();
        System.out.printf("React export: %d files in %d ms; tsc + esbuild %d ms%n", files.size(),
                (exported - start) / 1_000_000, (built - exported) / 1_000_000);
    }

    @Test
    void theProjectHasTheFilesViteExpects() throws IOException {
        Map<String, String> byPath = byPath(files);
        List<String> expected = new ArrayList<>(List.of("README.md", "index.html", "package.json", "tsconfig.json",
                "src/main.tsx", "src/css.d.ts", "src/App.tsx", "src/blueline.css"));
        for (ExportScreen s : export.pages()) expected.add("src/screens/" + s.typeName() + ".tsx");
        expected.add("src/components/SiteHeader.tsx");
        assertThat(byPath.keySet()).containsExactlyElementsOf(expected);

        JsonNode pkg = JSON.readTree(byPath.get("package.json"));
        assertThat(pkg.get("name").asText()).isEqualTo("blueline-export");
        assertThat(pkg.get("private").asBoolean()).isTrue();
        assertThat(pkg.get("dependencies").properties()).extracting(Map.Entry::getKey).containsExactly("react", "react-dom");
        assertThat(pkg.get("devDependencies").properties()).extracting(Map.Entry::getKey)
                .containsExactly("@types/react", "@types/react-dom", "typescript", "vite");
        assertThat(pkg.get("scripts").get("dev").asText()).isEqualTo("vite");
        assertThat(pkg.get("scripts").get("build").asText()).contains("tsc", "vite build");

        JsonNode ts = JSON.readTree(byPath.get("tsconfig.json")).get("compilerOptions");
        assertThat(ts.get("strict").asBoolean()).isTrue();
        assertThat(ts.get("jsx").asText()).isEqualTo("react-jsx");
        assertThat(ts.get("noEmit").asBoolean()).isTrue();
        assertThat(ts.get("moduleResolution").asText()).isEqualTo("bundler");

        assertThat(byPath.get("index.html")).contains("<div id=\"root\"></div>",
                "<script type=\"module\" src=\"/src/main.tsx\"></script>");
        assertThat(byPath.get("src/main.tsx")).contains("import './blueline.css';",
                "createRoot(document.getElementById('root')!).render(");
        assertThat(byPath.get("src/blueline.css")).isEqualTo(Stylesheet.css());
        assertThat(byPath.get("README.md")).contains("npm install && npm run dev", "`#/log-in`");

        String login = byPath.get("src/screens/LogInScreen.tsx");
        assertThat(login).startsWith("/** Screen \"Log in\", 1440 \u00D7 900, exported from Blueline. */\n"
                + "export default function LogInScreen() {\n  return (\n    <main");
        assertThat(login).as("links are hash routes").contains("href=\"#/dashboard\"");
        assertThat(login).as("hostile text stays text")
                .contains("&lt;/script&gt;{'{'}alert(1){'}'} &amp; 'q' \"d\" \\ $" + "{'{'}x{'}'} &lt;!-- --&gt;");
        assertThat(byPath.get("src/App.tsx")).contains("title: 'Every control */ </title></script> {\\'x\\'} \\\\ \"q\" ${x}'");
        assertThat(byPath.get("src/screens/DashboardScreen.tsx")).startsWith("import SiteHeader from '../components/SiteHeader';\n")
                .contains("<SiteHeader />");
        System.out.println(login);

        assertThat(CodeExporter.project(doc, CodeFormat.REACT)).as("byte for byte the same every time").isEqualTo(files);
    }

    @Test
    void theRouterShowsEachScreenAtItsAddressAndTheFirstByDefault() {
        String app = byPath(files).get("src/App.tsx");
        for (ExportScreen s : export.pages()) {
            assertThat(app).contains("{ slug: '" + s.slug() + "', title: ", ", Screen: " + s.typeName() + " }");
        }
        Chromium.Page page = chromium.render(index, null, 1440, 900);
        assertThat(page.boxes().getFirst().id()).as("no address: the first screen").isEqualTo(export.pages().getFirst().id());
    }

    @Test
    void everyElementOfEveryScreenSitsWhereTheWireframeHasIt() {
        List<String> problems = new ArrayList<>();
        for (ExportScreen s : export.pages()) {
            long start = System.nanoTime();
            int w = (int) Math.ceil(s.width()), h = (int) Math.ceil(s.height());
            Chromium.Page page = chromium.render(index, "#/" + s.slug(), w, h);
            List<String> consoleErrors = page.console().stream()
                    .filter(l -> !l.contains("Download the React DevTools")).toList();
            if (!consoleErrors.isEmpty()) problems.add(s.slug() + ": console says " + consoleErrors);

            Map<String, List<Rect>> expected = new LinkedHashMap<>();
            expected.computeIfAbsent(s.id(), k -> new ArrayList<>()).add(new Rect(0, 0, s.width(), s.height()));
            expect(s.layout(), 0, 0, 1, 1, true, expected);
            Map<String, List<Chromium.Box>> actual = new LinkedHashMap<>();
            for (Chromium.Box b : page.boxes()) actual.computeIfAbsent(b.id(), k -> new ArrayList<>()).add(b);

            assertThat(actual.keySet()).as("the elements of %s", s.slug()).containsExactlyInAnyOrderElementsOf(expected.keySet());
            int checked = 0;
            for (Map.Entry<String, List<Rect>> e : expected.entrySet()) {
                List<Rect> want = new ArrayList<>(e.getValue());
                List<Chromium.Box> got = new ArrayList<>(actual.get(e.getKey()));
                assertThat(got).as("how often %s shows on %s", e.getKey(), s.slug()).hasSameSizeAs(want);
                want.sort(Comparator.comparingDouble(Rect::y).thenComparingDouble(Rect::x));
                got.sort(Comparator.comparingDouble(Chromium.Box::y).thenComparingDouble(Chromium.Box::x));
                for (int i = 0; i < want.size(); i++) {
                    Rect r = want.get(i);
                    Chromium.Box b = got.get(i);
                    checked++;
                    if (Math.abs(b.x() - r.x()) > TOLERANCE || Math.abs(b.y() - r.y()) > TOLERANCE
                            || Math.abs(b.w() - r.w()) > TOLERANCE || Math.abs(b.h() - r.h()) > TOLERANCE) {
                        problems.add(String.format("%s / %s: wireframe %.1f,%.1f %.1f×%.1f, React %.1f,%.1f %.1f×%.1f",
                                s.slug(), e.getKey(), r.x(), r.y(), r.w(), r.h(), b.x(), b.y(), b.w(), b.h()));
                    }
                }
            }
            System.out.printf("React %s: %d boxes checked in %d ms%n", s.slug(), checked, (System.nanoTime() - start) / 1_000_000);
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void aScreenExportIsTheSameProjectWithOneScreenAndTheComponentsItUses(@TempDir Path work) throws IOException {
        List<ExportFile> one = CodeExporter.screen(doc, ExportFixtures.DASHBOARD, CodeFormat.REACT);
        assertThat(one).extracting(ExportFile::path).containsExactly("README.md", "index.html", "package.json",
                "tsconfig.json", "src/main.tsx", "src/css.d.ts", "src/App.tsx", "src/blueline.css", "src/screens/DashboardScreen.tsx",
                "src/components/SiteHeader.tsx");
        Path built = NodeTools.buildReact(write(one, work.resolve("export")), work.resolve("build"));
        Chromium.Page page = chromium.render(built, "#/settings", 1440, 900);
        assertThat(page.boxes().getFirst().id()).as("a link to a screen not exported opens the one there is")
                .isEqualTo(ExportFixtures.DASHBOARD);
        assertThat(page.box("d-orders").w()).isEqualTo(928);
    }

    /**
     * Where each element of {@code layout} belongs on the page: the wireframe's screen bounds, or
     * inside a component instance, the master's bounds scaled into the instance.
     */
    private static void expect(Layout layout, double ox, double oy, double sx, double sy, boolean onPage,
                               Map<String, List<Rect>> out) {
        ExportDocument.forEachElement(layout, e -> {
            Rect g = Geometry.bounds(doc, e.id());
            Rect at = onPage ? g : new Rect(ox + g.x() * sx, oy + g.y() * sy, g.w() * sx, g.h() * sy);
            out.computeIfAbsent(e.id(), k -> new ArrayList<>()).add(at);
            e.master().ifPresent(m -> {
                ExportScreen master = export.screen(m);
                expect(master.layout(), at.x(), at.y(), at.w() / master.width(), at.h() / master.height(), false, out);
            });
        });
    }

    private static Path write(List<ExportFile> files, Path dir) throws IOException {
        for (ExportFile f : files) {
            Path p = dir.resolve(f.path());
            Files.createDirectories(p.getParent());
            Files.writeString(p, f.content());
        }
        return dir;
    }

    private static Map<String, String> byPath(List<ExportFile> files) {
        Map<String, String> out = new LinkedHashMap<>();
        for (ExportFile f : files) out.put(f.path(), f.content());
        return out;
    }
}
