package dev.blueline.desktop.together;

import java.time.Instant;

/**
 * One line of the chat panel: a message someone sent ({@code id} set, kept by the host) or a notice
 * this app shows (someone joined or left, the host stopped; no id, not kept).
 */
public record ChatLine(String id, String name, String text, Instant at, boolean mine) {
    public static ChatLine notice(String text) {
        return new ChatLine(null, null, text, Instant.now(), false);
    }

    public boolean isNotice() {
        return id == null;
    }
}
