package dev.blueline.desktop.shell.actions;

import javafx.scene.Scene;
import javafx.scene.input.KeyCombination;

import java.util.Collection;
import java.util.EnumMap;
import java.util.Map;

/** The actions of one editor window, by command. */
public final class ActionSet {
    private final Map<Command, Action> actions = new EnumMap<>(Command.class);

    public Action add(Action a) {
        if (actions.putIfAbsent(a.command(), a) != null) throw new IllegalStateException("two actions for " + a.command());
        return a;
    }

    public Action get(Command c) {
        Action a = actions.get(c);
        if (a == null) throw new IllegalArgumentException("no action for " + c);
        return a;
    }

    public Collection<Action> all() {
        return actions.values();
    }

    /** Registers the extra keys of every command (the first key is the menu item's accelerator). */
    public void installAlternateKeys(Scene scene) {
        for (Action a : actions.values()) {
            for (KeyCombination k : a.command().alternateKeys()) scene.getAccelerators().put(k, a::run);
        }
    }
}
