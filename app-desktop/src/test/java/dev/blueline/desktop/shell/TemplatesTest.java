package dev.blueline.desktop.shell;

import dev.blueline.desktop.shell.templates.Template;
import dev.blueline.desktop.shell.templates.Templates;
import dev.blueline.model.document.Document;
import dev.blueline.model.document.Props;
import dev.blueline.model.ops.ChangeValidator;
import dev.blueline.model.ops.Put;
import javafx.scene.control.TextField;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Templates are valid documents, and projects made from them open with their controls. */
class TemplatesTest {
    static AppHarness app;

    @BeforeAll
    static void start() throws Exception {
        app = AppHarness.start();
    }

    @AfterAll
    static void stop() throws Exception {
        if (app != null) app.close();
    }

    @Test
    void everyTemplateIsOneValidChangeWithARealisticScreen() {
        assertThat(Templates.all()).extracting(Template::name).contains("Login", "Dashboard", "Settings", "Checkout", "Mobile app");
        for (Template t : Templates.all()) {
            Document doc = new Document();
            assertThat(new ChangeValidator().apply(doc, t.ops())).as(t.name()).isNull();
            assertThat(doc.screens()).as(t.name()).isNotEmpty();
            List<String> types = AppHarness.elementTypes(doc);
            assertThat(types).as(t.name()).hasSizeGreaterThanOrEqualTo(10);
            assertThat(types.stream().distinct().count()).as(t.name()).isGreaterThanOrEqualTo(6);
            for (String id : doc.ids()) {
                if (doc.is(id, dev.blueline.model.document.Kind.ELEMENT)) {
                    String screen = doc.text(id, Props.SCREEN);
                    var b = dev.blueline.model.geometry.Geometry.bounds(doc, id);
                    assertThat(b.right()).as(t.name() + " " + doc.text(id, Props.TYPE)).isLessThanOrEqualTo(doc.number(screen, Props.W));
                    assertThat(b.bottom()).as(t.name() + " " + doc.text(id, Props.TYPE)).isLessThanOrEqualTo(doc.number(screen, Props.H));
                }
            }
        }
        // fresh ids each time
        assertThat(Templates.all().getFirst().ops().getFirst().id()).isNotEqualTo(Templates.all().getFirst().ops().getFirst().id());
    }

    @Test
    void aTemplateChosenInTheBrowserOpensWithItsControls() throws Exception {
        app.robot.clickOn("#new-from-template");
        app.robot.clickOn("#template-login");
        app.awaitDialog("name-dialog");
        TextField name = app.robot.lookup("#name-field").queryAs(TextField.class);
        assertThat(app.fx(() -> name.getText())).isEqualTo("Login");
        app.robot.clickOn("#name-ok");
        EditorWindow w = app.awaitWindow("Login");
        assertThat(app.fx(() -> AppHarness.elementTypes(w.editor().doc()))).isEqualTo(expectedTypes(Templates.all().getFirst()));
        app.run(() -> w.close());
    }

    @Test
    void everyTemplateOpensWithItsControls() throws Exception {
        List<String> failures = new ArrayList<>();
        for (Template t : Templates.all()) {
            EditorWindow w = app.create("From " + t.name(), t);
            Document doc = app.fx(() -> w.editor().doc().copy());
            if (!AppHarness.elementTypes(doc).equals(expectedTypes(t))) failures.add(t.name());
            assertThat(doc.screens()).hasSize((int) t.ops().stream().filter(p -> "screen".equals(p.set().get(Props.KIND).asText())).count());
            assertThat(app.fx(() -> w.editor().screen())).isEqualTo(doc.screens().getFirst());
            app.run(() -> w.close());
        }
        assertThat(failures).isEmpty();
    }

    private static List<String> expectedTypes(Template t) {
        Document d = new Document();
        for (Put p : t.ops()) dev.blueline.model.ops.Ops.apply(d, p);
        return AppHarness.elementTypes(d);
    }
}
