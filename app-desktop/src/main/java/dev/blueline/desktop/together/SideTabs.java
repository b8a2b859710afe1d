package dev.blueline.desktop.together;

import javafx.beans.binding.Bindings;
import javafx.scene.Node;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;

/**
 * The tabs under the inspector: the palette, the people here, and the chat. The chat tab counts the
 * messages not read yet ("Chat (2)"); opening it reads them. Node id {@code side-tabs}; tabs
 * {@code tab-palette}, {@code tab-people}, {@code tab-chat}.
 */
public final class SideTabs extends TabPane {
    private final Tab palette;
    private final Tab people;
    private final Tab chat;

    public SideTabs(Node palettePanel, PeoplePanel peoplePanel, ChatPanel chatPanel, Together together) {
        setId("side-tabs");
        setTabClosingPolicy(TabClosingPolicy.UNAVAILABLE);
        palette = tab("tab-palette", "Palette", palettePanel);
        people = tab("tab-people", "People", peoplePanel);
        chat = tab("tab-chat", "Chat", chatPanel);
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

    private static Tab tab(String id, String text, Node content) {
        Tab t = new Tab(text, content);
        t.setId(id);
        return t;
    }
}
