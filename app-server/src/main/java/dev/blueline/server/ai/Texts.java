package dev.blueline.server.ai;

/** Text from outside (a model, a sentence) made fit for the document. */
final class Texts {
    private Texts() {
    }

    /** Line breaks kept, other control characters removed, cut at {@code max} characters without splitting a surrogate pair. */
    static String clean(String text, int max) {
        String t = text.replace("\r\n", "\n").replace('\r', '\n').replaceAll("[\\p{Cntrl}&&[^\n\t]]", "");
        if (t.length() <= max) return t;
        int end = Character.isHighSurrogate(t.charAt(max - 1)) ? max - 1 : max;
        return t.substring(0, end);
    }
}
