package dev.blueline.desktop.editor;

import dev.blueline.desktop.testing.Fx;
import dev.blueline.desktop.testing.LiveEditor;
import dev.blueline.model.document.Props;
import dev.blueline.model.geometry.Rect;
import javafx.scene.input.ClipboardContent;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Cut, copy, paste and duplicate through the real system clipboard, against a real in-process host:
 * within a screen, between screens, and into another project.
 */
class ClipboardTest {
    private LiveEditor live;
    private String home;
    private String panel;
    private String button;

    @BeforeAll
    static void toolkit() {
        Fx.startToolkit();
    }

    @BeforeEach
    void open() {
        live = LiveEditor.open("Clipboard");
        home = live.addScreen("Home", 1440, 900);
        panel = live.place("panel", 100, 100, 300, 200);
        button = live.place("button", 140, 160);
        live.submit(List.of(dev.blueline.model.ops.Put.on(button).set(Props.TEXT, "Save").build()));
        assertThat(live.text(button, Props.PARENT)).as("the button is inside the panel").isEqualTo(panel);
    }

    @AfterEach
    void close() {
        live.close();
    }

    @Test
    void copyAndPasteOnTheSameScreenMakesAnEqualCopyStepped16PxEachTime() {
        live.run(e -> e.select(List.of(panel)));
        live.run(Clipboard::copy);
        assertThat(Fx.call(() -> javafx.scene.input.Clipboard.getSystemClipboard().getString())).isEqualTo("Card title\nSave");

        live.run(Clipboard::paste);
        Fx.settle();
        List<String> firstPaste = live.selection();
        assertThat(firstPaste).hasSize(1).doesNotContain(panel);
        String copy = firstPaste.getFirst();
        assertThat(live.bounds(copy)).isEqualTo(new Rect(116, 116, 300, 200));
        String copiedButton = childOf(copy);
        assertThat(live.text(copiedButton, Props.TEXT)).isEqualTo("Save");
        assertThat(live.bounds(copiedButton)).isEqualTo(offset(live.bounds(button), 16));

        live.run(Clipboard::paste);
        Fx.settle();
        assertThat(live.bounds(live.selection().getFirst())).isEqualTo(new Rect(132, 132, 300, 200));
        assertThat(live.elementsOn(home)).hasSize(6);
    }

    @Test
    void pasteOnAnotherScreenKeepsThePositionAndCutRemovesTheOriginal() {
        String settings = live.addScreen("Settings", 1440, 900);
        live.run(e -> e.select(List.of(panel)));
        live.run(Clipboard::cut);
        Fx.settle();
        assertThat(live.elementsOn(home)).isEmpty();

        live.run(e -> e.showScreen(settings));
        live.run(Clipboard::paste);
        Fx.settle();
        String pasted = live.selection().getFirst();
        assertThat(live.text(pasted, Props.SCREEN)).isEqualTo(settings);
        assertThat(live.bounds(pasted)).isEqualTo(new Rect(100, 100, 300, 200));
        assertThat(live.elementsOn(settings)).hasSize(2);

        live.run(Editor::undo);
        Fx.settle();
        assertThat(live.elementsOn(settings)).isEmpty();
    }

    @Test
    void elementsCopiedInOneProjectPasteIntoAnother() {
        live.run(e -> e.select(List.of(panel)));
        live.run(Clipboard::copy);
        try (LiveEditor other = LiveEditor.open("Other project")) {
            String screen = other.addScreen("Start", 390, 844);
            other.run(Clipboard::paste);
            Fx.settle();
            other.awaitSynced();
            assertThat(other.elementsOn(screen)).hasSize(2);
            long saves = other.doc(d -> d.ids().stream().filter(id -> "Save".equals(d.text(id, Props.TEXT))).count());
            assertThat(saves).isEqualTo(1);
        }
    }

    @Test
    void aComponentPastedIntoAnotherProjectBringsItsMasterOnceAndStaysLinked() {
        String master = dev.blueline.desktop.editor.commands.Placement.newId(), instance = dev.blueline.desktop.editor.commands.Placement.newId();
        live.submit(live.doc(d -> dev.blueline.desktop.editor.commands.Components.create(d, List.of(panel), "Card", master, instance,
                dev.blueline.desktop.editor.commands.Placement::newId)));
        live.run(e -> e.select(List.of(instance)));
        live.run(Clipboard::copy);
        try (LiveEditor other = LiveEditor.open("Other project")) {
            String screen = other.addScreen("Start", 1440, 900);
            other.run(Clipboard::paste);
            Fx.settle();
            other.run(Clipboard::paste);
            Fx.settle();
            other.awaitSynced();
            List<String> masters = other.doc(d -> dev.blueline.desktop.editor.commands.Components.masters(d));
            assertThat(masters).as("the master came along once").hasSize(1);
            String name = other.doc(d -> d.text(masters.getFirst(), Props.NAME));
            assertThat(name).isEqualTo("Card");
            List<String> copies = other.elementsOn(screen);
            assertThat(copies).hasSize(2).allSatisfy(id -> assertThat(other.text(id, Props.MASTER)).isEqualTo(masters.getFirst()));
            assertThat(other.elementsOn(masters.getFirst())).as("the master's panel and button").hasSize(2);
        }
        // pasted back into the first project, the copy uses the component already here
        live.run(Clipboard::paste);
        Fx.settle();
        List<String> masters = live.doc(d -> dev.blueline.desktop.editor.commands.Components.masters(d));
        assertThat(masters).containsExactly(master);
        assertThat(live.text(live.selection().getFirst(), Props.MASTER)).isEqualTo(master);
    }

    @Test
    void duplicateSelectsTheCopies() {
        live.run(e -> e.select(List.of(button)));
        live.run(Clipboard::duplicate);
        Fx.settle();
        String dup = live.selection().getFirst();
        assertThat(dup).isNotEqualTo(button);
        assertThat(live.text(dup, Props.PARENT)).isEqualTo(panel);
        assertThat(live.bounds(dup)).isEqualTo(offset(live.bounds(button), 16));
    }

    @Test
    void somethingElseOnTheClipboardIsRefusedClearlyAndChangesNothing() {
        Fx.run(() -> {
            ClipboardContent c = new ClipboardContent();
            c.put(Clipboard.ELEMENTS, "{\"type\":\"change\",\"clientSeq\":1,\"ops\":[{\"id\":\"x\",\"set\":{\"kind\":\"element\",\"type\":\"no-such-control\"}}]}");
            javafx.scene.input.Clipboard.getSystemClipboard().setContent(c);
        });
        live.run(Clipboard::paste);
        Fx.settle();
        assertThat(live.elementsOn(home)).hasSize(2);
        assertThat(live.status()).startsWith("Not possible");

        Fx.run(() -> {
            ClipboardContent c = new ClipboardContent();
            c.put(Clipboard.ELEMENTS, "{not json");
            javafx.scene.input.Clipboard.getSystemClipboard().setContent(c);
        });
        live.run(Clipboard::paste);
        Fx.settle();
        assertThat(live.elementsOn(home)).hasSize(2);
        assertThat(live.status()).contains("cannot paste");
    }

    private String childOf(String parent) {
        return live.doc(d -> d.ids().stream().filter(id -> parent.equals(d.text(id, Props.PARENT))).findFirst().orElseThrow());
    }

    private static Rect offset(Rect r, double d) {
        return new Rect(r.x() + d, r.y() + d, r.w(), r.h());
    }
}
