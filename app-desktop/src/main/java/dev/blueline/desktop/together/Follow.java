package dev.blueline.desktop.together;

import dev.blueline.desktop.canvas.CanvasView;
import dev.blueline.desktop.editor.Editor;
import dev.blueline.model.geometry.Rect;
import dev.blueline.model.protocol.HostMessage.PeerPresence;
import dev.blueline.model.protocol.Viewport;
import javafx.collections.ListChangeListener;

/**
 * Follow mode: while following someone, this view shows their screen and what they see of it,
 * as they move. Moving the view yourself (pan, zoom, another screen) stops following, the way a
 * designer expects from the tools they know.
 */
public final class Follow {
    private final Editor editor;
    private final CanvasView canvas;
    private final Together together;
    /** True while this class moves the view, so the move is not taken for the user's. */
    private boolean applying;

    public Follow(Editor editor, CanvasView canvas, Together together) {
        this.editor = editor;
        this.canvas = canvas;
        this.together = together;
        together.followingProperty().addListener((o, was, now) -> {
            if (now == null) {
                if (was != null) editor.tell("Stopped following");
                return;
            }
            PeerPresence p = together.person(now);
            if (p != null) editor.tell("Following " + p.name() + " — move the view to stop");
            apply();
        });
        together.people().addListener((ListChangeListener<PeerPresence>) c -> apply());
        editor.viewport().zoomProperty().addListener(o -> userMoved());
        editor.viewport().originXProperty().addListener(o -> userMoved());
        editor.viewport().originYProperty().addListener(o -> userMoved());
        editor.screenProperty().addListener(o -> userMoved());
    }

    /** Shows what the followed person sees. */
    private void apply() {
        String id = together.followingProperty().get();
        PeerPresence p = id == null ? null : together.person(id);
        if (p == null || p.screen() == null || !editor.doc().isLive(p.screen())) return;
        applying = true;
        try {
            editor.showScreen(p.screen());
            Viewport seen = p.viewport();
            if (seen != null && seen.w() > 0 && seen.h() > 0) {
                editor.viewport().fit(new Rect(seen.x(), seen.y(), seen.w(), seen.h()), canvas.getWidth(), canvas.getHeight(), 0);
            }
        } finally {
            applying = false;
        }
    }

    private void userMoved() {
        if (!applying && together.followingProperty().get() != null) together.followingProperty().set(null);
    }
}
