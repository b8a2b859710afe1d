package dev.blueline.server.ai;

import java.util.List;

/**
 * A drafted screen, ready to become one change: valid catalog types, sizes inside the screen,
 * containers before their children.
 *
 * @param source where it came from; OFFLINE when the local generator made it
 * @param notice what the designer should know, e.g. why the offline generator was used; empty when nothing
 */
public record Draft(String screenName, List<DraftElement> elements, Source source, String notice) {
    public Draft {
        elements = List.copyOf(elements);
    }

    public enum Source { AI, OFFLINE }
}
