package dev.blueline.desktop.shell;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import javafx.application.Application;
import javafx.application.ColorScheme;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.scene.Scene;

import java.util.Objects;

/**
 * The AtlantaFX Primer theme, light or dark as the operating system prefers, switching live when
 * that preference changes. Our own few styles (rulers, status bar, browser) sit on top of it.
 */
public final class Theme {
    private static final String APP_CSS = Objects.requireNonNull(Theme.class.getResource("blueline.css")).toExternalForm();
    private static final ReadOnlyBooleanWrapper DARK = new ReadOnlyBooleanWrapper(false);
    private static boolean installed;

    private Theme() {
    }

    /** Applies the theme now and follows the OS preference from then on. FX thread, once per app. */
    public static void install() {
        if (installed) return;
        installed = true;
        var prefs = Platform.getPreferences();
        apply(prefs.getColorScheme());
        prefs.colorSchemeProperty().addListener((o, was, now) -> apply(now));
    }

    /** True while the dark variant is shown; canvases that paint their own chrome listen to it. */
    public static ReadOnlyBooleanProperty darkProperty() {
        return DARK.getReadOnlyProperty();
    }

    public static boolean isDark() {
        return DARK.get();
    }

    /** Adds the app's own stylesheet to a scene. */
    public static Scene style(Scene scene) {
        if (!scene.getStylesheets().contains(APP_CSS)) scene.getStylesheets().add(APP_CSS);
        return scene;
    }

    static void apply(ColorScheme scheme) {
        boolean dark = scheme == ColorScheme.DARK;
        Application.setUserAgentStylesheet(dark ? new PrimerDark().getUserAgentStylesheet() : new PrimerLight().getUserAgentStylesheet());
        DARK.set(dark);
    }
}
