package dev.blueline.desktop.shell;

import dev.blueline.desktop.shell.actions.Command;
import dev.blueline.desktop.shell.templates.Templates;
import dev.blueline.model.document.Document;
import dev.blueline.model.document.Kind;
import dev.blueline.model.document.Props;
import dev.blueline.server.ai.Draft;
import dev.blueline.server.ai.DraftRequest;
import dev.blueline.server.ai.ScreenDrafter;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * AI ▸ Draft a screen…, driven through the real app. Drafts come from the real drafting service
 * without a token (offline), whatever the machine's environment holds.
 */
class AiDraftDialogTest {
    static AppHarness app;
    static EditorWindow w;
    /** What the drafter was asked, newest last. */
    static final List<DraftRequest> asked = new CopyOnWriteArrayList<>();
    /** The real drafting service without a token, as the app makes it when none is set (the machine may have one). */
    static final ScreenDrafter offline = new ScreenDrafter(null);

    @BeforeAll
    static void start() throws Exception {
        app = AppHarness.start();
        w = app.create("Drafts", Templates.blank());
    }

    @AfterAll
    static void stop() throws Exception {
        offline.close();
        if (app != null) app.close();
    }

    @AfterEach
    void closeDraftWindow() throws Exception {
        app.closeDialogs();
        app.run(() -> AiDraftDialog.showing(w).ifPresent(d -> d.stage().close()));
        app.run(() -> w.shell().drafting().use(null));
        asked.clear();
    }

    /** Drafts offline, noting what was asked. */
    static Draft offlineDraft(DraftRequest r) {
        asked.add(r);
        return offline.draft(r);
    }

    @Test
    void theAiMenuSitsBetweenSessionAndExportAndSaysWhetherATokenIsSet() throws Exception {
        List<String> menus = app.fx(() -> w.menuBar().getMenus().stream().map(Menu::getText).toList());
        assertThat(menus.indexOf("AI")).isEqualTo(menus.indexOf("Session") + 1).isEqualTo(menus.indexOf("Export") - 1);
        MenuItem status = app.fx(() -> AppHarness.allItems(w).stream().filter(i -> "menu-ai-status".equals(i.getId())).findFirst().orElseThrow());
        assertThat(app.fx(status::isDisable)).isTrue();
        String line = app.fx(status::getText);
        assertThat(line).isIn("No HuggingFace token: drafts are made offline", "HuggingFace token set (HF_TOKEN)",
                "HuggingFace token set (HUGGINGFACE_API_TOKEN)");
        for (String variable : AiDrafting.TOKEN_VARIABLES) {
            String token = System.getenv(variable);
            if (token != null && !token.isBlank()) assertThat(line).doesNotContain(token.strip());
        }
        app.fire(w, Command.AI_ABOUT);
        var about = app.awaitDialog("info-dialog");
        assertThat(app.fx(about::getContentText)).contains("HF_TOKEN").contains("Undo");
    }

    @Test
    void theStatusSaysWhereTheDraftCameFrom() {
        Draft worded = new Draft("Login", List.of(), Draft.Source.OFFLINE, "Drafted offline: HuggingFace did not answer");
        assertThat(AiDraftDialog.outcome("Login", worded)).isEqualTo("Drafted offline: HuggingFace did not answer");
        Draft bare = new Draft("Login", List.of(), Draft.Source.OFFLINE, "No HuggingFace token is set");
        assertThat(AiDraftDialog.outcome("Login", bare)).isEqualTo("Drafted “Login” offline: no HuggingFace token is set");
        Draft ai = new Draft("Login", List.of(), Draft.Source.AI, "");
        assertThat(AiDraftDialog.outcome("Login 2", ai)).isEqualTo("Drafted “Login 2” with HuggingFace");
        Draft repaired = new Draft("Login", List.of(), Draft.Source.AI, "Left out 1 element Blueline has no control for");
        assertThat(AiDraftDialog.outcome("Login", repaired))
                .isEqualTo("Drafted “Login” with HuggingFace (left out 1 element Blueline has no control for)");
    }

    @Test
    void theTokenComesFromHfTokenThenHuggingfaceApiToken() {
        AiDrafting none = new AiDrafting(Map.of("HF_TOKEN", "  ")::get);
        assertThat(none.hasToken()).isFalse();
        assertThat(none.tokenVariable()).isNull();
        AiDrafting second = new AiDrafting(Map.of("HUGGINGFACE_API_TOKEN", "hf_b")::get);
        assertThat(second.tokenVariable()).isEqualTo("HUGGINGFACE_API_TOKEN");
        AiDrafting first = new AiDrafting(Map.of("HF_TOKEN", "hf_a", "HUGGINGFACE_API_TOKEN", "hf_b")::get);
        assertThat(first.tokenVariable()).isEqualTo("HF_TOKEN");
    }

    @Test
    void aSentenceBecomesANewScreenThatOneUndoRemoves() throws Exception {
        app.run(() -> w.shell().drafting().use(AiDraftDialogTest::offlineDraft));
        Document before = app.fx(() -> w.editor().doc().copy());
        String home = before.screens().getFirst();

        AiDraftDialog d = open();
        TextArea prompt = node(d, "#ai-draft-prompt");
        app.robot.clickOn(prompt).write("a login screen with email and password");
        app.robot.clickOn(this.<Button>node(d, "#ai-draft-go"));
        app.await("the draft is on a new screen", () -> w.editor().doc().screens().size() == 2 && AiDraftDialog.showing(w).isEmpty());

        // asked at the size of the screen on the canvas
        assertThat(asked).singleElement().satisfies(r -> {
            assertThat(r.prompt()).isEqualTo("a login screen with email and password");
            assertThat(r.width()).isEqualTo(1440);
            assertThat(r.height()).isEqualTo(900);
        });
        Document doc = app.fx(() -> w.editor().doc().copy());
        String drafted = doc.screens().getLast();
        assertThat(app.fx(w.editor()::screen)).isEqualTo(drafted);
        assertThat(doc.text(drafted, Props.NAME)).containsIgnoringCase("login");
        assertThat(doc.text(drafted, Props.DEVICE)).isEqualTo("desktop");
        List<String> onIt = elementsOn(doc, drafted);
        assertThat(onIt.stream().map(id -> doc.text(id, Props.TYPE))).contains("text-input", "password", "button");
        assertThat(app.fx(() -> w.editor().statusProperty().get())).startsWith("Drafted offline: no HuggingFace token");
        // one change: everything arrived together
        app.await("the host has the draft", () -> w.session().sync().pending().isEmpty());

        app.fire(w, Command.UNDO);
        app.await("undo removes the screen", () -> w.editor().doc().screens().size() == 1);
        Document undone = app.fx(() -> w.editor().doc().copy());
        assertThat(onIt).noneMatch(undone::isLive);
        assertThat(app.fx(w.editor()::screen)).isEqualTo(home);
        assertThat(elementsOn(undone, home)).isEqualTo(elementsOn(before, home));
    }

    @Test
    void anEmptyOrTooLongSentenceIsExplainedInTheWindowAndCreatesNothing() throws Exception {
        app.run(() -> w.shell().drafting().use(AiDraftDialogTest::offlineDraft));
        int objects = app.fx(() -> w.editor().doc().size());
        app.run(() -> w.canvas().requestFocus());
        app.robot.push(KeyCode.CONTROL, KeyCode.ALT, KeyCode.D);
        app.await("the shortcut opens the draft window", () -> AiDraftDialog.showing(w).isPresent());
        AiDraftDialog d = app.fx(() -> AiDraftDialog.showing(w).orElseThrow());
        Button go = node(d, "#ai-draft-go");
        app.robot.clickOn(go);
        assertThat(app.fx(d::message)).isEqualTo("Describe the screen to draft.");
        app.run(() -> this.<TextArea>node(d, "#ai-draft-prompt").setText("x".repeat(DraftRequest.MAX_PROMPT_LENGTH + 1)));
        app.robot.clickOn(go);
        assertThat(app.fx(d::message)).contains("longer than 2000 characters");
        assertThat(app.fx(d::isDrafting)).isFalse();
        assertThat(asked).isEmpty();
        assertThat(app.fx(() -> w.editor().doc().size())).isEqualTo(objects);
        assertThat(app.fx(() -> d.stage().isShowing())).isTrue();

        // an example fills the sentence in
        app.robot.clickOn(this.<Hyperlink>node(d, "#ai-draft-example-1"));
        assertThat(app.fx(() -> this.<TextArea>node(d, "#ai-draft-prompt").getText())).isEqualTo(AiDraftDialog.EXAMPLES.get(1));
    }

    @Test
    void cancellingADraftOnItsWayLeavesTheProjectUnchanged() throws Exception {
        CountDownLatch release = new CountDownLatch(1), answered = new CountDownLatch(1);
        Function<DraftRequest, Draft> slow = r -> {
            try {
                release.await(AppHarness.TIMEOUT_S, TimeUnit.SECONDS);
                return offlineDraft(r);
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            } finally {
                answered.countDown();
            }
        };
        app.run(() -> w.shell().drafting().use(slow));
        Document before = app.fx(() -> w.editor().doc().copy());
        AiDraftDialog d = open();
        app.run(() -> this.<TextArea>node(d, "#ai-draft-prompt").setText("a login screen with email and password"));
        app.robot.clickOn(this.<Button>node(d, "#ai-draft-go"));
        app.await("it is drafting", d::isDrafting);
        assertThat(app.fx(() -> node(d, "#ai-draft-progress").isVisible())).isTrue();
        assertThat(app.fx(() -> node(d, "#ai-draft-go").isDisabled())).isTrue();

        app.robot.clickOn(this.<Button>node(d, "#ai-draft-cancel"));
        assertThat(app.fx(d::isDrafting)).isFalse();
        release.countDown();
        assertThat(answered.await(AppHarness.TIMEOUT_S, TimeUnit.SECONDS)).isTrue();
        // the drafting thread hands the answer to the FX thread as it ends; await() then lets the FX thread run it
        app.await("the drafting thread is done", () -> Thread.getAllStackTraces().keySet().stream()
                .noneMatch(t -> t.getName().equals("ai-draft") && t.isAlive()));

        assertThat(app.fx(() -> w.editor().doc().copy())).isEqualTo(before);
        assertThat(app.fx(d::message)).startsWith("Cancelled");
        assertThat(app.fx(() -> node(d, "#ai-draft-go").isDisabled())).isFalse();
        // idle, Cancel closes the window
        app.robot.clickOn(this.<Button>node(d, "#ai-draft-cancel"));
        app.await("the window closes", () -> AiDraftDialog.showing(w).isEmpty());
    }

    private static List<String> elementsOn(Document doc, String screen) {
        return doc.ids().stream().filter(id -> doc.is(id, Kind.ELEMENT) && doc.isLive(id) && screen.equals(doc.text(id, Props.SCREEN)))
                .sorted().toList();
    }

    private AiDraftDialog open() throws Exception {
        app.fire(w, Command.AI_DRAFT);
        app.await("the draft window is shown", () -> AiDraftDialog.showing(w).isPresent());
        return app.fx(() -> AiDraftDialog.showing(w).orElseThrow());
    }

    private <T extends Node> T node(AiDraftDialog d, String id) {
        return app.robot.from(d.stage().getScene().getRoot()).lookup(id).query();
    }
}
