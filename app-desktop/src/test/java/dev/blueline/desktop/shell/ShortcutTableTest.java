package dev.blueline.desktop.shell;

import dev.blueline.desktop.shell.actions.Command;
import dev.blueline.desktop.shell.help.ShortcutsWindow;
import dev.blueline.desktop.shell.templates.Templates;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCombination;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** The menus, the window's accelerators and Help ▸ Keyboard shortcuts all come from one table and agree. */
class ShortcutTableTest {
    static AppHarness app;
    static EditorWindow w;

    @BeforeAll
    static void start() throws Exception {
        app = AppHarness.start();
        w = app.create("Keys", Templates.blank());
    }

    @AfterAll
    static void stop() throws Exception {
        if (app != null) app.close();
    }

    @Test
    void everyMenuAcceleratorIsInTheTableAndEveryTableKeyIsAMenuAcceleratorOrAWindowAccelerator() throws Exception {
        List<MenuItem> items = app.fx(() -> AppHarness.allItems(w));
        Set<KeyCombination> menuKeys = items.stream().map(MenuItem::getAccelerator).filter(Objects::nonNull).collect(Collectors.toSet());
        Set<KeyCombination> primary = new HashSet<>();
        Set<KeyCombination> alternate = new HashSet<>();
        for (Command c : Command.values()) {
            if (c.accelerator() != null) primary.add(c.accelerator());
            alternate.addAll(c.alternateKeys());
        }
        assertThat(menuKeys).isEqualTo(primary);
        Set<KeyCombination> windowKeys = app.fx(() -> Set.copyOf(w.stage().getScene().getAccelerators().keySet()));
        assertThat(windowKeys).containsAll(alternate);
        // no key does two things
        List<KeyCombination> all = new java.util.ArrayList<>();
        for (Command c : Command.values()) all.addAll(c.keys());
        assertThat(all).doesNotHaveDuplicates();
    }

    @Test
    void eachMenuItemWithAShortcutShowsItsCommandsFirstKey() throws Exception {
        for (Command c : Command.values()) {
            if (List.of("Insert").contains(c.menu())) continue;
            MenuItem item = app.fx(() -> AppHarness.menuItem(w, c));
            assertThat(item.getAccelerator()).as(c.name()).isEqualTo(c.accelerator());
            assertThat(item.getText()).as(c.name()).isEqualTo(c.label());
        }
    }

    @Test
    void theHelpWindowListsEveryShortcut() throws Exception {
        app.fire(w, Command.SHORTCUTS);
        app.await("the shortcuts window", () -> app.robot.lookup("#shortcuts-table").tryQuery().isPresent());
        TableView<?> table = app.robot.lookup("#shortcuts-table").queryAs(TableView.class);
        List<ShortcutsWindow.Row> rows = ShortcutsWindow.rows();
        assertThat(app.fx(() -> table.getItems().size())).isEqualTo(rows.size());
        Set<String> listed = rows.stream().map(ShortcutsWindow.Row::keys).collect(Collectors.toSet());
        for (Command c : Command.values()) {
            if (c.keys().isEmpty()) continue;
            String keys = c.keys().stream().map(KeyCombination::getDisplayText).collect(Collectors.joining("  or  "));
            assertThat(listed).as(c.name()).contains(keys);
        }
        assertThat(rows.stream().map(ShortcutsWindow.Row::what)).contains("Undo", "Redo", "Zoom in", "Group", "Preview mode");
    }
}
