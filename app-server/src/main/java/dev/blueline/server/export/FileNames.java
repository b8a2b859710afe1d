package dev.blueline.server.export;

import java.text.Normalizer;
import java.util.Locale;

/** File names made from screen names: safe in any file system and in a {@code Content-Disposition} header. */
public final class FileNames {
    static final int MAX_LENGTH = 60;
    static final String FALLBACK = "screen";

    private FileNames() {
    }

    /**
     * {@code "Sign in (v2)"} → {@code "sign-in-v2"}: lowercase ASCII letters and digits, every run of
     * anything else one dash, accents dropped ({@code Café} → {@code cafe}); {@code screen} when
     * nothing is left.
     */
    public static String slug(String name) {
        if (name == null) return FALLBACK;
        String plain = Normalizer.normalize(name, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "").toLowerCase(Locale.ROOT);
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < plain.length() && out.length() < MAX_LENGTH; i++) {
            char c = plain.charAt(i);
            if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) out.append(c);
            else if (!out.isEmpty() && out.charAt(out.length() - 1) != '-') out.append('-');
        }
        while (!out.isEmpty() && out.charAt(out.length() - 1) == '-') out.setLength(out.length() - 1);
        return out.isEmpty() ? FALLBACK : out.toString();
    }
}
