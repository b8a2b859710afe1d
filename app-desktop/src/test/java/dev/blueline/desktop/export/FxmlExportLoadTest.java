package dev.blueline.desktop.export;

import dev.blueline.desktop.testing.Fx;
import dev.blueline.model.document.Document;
import dev.blueline.model.document.Kind;
import dev.blueline.model.document.Props;
import dev.blueline.model.export.CodeExporter;
import dev.blueline.model.export.CodeFormat;
import dev.blueline.model.export.ExportFile;
import dev.blueline.model.export.FxmlSamples;
import dev.blueline.model.geometry.Geometry;
import dev.blueline.model.geometry.Rect;
import dev.blueline.model.render.ScreenRenderer;
import javafx.geometry.Bounds;
import javafx.fxml.FXMLLoader;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.chart.XYChart;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Labeled;
import javafx.scene.control.Spinner;
import javafx.scene.control.TableView;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.TreeView;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The proof of the FXML export: the files load in JavaFX's own {@code FXMLLoader} without a
 * controller, and after CSS and layout every element's node sits exactly where the wireframe has
 * it (within 2 px: layout panes snap to whole pixels). The sample screen holds every catalog
 * control, rows (VBox/HBox), overlaps (Pane), containers with children and component instances.
 */
class FxmlExportLoadTest {
    private static final double TOLERANCE = 2;
    private static final Document doc = FxmlSamples.project();
    @TempDir
    static Path dir;
    /** The screen with every control, exported alone, loaded and laid out once for the tests that read it. */
    private static Map<String, Node> home;

    @BeforeAll
    static void loadTheScreenWithEveryControl() throws IOException {
        Fx.startToolkit();
        Path screen = write(dir.resolve("screen"), CodeExporter.screen(doc, FxmlSamples.HOME, CodeFormat.FXML));
        home = Fx.call(() -> byId(show(screen.resolve("EveryControlScreen.fxml"))));
    }

    @Test
    void everyElementLandsWhereTheWireframeHasIt() {
        List<String> wrong = Fx.call(() -> {
            List<String> off = new ArrayList<>();
            check(off, FxmlSamples.HOME, home.get(FxmlSamples.HOME), ScreenRenderer.size(doc, FxmlSamples.HOME));
            for (String id : elementsOf(FxmlSamples.HOME)) {
                Node node = home.get(id);
                if (node == null) off.add(id + ": no node");
                else check(off, id, node, Geometry.bounds(doc, id));
            }
            checkInstance(off, home.get("card-same"));
            checkInstance(off, home.get("card-big"));
            return off;
        });
        assertThat(wrong).as("nodes away from their wireframe bounds").isEmpty();
    }

    @Test
    void textValuesAndStatesArriveAsWritten() {
        Fx.run(() -> {
            assertThat(((Labeled) home.get("odd:id.text")).getText()).as("escaped for XML and FXML").isEqualTo(FxmlSamples.HOSTILE);
            assertThat(((ComboBox<?>) home.get("dropdown")).getValue()).isEqualTo("Germany");
            assertThat(((ComboBox<?>) home.get("dropdown")).getItems()).hasSize(4);
            assertThat(((CheckBox) home.get("bad-check")).isIndeterminate()).isTrue();
            assertThat(((ToggleButton) home.get("toggle")).isSelected()).isTrue();
            assertThat(((TableView<?>) home.get("data-grid")).getItems()).hasSize(2);
            assertThat(((Spinner<?>) home.get("number-stepper")).getValue()).isEqualTo(3.0);
            assertThat(((XYChart<?, ?>) home.get("bar-chart")).getData().getFirst().getData()).hasSize(4);
            assertThat(((TreeView<?>) home.get("tree")).getRoot().getChildren()).hasSize(2);
            assertThat(home.get("off-field").isDisabled()).isTrue();
            assertThat(home.get("faded-link").getOpacity()).isEqualTo(0.5);
            assertThat(home.get("styled-button").getStyleClass()).contains("bl-button", "bl-link");
            assertThat(home).doesNotContainKey("hidden-button");
        });
    }

    @Test
    void aProjectLoadsEveryFileAndItsLinksNameFilesThatExist() throws IOException {
        List<ExportFile> files = CodeExporter.project(doc, CodeFormat.FXML);
        Path project = write(dir.resolve("project"), files);
        for (ExportFile f : files) {
            if (!f.path().endsWith(".fxml")) continue;
            List<String> links = Fx.call(() -> {
                Parent root = show(project.resolve(f.path()));
                assertThat(root.getStyleClass()).as(f.path()).contains("bl-screen");
                assertThat(doc.is(root.getId(), Kind.SCREEN)).as(f.path() + " root id is its screen").isTrue();
                List<String> out = new ArrayList<>();
                byId(root).values().forEach(n -> {
                    if (n.getUserData() instanceof String target) out.add(target);
                });
                return out;
            });
            for (String target : links) assertThat(project.resolve(target)).as("link in " + f.path()).exists();
            if (f.path().equals("LoginScreen.fxml")) assertThat(links).contains("EveryControlScreen.fxml");
            if (f.path().equals("EveryControlScreen.fxml")) assertThat(links).contains("LoginScreen.fxml");
        }
    }

    /** Loads a file and lays it out in a scene of its screen's size, as a window would. */
    private static Parent show(Path file) throws Exception {
        Parent root = load(file.toUri().toURL());
        Rect size = ScreenRenderer.size(doc, root.getId());
        new Scene(root, size.w(), size.h());
        root.applyCss();
        root.layout();
        return root;
    }

    /** The master's elements inside an instance, moved and stretched as the canvas draws them. */
    private static void checkInstance(List<String> off, Node instance) {
        Rect box = Geometry.bounds(doc, instance.getId());
        double sx = box.w() / doc.number(FxmlSamples.CARD, Props.W), sy = box.h() / doc.number(FxmlSamples.CARD, Props.H);
        Map<String, Node> inside = byId((Parent) instance);
        for (String id : elementsOf(FxmlSamples.CARD)) {
            Rect m = Geometry.bounds(doc, id);
            Node node = inside.get(id);
            if (node == null) off.add(instance.getId() + "/" + id + ": no node");
            else check(off, instance.getId() + "/" + id, node, new Rect(box.x() + m.x() * sx, box.y() + m.y() * sy, m.w() * sx, m.h() * sy));
        }
    }

    private static void check(List<String> off, String what, Node node, Rect want) {
        Bounds got = node.localToScene(node.getLayoutBounds());
        if (Math.abs(got.getMinX() - want.x()) > TOLERANCE || Math.abs(got.getMinY() - want.y()) > TOLERANCE
                || Math.abs(got.getWidth() - want.w()) > TOLERANCE || Math.abs(got.getHeight() - want.h()) > TOLERANCE) {
            off.add(String.format("%s (%s): at %.1f,%.1f %.1fx%.1f, wireframe %.1f,%.1f %.1fx%.1f", what, node.getClass().getSimpleName(),
                    got.getMinX(), got.getMinY(), got.getWidth(), got.getHeight(), want.x(), want.y(), want.w(), want.h()));
        }
    }

    /** The shown elements of a screen: live, and neither they nor a container around them hidden. */
    private static List<String> elementsOf(String screen) {
        List<String> out = new ArrayList<>();
        for (String id : doc.ids()) {
            if (doc.is(id, Kind.ELEMENT) && doc.isLive(id) && screen.equals(doc.text(id, Props.SCREEN)) && shown(id)) out.add(id);
        }
        return out;
    }

    private static boolean shown(String id) {
        for (String at = id; at != null; at = doc.text(at, Props.PARENT)) {
            if (doc.flag(at, Props.HIDDEN)) return false;
        }
        return true;
    }

    /**
     * Element nodes by id (those with a {@code bl-} style class: control skins name some of their
     * own parts {@code arrow} or {@code list-view}), the first in scene order winning.
     */
    private static Map<String, Node> byId(Parent root) {
        Map<String, Node> out = new LinkedHashMap<>();
        List<Node> todo = new ArrayList<>(List.of(root));
        while (!todo.isEmpty()) {
            Node n = todo.removeFirst();
            if (n.getId() != null && n.getStyleClass().stream().anyMatch(c -> c.startsWith("bl-"))) out.putIfAbsent(n.getId(), n);
            if (n instanceof Parent p) todo.addAll(p.getChildrenUnmodifiable());
        }
        return out;
    }

    private static Path write(Path into, List<ExportFile> files) throws IOException {
        Files.createDirectories(into);
        for (ExportFile f : files) Files.write(into.resolve(f.path()), f.bytes());
        return into;
    }

    private static Parent load(URL url) throws IOException {
        return FXMLLoader.load(url);
    }
}
