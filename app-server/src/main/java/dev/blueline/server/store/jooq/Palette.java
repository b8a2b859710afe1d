package dev.blueline.server.store.jooq;

import java.util.Collection;
import java.util.List;

/** Presence colours: twelve hues that stay distinct from each other and readable on white and under white text. */
final class Palette {
    static final List<String> COLORS = List.of(
            "#2563eb", // blue
            "#ea580c", // orange
            "#16a34a", // green
            "#dc2626", // red
            "#9333ea", // purple
            "#db2777", // pink
            "#0d9488", // teal
            "#ca8a04", // amber
            "#4f46e5", // indigo
            "#92400e", // brown
            "#65a30d", // lime
            "#475569"  // slate
    );

    private Palette() {
    }

    /** The first colour nobody in the project has; once all are taken, the least used one. */
    static String pick(Collection<String> taken) {
        String best = COLORS.getFirst();
        long bestUses = Long.MAX_VALUE;
        for (String c : COLORS) {
            long uses = taken.stream().filter(c::equalsIgnoreCase).count();
            if (uses < bestUses) {
                best = c;
                bestUses = uses;
            }
        }
        return best;
    }
}
