package dev.blueline.desktop.testing;

import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;

import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;

/**
 * Shows a panel alone in TestFX's primary stage (a real window on the Headless platform) so a
 * robot can click, type and drag in it.
 */
public final class PanelStage {
    private PanelStage() {
    }

    /** Builds the panel on the FX thread, shows it at this size, and returns it. */
    public static <T extends Parent> T show(Supplier<T> panel, double width, double height) {
        Fx.startToolkit();
        Stage stage;
        try {
            stage = FxToolkit.registerPrimaryStage();
        } catch (TimeoutException e) {
            throw new IllegalStateException(e);
        }
        T root = Fx.call(() -> {
            T p = panel.get();
            stage.setScene(new Scene(p, width, height));
            stage.show();
            stage.toFront();
            return p;
        });
        Fx.settle();
        return root;
    }

    /** A robot that drives the primary stage. */
    public static FxRobot robot() {
        return new FxRobot();
    }
}
