package dev.blueline.model.export;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Set;

/** File and type names made from what designers call their screens. */
final class Names {
    private static final Set<String> RESERVED = Set.of("App", "React", "Fragment", "Object", "String", "Main", "Index");

    private Names() {
    }

    /** {@code "Sign in / Step 2"} → {@code "sign-in-step-2"}; never empty. */
    static String slug(String name, String fallback) {
        String ascii = Normalizer.normalize(name == null ? "" : name, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        String s = ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        if (s.length() > 60) s = s.substring(0, 60).replaceAll("-+$", "");
        return s.isEmpty() ? fallback : s;
    }

    /** {@code "sign in form"} → {@code "SignInForm"}: a valid type name in TypeScript and Java. */
    static String typeName(String name, String suffix) {
        StringBuilder out = new StringBuilder();
        for (String word : slug(name, "").split("-")) {
            if (word.isEmpty()) continue;
            out.append(Character.toUpperCase(word.charAt(0))).append(word, 1, word.length());
        }
        if (out.isEmpty() || !Character.isLetter(out.charAt(0))) out.insert(0, "Screen");
        String base = out.toString().endsWith(suffix) ? out.toString() : out + suffix;
        return RESERVED.contains(base) ? base + "View" : base;
    }

    /** {@code base}, or {@code base2}, {@code base3}… whichever {@code taken} does not hold yet; records it. */
    static String unique(String base, Set<String> taken, String separator) {
        String candidate = base;
        for (int n = 2; !taken.add(candidate.toLowerCase(Locale.ROOT)); n++) candidate = base + separator + n;
        return candidate;
    }
}
