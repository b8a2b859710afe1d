package dev.blueline.desktop.together;

import javafx.beans.binding.Bindings;
import javafx.scene.Node;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;

import java.util.function.Supplier;

/**
 * The tabs under the inspector: the palette, the people here, and the chat. The chat tab counts the
 * messages not read yet ("Chat (2)"); opening it reads them. The people and chat panels are made
 * when their tab is first opened: a window opens sooner without them, and their state lives in
 * {@link Together} anyway. Node id {@code side-tabs}; tabs {@code tab-palette}, {@code tab-people},
 * {@code tab-chat}.
 */
public final class SideTabs extends TabPane {
    private final Tab palette;
    private final Tab people;
    private final Tab chat;

    public SideTabs(Node palettePanel, Supplier<PeoplePanel> peoplePanel, Supplier<ChatPanel> chatPanel, Together together) {
        setId("side-tabs");
        setTabClosingPolicy(TabClosingPolicy.UNAVAILABLE);
        palette = tab("tab-palette", "Palette", palettePanel);
        people = lazyTab("tab-people", "People", peoplePanel);
        chat = lazyTab("tab-chat", "Chat", chatPanel);
        people.textProperty().bind(Bindings.size(together.people()).map(n -> "People (" + (n.intValue() + 1) + ")"));
        chat.textProperty().bind(together.unreadProperty().map(n -> n.intValue() == 0 ? "Chat" : "Chat (" + n + ")"));
        together.chatShownProperty().bind(chat.selectedProperty());
        getTabs().addAll(palette, people, chat);
    }

    public Tab paletteTab() {
        return palette;
    }

    public Tab peopleTab() {
        return people;
    }

    public Tab chatTab() {
        return chat;
    }

    /** A tab whose content is made the first time it is selected. */
    private static Tab lazyTab(String id, String text, Supplier<? extends Node> content) {
        Tab t = tab(id, text, null);
        t.selectedProperty().addListener((o, was, selected) -> {
            if (selected && t.getContent() == null) t.setContent(content.get());
        });
        return t;
    }

    private static Tab tab(String id, String text, Node content) {
        Tab t = new Tab(text, content);
        t.setId(id);
        return t;
    }
}
