package dev.blueline.desktop.editor.commands;

import dev.blueline.model.catalog.Catalog;
import dev.blueline.model.catalog.ControlType;
import dev.blueline.model.document.Document;
import dev.blueline.model.document.Kind;
import dev.blueline.model.document.Props;
import dev.blueline.model.geometry.Geometry;
import dev.blueline.model.geometry.Rect;
import dev.blueline.model.ops.Put;
import dev.blueline.model.sync.InMemoryPendingStore;
import dev.blueline.model.sync.SyncClient;
import dev.blueline.model.sync.SyncListener;
import dev.blueline.server.ai.Draft;
import dev.blueline.server.ai.DraftElement;
import dev.blueline.server.ai.DraftRequest;
import dev.blueline.server.ai.ScreenDrafter;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DraftScreenTest {
    private final Docs d = new Docs().screen("home", "Home").element("b", "button", "home", null, 10, 10, 120, 40);

    /** A login screen as a drafter would answer it: a card holding the form. */
    private static Draft login() {
        return new Draft("Login", List.of(
                new DraftElement("title", "heading", 40, 40, 400, 48, "Welcome back", null),
                new DraftElement("card", "panel", 520, 200, 400, 420, "Sign in", null),
                new DraftElement("email-label", "label", 24, 60, 352, 20, "Email", "card"),
                new DraftElement("email", "text-input", 24, 84, 352, 40, "you@example.com", "card"),
                new DraftElement("password-label", "label", 24, 140, 352, 20, "Password", "card"),
                new DraftElement("password", "password", 24, 164, 352, 40, "", "card"),
                new DraftElement("remember", "checkbox", 24, 220, 200, 24, "[ ] Remember me", "card"),
                new DraftElement("go", "button", 24, 270, 352, 44, "Sign in", "card"),
                new DraftElement("forgot", "link", 24, 330, 200, 24, "Forgot password?", "card")),
                Draft.Source.OFFLINE, "No HuggingFace token is set");
    }

    private static Supplier<String> ids(String prefix) {
        AtomicInteger n = new AtomicInteger();
        return () -> prefix + n.incrementAndGet();
    }

    @Test
    void aLoginDraftIsOneValidChangeWithANewScreenAfterTheLastAndItsElementsInDraftOrder() {
        Draft draft = login();
        List<Put> ops = DraftScreen.ops(d.doc(), draft, 1440, 900, "desktop", "drafted", ids("e"));
        d.apply(ops); // the host's validator, all at once

        Document doc = d.doc();
        assertThat(ops).hasSize(1 + draft.elements().size());
        assertThat(doc.screens()).containsExactly("home", "drafted");
        assertThat(doc.text("drafted", Props.NAME)).isEqualTo("Login");
        assertThat(doc.number("drafted", Props.W)).isEqualTo(1440);
        assertThat(doc.number("drafted", Props.H)).isEqualTo(900);
        assertThat(doc.text("drafted", Props.DEVICE)).isEqualTo("desktop");

        // top level: heading behind the card; inside the card: the form top to bottom in draft order
        List<String> top = doc.children("drafted", null);
        assertThat(top.stream().map(id -> doc.text(id, Props.TYPE))).containsExactly("heading", "panel");
        String card = top.get(1);
        assertThat(doc.children("drafted", card).stream().map(id -> doc.text(id, Props.TYPE)))
                .containsExactly("label", "text-input", "label", "password", "checkbox", "button", "link");
        // positions stay relative to the container; texts come through, empty ones are left out
        String email = doc.children("drafted", card).get(1);
        assertThat(Geometry.bounds(doc, email)).isEqualTo(new Rect(544, 284, 352, 40));
        assertThat(doc.text(email, Props.TEXT)).isEqualTo("you@example.com");
        assertThat(ops.stream().filter(p -> p.set().containsKey(Props.TYPE) && "password".equals(p.set().get(Props.TYPE).asText())).findFirst().orElseThrow().set())
                .doesNotContainKey(Props.TEXT);
        // the screen that was there is untouched
        assertThat(ops).noneMatch(p -> p.id().equals("home") || p.id().equals("b"));
    }

    @Test
    void everyCatalogTypeAndNestedContainersPassTheValidatorWithFreshUniqueIds() {
        List<DraftElement> elements = new ArrayList<>();
        // containers nested four deep: window > panel > tabs > group, then one of every control inside the group
        elements.add(new DraftElement("window", "browser-window", 0, 0, 1400, 880, "https://example.com", null));
        elements.add(new DraftElement("panel", "panel", 20, 40, 1300, 800, "Card", "window"));
        elements.add(new DraftElement("tabs", "tabs", 10, 30, 1260, 740, "*One*, Two", "panel"));
        elements.add(new DraftElement("group", "group", 10, 40, 1200, 680, "", "tabs"));
        int i = 0;
        for (ControlType t : Catalog.all()) {
            if (t.id().equals(Catalog.COMPONENT)) continue; // needs a component of the project: never drafted
            String parent = i % 3 == 0 ? null : i % 3 == 1 ? "group" : "panel";
            elements.add(new DraftElement("k" + i, t.id(), (i % 10) * 100, (i / 10) * 100, t.defaultWidth() / 4, t.defaultHeight() / 4,
                    t.defaultText(), parent));
            // each container also holds a child of its own
            if (t.container()) elements.add(new DraftElement("k" + i + "-child", "label", 4, 4, 60, 20, "Inside", "k" + i));
            i++;
        }
        Draft draft = new Draft("Everything", elements, Draft.Source.AI, "");
        List<Put> ops = DraftScreen.ops(d.doc(), draft, 390, 844, "phone", "all", Placement::newId);
        d.apply(ops);

        Document doc = d.doc();
        List<String> created = ops.stream().skip(1).map(Put::id).toList();
        assertThat(new HashSet<>(created)).hasSize(elements.size()).doesNotContain("all", "home", "b");
        assertThat(created).allMatch(id -> doc.is(id, Kind.ELEMENT) && doc.isLive(id) && "all".equals(doc.text(id, Props.SCREEN)));
        Map<String, String> idOf = new HashMap<>();
        for (int k = 0; k < elements.size(); k++) idOf.put(elements.get(k).key(), created.get(k));
        for (DraftElement e : elements) {
            String id = idOf.get(e.key());
            assertThat(doc.text(id, Props.TYPE)).isEqualTo(e.type());
            assertThat(doc.text(id, Props.PARENT)).as(e.key()).isEqualTo(e.parent() == null ? null : idOf.get(e.parent()));
        }
        // every type of the catalog but the component is on the screen
        assertThat(created.stream().map(id -> doc.text(id, Props.TYPE)).distinct().count()).isEqualTo(Catalog.all().size() - 1);
        // siblings stack in draft order
        List<String> inGroup = doc.children("all", idOf.get("group"));
        assertThat(inGroup).isEqualTo(elements.stream().filter(e -> "group".equals(e.parent())).map(e -> idOf.get(e.key())).toList());
        assertThat(doc.text("all", Props.DEVICE)).isEqualTo("phone");
    }

    /** What the real drafting service makes offline, for many kinds of screen and every preset size, goes in whole. */
    @Test
    void offlineDraftsOfTheRealServicePassTheValidator() {
        List<String> sentences = List.of("a login screen with email and password", "sign up with name, email, password and terms",
                "a dashboard with a sidebar, four stat cards and a sales chart", "settings with profile fields and notification toggles",
                "checkout with cart summary and payment", "a chat with conversations", "a list of orders with search",
                "a landing page with pricing plans", "a contact form", "something nobody planned for");
        double[][] sizes = {{1440, 900}, {768, 1024}, {390, 844}, {100, 100}};
        try (ScreenDrafter drafter = new ScreenDrafter(null)) {
            int n = 0;
            for (String sentence : sentences) {
                for (double[] size : sizes) {
                    Draft draft = drafter.draft(new DraftRequest(sentence, size[0], size[1]));
                    assertThat(draft.elements()).as(sentence).isNotEmpty();
                    String screen = "drafted" + n++;
                    List<Put> ops = DraftScreen.ops(d.doc(), draft, size[0], size[1], null, screen, Placement::newId);
                    d.apply(ops);
                    assertThat(d.doc().children(screen, null)).as(sentence).isNotEmpty();
                }
            }
        }
    }

    @Test
    void withoutAPresetThereIsNoDeviceAndANameInUseGetsANumber() {
        d.apply(DraftScreen.ops(d.doc(), login(), 1000, 700, null, "first", ids("a")));
        d.apply(DraftScreen.ops(d.doc(), login(), 1000, 700, null, "second", ids("b")));
        assertThat(d.doc().get("first", Props.DEVICE).isNull()).isTrue();
        assertThat(d.doc().text("first", Props.NAME)).isEqualTo("Login");
        assertThat(d.doc().text("second", Props.NAME)).isEqualTo("Login 2");
        assertThat(d.doc().screens()).containsExactly("home", "first", "second");
        assertThat(DraftScreen.uniqueName(d.doc(), "  ")).isEqualTo(DraftScreen.FALLBACK_NAME);
        assertThat(DraftScreen.uniqueName(d.doc(), "x".repeat(500))).hasSize(Props.MAX_NAME_LENGTH);
    }

    @Test
    void oneUndoRemovesTheScreenAndEverythingOnIt() {
        SyncClient sync = new SyncClient(new InMemoryPendingStore("me"), new SyncListener() { });
        List<Put> ops = DraftScreen.ops(sync.visible(), login(), 390, 844, "phone", "drafted", Placement::newId);
        assertThat(sync.submit(ops, false)).isInstanceOf(SyncClient.Submitted.Queued.class);
        assertThat(sync.visible().children("drafted", null)).hasSize(2);
        sync.undo();
        assertThat(sync.visible().screens()).isEmpty();
        assertThat(ops.stream().skip(1).map(Put::id)).noneMatch(sync.visible()::isLive);
    }

    @Test
    void aDraftThatBreaksItsContractIsRefusedWithTheReason() {
        assertThatThrownBy(() -> ops(new DraftElement("a", "hologram", 0, 0, 10, 10, null, null)))
                .hasMessageContaining("\"hologram\"");
        assertThatThrownBy(() -> ops(new DraftElement("a", "label", 0, 0, 10, 10, null, "card")))
                .hasMessageContaining("not listed before it");
        assertThatThrownBy(() -> ops(new DraftElement("a", "button", 0, 0, 10, 10, null, null),
                new DraftElement("b", "label", 0, 0, 10, 10, null, "a")))
                .hasMessageContaining("cannot hold other elements");
        assertThatThrownBy(() -> ops(new DraftElement("a", "label", 0, 0, 10, 10, null, null),
                new DraftElement("a", "label", 0, 0, 10, 10, null, null)))
                .hasMessageContaining("share the key a");
        assertThatThrownBy(() -> ops(new DraftElement("a", Catalog.COMPONENT, 0, 0, 10, 10, null, null)))
                .hasMessageContaining("component");
        assertThatThrownBy(() -> ops(new DraftElement("a", "label", Double.NaN, 0, 10, 10, null, null)))
                .hasMessageContaining("x = NaN");
        List<DraftElement> many = new ArrayList<>();
        for (int k = 0; k < 1000; k++) many.add(new DraftElement("k" + k, "label", 0, 0, 10, 10, null, null));
        assertThatThrownBy(() -> DraftScreen.ops(d.doc(), new Draft("Big", many, Draft.Source.AI, ""), 1440, 900, null, "s2", Placement::newId))
                .hasMessageContaining("at most 999");
    }

    private List<Put> ops(DraftElement... elements) {
        return DraftScreen.ops(d.doc(), new Draft("Bad", List.of(elements), Draft.Source.AI, ""), 1440, 900, null, "s2", ids("x"));
    }
}
