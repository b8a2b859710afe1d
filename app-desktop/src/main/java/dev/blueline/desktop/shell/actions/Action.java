package dev.blueline.desktop.shell.actions;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.value.ObservableBooleanValue;
import javafx.scene.control.Button;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * One thing the user can do, shown as a menu item and maybe a toolbar button. Its shortcut comes
 * from its {@link Command}; a toggle action is bound to a boolean property both ways.
 */
public final class Action {
    private final Command command;
    private final Ikon icon;
    private final Runnable run;
    private final BooleanProperty toggle;
    private final BooleanProperty disabled = new SimpleBooleanProperty(false);

    private Action(Command command, Ikon icon, Runnable run, BooleanProperty toggle) {
        this.command = command;
        this.icon = icon;
        this.run = run;
        this.toggle = toggle;
    }

    public static Action of(Command command, Ikon icon, Runnable run) {
        return new Action(command, icon, run, null);
    }

    /** An on/off action (a check menu item and a toggle button) bound to {@code value}. */
    public static Action toggle(Command command, Ikon icon, BooleanProperty value) {
        return new Action(command, icon, () -> value.set(!value.get()), value);
    }

    public Command command() {
        return command;
    }

    /** Runs it, unless it is disabled. */
    public void run() {
        if (!disabled.get()) run.run();
    }

    /** Disabled while {@code condition} holds. */
    public Action disabledWhen(ObservableBooleanValue condition) {
        disabled.bind(condition);
        return this;
    }

    public BooleanProperty disabledProperty() {
        return disabled;
    }

    public MenuItem menuItem() {
        MenuItem item;
        if (toggle != null) {
            CheckMenuItem check = new CheckMenuItem(command.label());
            check.selectedProperty().bindBidirectional(toggle);
            item = check;
        } else {
            item = new MenuItem(command.label());
            item.setOnAction(e -> run());
        }
        item.setMnemonicParsing(false);
        item.setId("menu-" + id());
        item.setAccelerator(command.accelerator());
        item.disableProperty().bind(disabled);
        if (icon != null && toggle == null) item.setGraphic(new FontIcon(icon));
        return item;
    }

    /** A toolbar button with the icon, the label as tooltip (with the shortcut). */
    public javafx.scene.control.ButtonBase button() {
        javafx.scene.control.ButtonBase b;
        if (toggle != null) {
            ToggleButton t = new ToggleButton();
            t.selectedProperty().bindBidirectional(toggle);
            b = t;
        } else {
            Button plain = new Button();
            plain.setOnAction(e -> run());
            b = plain;
        }
        b.setGraphic(icon == null ? null : new FontIcon(icon));
        if (icon == null) b.setText(command.label());
        b.setId("tool-" + id());
        b.setFocusTraversable(false);
        String tip = command.label() + (command.accelerator() == null ? "" : "  (" + command.accelerator().getDisplayText() + ")");
        b.setTooltip(new Tooltip(tip));
        b.disableProperty().bind(disabled);
        return b;
    }

    private String id() {
        return command.name().toLowerCase().replace('_', '-');
    }
}
