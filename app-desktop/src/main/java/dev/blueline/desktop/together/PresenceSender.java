package dev.blueline.desktop.together;

import dev.blueline.desktop.canvas.CanvasView;
import dev.blueline.desktop.editor.Editor;
import dev.blueline.model.geometry.Rect;
import dev.blueline.model.protocol.ClientMessage;
import dev.blueline.model.protocol.Point;
import dev.blueline.model.protocol.Viewport;
import javafx.animation.PauseTransition;
import javafx.scene.input.MouseEvent;
import javafx.util.Duration;

import java.util.List;
import java.util.Objects;
import java.util.function.Predicate;

/**
 * Tells the host where this user is: the screen shown, the mouse on it, the selection and the
 * visible area. Sends at most {@link #PER_SECOND} updates a second and only when something moved;
 * sends again after a reconnect (the host forgets presence with the connection). With "hide my
 * cursor" on, the cursor is left out (the rest stays: others still see the screen and selection).
 */
public final class PresenceSender {
    static final int PER_SECOND = 20;
    private static final Duration GAP = Duration.millis(1000.0 / PER_SECOND);

    private final Editor editor;
    private final CanvasView canvas;
    private final Together together;
    private final Predicate<ClientMessage> send;
    private final PauseTransition wait = new PauseTransition(GAP);
    /** Where the mouse is over the canvas, in view pixels, or null when it is elsewhere. */
    private javafx.geometry.Point2D mouse;
    private ClientMessage.PresenceUpdate lastSent;
    private boolean waiting;

    /** {@code send} hands a message to the session and says whether it went out (false while offline). */
    public PresenceSender(Editor editor, CanvasView canvas, Together together, Predicate<ClientMessage> send) {
        this.editor = editor;
        this.canvas = canvas;
        this.together = together;
        this.send = send;
        wait.setOnFinished(e -> {
            waiting = false;
            sendIfMoved();
        });
        canvas.addEventFilter(MouseEvent.MOUSE_MOVED, this::mouseAt);
        canvas.addEventFilter(MouseEvent.MOUSE_DRAGGED, this::mouseAt);
        canvas.addEventFilter(MouseEvent.MOUSE_EXITED, e -> {
            mouse = null;
            moved();
        });
        editor.screenProperty().addListener(o -> moved());
        editor.selection().addListener((javafx.collections.ListChangeListener<String>) c -> moved());
        editor.viewport().zoomProperty().addListener(o -> moved());
        editor.viewport().originXProperty().addListener(o -> moved());
        editor.viewport().originYProperty().addListener(o -> moved());
        canvas.widthProperty().addListener(o -> moved());
        canvas.heightProperty().addListener(o -> moved());
        together.hideCursorProperty().addListener(o -> moved());
    }

    /** Connected (again): the host knows nothing of this user's presence yet. */
    public void online() {
        lastSent = null;
        moved();
    }

    /** What this user's presence is now. */
    public ClientMessage.PresenceUpdate current() {
        Rect v = editor.viewport().visible(canvas.getWidth(), canvas.getHeight());
        Point shownCursor = together.hideCursorProperty().get() || editor.screen() == null || mouse == null ? null : onScreen(mouse);
        return new ClientMessage.PresenceUpdate(editor.screen(), shownCursor, List.copyOf(editor.selection()),
                new Viewport(v.x(), v.y(), v.w(), v.h()), null);
    }

    private void mouseAt(MouseEvent e) {
        mouse = new javafx.geometry.Point2D(e.getX(), e.getY());
        moved();
    }

    /** The screen point under the mouse now: a pan or zoom moves it even when the mouse stays still. */
    private Point onScreen(javafx.geometry.Point2D m) {
        var v = editor.viewport();
        return new Point(Math.round(v.toScreenX(m.getX()) * 10) / 10.0, Math.round(v.toScreenY(m.getY()) * 10) / 10.0);
    }

    private void moved() {
        if (waiting) return;
        sendIfMoved();
    }

    private void sendIfMoved() {
        ClientMessage.PresenceUpdate now = current();
        if (Objects.equals(now, lastSent)) return;
        if (send.test(now)) {
            lastSent = now;
            waiting = true;
            wait.playFromStart();
        }
    }
}
