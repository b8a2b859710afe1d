package dev.blueline.server.ai;

import java.util.Objects;

/**
 * What a designer asks for: a sentence ("a login screen with email, password and a forgot
 * password link") and the size of the screen to draft.
 */
public record DraftRequest(String prompt, double width, double height) {
    public static final int MAX_PROMPT_LENGTH = 2_000;

    public DraftRequest {
        Objects.requireNonNull(prompt, "prompt");
        prompt = prompt.strip();
        if (prompt.isEmpty()) throw new IllegalArgumentException("describe the screen to draft");
        if (prompt.length() > MAX_PROMPT_LENGTH) {
            throw new IllegalArgumentException("the description is longer than " + MAX_PROMPT_LENGTH + " characters");
        }
        if (!(width >= 100 && width <= 10_000 && height >= 100 && height <= 10_000)) {
            throw new IllegalArgumentException("the screen must be between 100 and 10,000 points on each side");
        }
    }
}
