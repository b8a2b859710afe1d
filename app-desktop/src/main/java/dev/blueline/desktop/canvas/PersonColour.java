package dev.blueline.desktop.canvas;

import dev.blueline.model.protocol.HostMessage.PeerPresence;
import javafx.scene.paint.Color;

/** The colour the host gave a person, for their cursor, selection and place in the people list. */
public final class PersonColour {
    private PersonColour() {
    }

    /** Their colour, or grey when the host sent none or one this app cannot read. */
    public static Color of(PeerPresence p) {
        try {
            return p.color() == null ? Color.GRAY : Color.web(p.color());
        } catch (IllegalArgumentException e) {
            return Color.GRAY;
        }
    }
}
