package dev.blueline.server.ai;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** A short screen name from a designer's sentence: "a login screen with email and password" is "Login". */
final class ScreenTitle {
    static final int MAX_LENGTH = 40;
    private static final Set<String> FILLER = Set.of("a", "an", "the", "my", "our", "some", "screen", "page", "view",
            "please", "show", "make", "create", "draft", "design", "build", "me", "simple", "basic");
    private static final Set<String> SCREEN_WORDS = Set.of("screen", "page", "view");
    /** where the description of the screen's contents starts */
    private static final Set<String> STOP = Set.of("with", "that", "which", "where", "showing", "containing", "including",
            "having", "for", "to", "using");

    private ScreenTitle() {
    }

    static String from(String prompt) {
        List<String> kept = new ArrayList<>();
        for (String word : prompt.strip().split("[\\s,.;:!?]+")) {
            String w = word.toLowerCase(Locale.ROOT);
            if (STOP.contains(w) && !kept.isEmpty()) break;
            boolean filler = kept.isEmpty() ? FILLER.contains(w) : SCREEN_WORDS.contains(w); // "a picture of a cat" keeps its inner "a"
            if (!filler && !STOP.contains(w) && !w.isEmpty()) kept.add(word);
        }
        String title = String.join(" ", kept).replaceAll("\\p{Cntrl}", "").strip();
        if (title.length() > MAX_LENGTH) {
            int cut = title.lastIndexOf(' ', MAX_LENGTH);
            title = title.substring(0, cut > 0 ? cut : MAX_LENGTH);
        }
        if (title.isEmpty()) return "Draft";
        return Character.toUpperCase(title.charAt(0)) + title.substring(1);
    }
}
