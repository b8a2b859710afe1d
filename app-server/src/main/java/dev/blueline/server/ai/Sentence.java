package dev.blueline.server.ai;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** What a designer's sentence asks for, read by keywords: the form fields it names, the buttons and links it names. */
final class Sentence {
    /** A form field: the control, the label above it and the text inside it. */
    record Field(String type, String label, String text) {
    }

    private record Rule(Pattern pattern, Field field) {
    }

    private static final List<Rule> FIELDS = List.of(
            rule("user ?name", "text-input", "Username", "ada.lovelace"),
            rule("full name", "text-input", "Full name", "Ada Lovelace"),
            rule("first name", "text-input", "First name", "Ada"),
            rule("last name|surname", "text-input", "Last name", "Lovelace"),
            rule("(?<!company |user |first |last |full |screen |file |project )name", "text-input", "Name", "Ada Lovelace"),
            rule("e-?mail", "text-input", "Email", "you@example.com"),
            rule("password", "password", "Password", "\u2022\u2022\u2022\u2022\u2022\u2022\u2022\u2022"),
            rule("confirm(ed)? password|repeat password|password again", "password", "Confirm password", "\u2022\u2022\u2022\u2022\u2022\u2022\u2022\u2022"),
            rule("phone( number)?|mobile|telephone", "text-input", "Phone", "+1 555 0100"),
            rule("date of birth|birth ?date|birthday|dob", "date-picker", "Date of birth", "1990-12-10"),
            rule("(?<!birth |of birth )date(?! of birth)", "date-picker", "Date", "2026-11-28"),
            rule("(?<!e-?mail |web )address", "text-input", "Address", "12 Market Street"),
            rule("city|town", "text-input", "City", "Springfield"),
            rule("zip( code)?|post ?code|postal code", "text-input", "Postcode", "10115"),
            rule("country", "dropdown", "Country", "*Germany*, France, Italy, Spain"),
            rule("company|organi[sz]ation", "text-input", "Company", "Acme Inc."),
            rule("website|url", "text-input", "Website", "https://example.com"),
            rule("message|comments?|notes|feedback", "text-area", "Message", "Write a message\u2026"),
            rule("description", "text-area", "Description", "Describe it in a few words\u2026"),
            rule("remember me", "checkbox", "", "[ ] Remember me"),
            rule("terms|agree", "checkbox", "", "[ ] I agree to the terms"),
            rule("newsletter|subscribe", "checkbox", "", "[x] Send me the newsletter"));

    private static final Set<String> STOP = Set.of("a", "an", "the", "with", "has", "have", "having", "plus", "also", "some",
            "two", "three", "four", "of", "for", "to", "in", "on", "at", "screen", "page", "its", "their", "is", "are", "add",
            "include", "includes", "including", "bottom", "top", "below", "above", "under", "then", "there", "that", "this", "my",
            "no", "without", "any", "button", "buttons", "link", "links", "field", "fields", "input", "inputs");
    private static final Set<String> ADJECTIVES = Set.of("big", "large", "small", "primary", "secondary", "main", "blue", "red",
            "green", "one", "single", "round", "rounded", "outlined", "ghost", "text");
    private static final Set<String> ARTICLES = Set.of("a", "an", "the");
    private static final Set<String> CONNECTORS = Set.of("and", "or", ",", ";", "&");
    private static final Pattern PHRASAL = Pattern.compile("\\b(log|sign|check|opt) (in|up|out)\\b");
    private static final Pattern TOKEN = Pattern.compile("[\\p{L}0-9'-]+|[,;&]");

    private final String lower;

    Sentence(String prompt) {
        // "log in", "sign up": one word, so a "sign in button" is named "Sign in"
        this.lower = PHRASAL.matcher(prompt.toLowerCase(Locale.ROOT)).replaceAll("$1-$2");
    }

    /** Whether a whole word or phrase of {@code pattern} occurs, e.g. {@code "log-?in|sign-?in"}. */
    boolean mentions(Pattern pattern) {
        return pattern.matcher(lower).find();
    }

    static Pattern words(String alternatives) {
        return Pattern.compile("\\b(" + alternatives + ")\\b");
    }

    /** The form fields the sentence names, in its order; each once. */
    List<Field> fields() {
        record Found(int at, Field field) {
        }
        List<Found> found = new ArrayList<>();
        for (Rule r : FIELDS) {
            Matcher m = r.pattern().matcher(lower);
            if (m.find()) found.add(new Found(m.start(), r.field()));
        }
        found.sort(Comparator.comparingInt(Found::at));
        return found.stream().map(Found::field).toList();
    }

    /**
     * The labels of the controls the sentence names before {@code noun}: "with save and cancel
     * buttons" names Save and Cancel, "a forgot password link" names Forgot password.
     */
    List<String> named(String noun) {
        List<String> labels = new ArrayList<>();
        Matcher m = words(noun + "s?").matcher(lower);
        while (m.find() && labels.size() < 4) {
            List<String> tokens = new ArrayList<>();
            Matcher t = TOKEN.matcher(lower.substring(Math.max(0, m.start() - 80), m.start()));
            while (t.find()) tokens.add(t.group());
            List<String> words = new ArrayList<>();
            List<String> before = new ArrayList<>();
            boolean open = true; // words before an adjective describe the control rather than name it
            for (int i = tokens.size() - 1; i >= 0; i--) {
                String w = tokens.get(i);
                // "save and a cancel button": an article after "and" starts the next name, it does not end the list
                if (ARTICLES.contains(w) && i > 0 && CONNECTORS.contains(tokens.get(i - 1))) continue;
                if (STOP.contains(w)) break;
                boolean connector = CONNECTORS.contains(w);
                if (connector || ADJECTIVES.contains(w)) {
                    flush(words, before);
                    open = connector;
                } else if (open) {
                    words.addFirst(w);
                    if (words.size() == 3) {
                        flush(words, before);
                        open = false;
                    }
                }
            }
            flush(words, before);
            for (String l : before.reversed()) {
                if (!labels.contains(l) && !isField(l) && labels.size() < 4) labels.add(l);
            }
        }
        return labels;
    }

    /** "name, email and save buttons": the list names fields first, which are no buttons. */
    private static boolean isField(String label) {
        String l = label.toLowerCase(Locale.ROOT);
        return FIELDS.stream().anyMatch(r -> r.pattern().matcher(l).matches());
    }

    /** Where the first of {@code pattern} occurs, or -1. */
    int find(Pattern pattern) {
        Matcher m = pattern.matcher(lower);
        return m.find() ? m.start() : -1;
    }

    private static void flush(List<String> words, List<String> labels) {
        if (words.isEmpty()) return;
        labels.add(label(words));
        words.clear();
    }

    private static String label(List<String> words) {
        String s = String.join(" ", words).replace('-', ' ');
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    private static Rule rule(String regex, String type, String label, String text) {
        return new Rule(words(regex), new Field(type, label, text));
    }
}
