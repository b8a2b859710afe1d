package dev.blueline.model.catalog.markup;

import dev.blueline.model.catalog.ContentParser;
import dev.blueline.model.catalog.content.Content;
import dev.blueline.model.catalog.content.Content.Plain;
import dev.blueline.model.catalog.content.Content.Plain.Span;

import java.util.ArrayList;
import java.util.List;

/**
 * Text shown as typed: button, label, heading, paragraph, sticky note, input values.
 *
 * <p>{@link #literal()} keeps every character (input values, passwords, URLs: a star there is a
 * star). {@link #withEmphasis()} reads inline emphasis the way chat apps do:
 * <ul>
 *   <li>{@code *bold*} and {@code _italic_}; they may be combined ({@code *_both_*}); Markdown's {@code **bold**} and {@code __italic__} work too.</li>
 *   <li>A marker only counts at a word boundary, touching text on the inside and with a partner
 *       on the same line: {@code snake_case_name}, {@code 2 * 3}, {@code Email *} and an
 *       unbalanced {@code *} all stay literal.</li>
 *   <li>{@code \*} and {@code \_} are a literal star and underscore.</li>
 * </ul>
 * Line breaks are kept (CRLF becomes LF); leading and trailing blank space is not trimmed so
 * multi-line texts keep their layout.
 */
public final class PlainParser implements ContentParser {
    private static final PlainParser LITERAL = new PlainParser(false);
    private static final PlainParser EMPHASIS = new PlainParser(true);

    private final boolean emphasis;

    private PlainParser(boolean emphasis) {
        this.emphasis = emphasis;
    }

    public static PlainParser literal() {
        return LITERAL;
    }

    public static PlainParser withEmphasis() {
        return EMPHASIS;
    }

    @Override
    public Content parse(String text) {
        String t = MarkupText.normalize(text);
        return emphasis ? Emphasis.parse(t) : new Plain(t);
    }

    /** The emphasis scanner; linear in the text length, whatever the markers. */
    static final class Emphasis {
        private Emphasis() {
        }

        static Plain parse(String t) {
            int n = t.length();
            // Pass 1: undo escapes, remembering which characters are markers.
            StringBuilder chars = new StringBuilder(n);
            boolean[] marker = new boolean[n];
            for (int i = 0; i < n; i++) {
                char c = t.charAt(i);
                if (c == '\\' && i + 1 < n && isMarkerChar(t.charAt(i + 1))) {
                    chars.append(t.charAt(++i));
                } else {
                    marker[chars.length()] = isMarkerChar(c);
                    chars.append(c);
                }
            }
            int len = chars.length();
            // Pass 2, right to left: does a closing '*' / '_' follow on the same line?
            boolean[] starCloserAhead = new boolean[len + 1];
            boolean[] underCloserAhead = new boolean[len + 1];
            for (int i = len - 1; i >= 0; i--) {
                boolean newline = chars.charAt(i) == '\n';
                starCloserAhead[i] = !newline && (starCloserAhead[i + 1] || isCloser(chars, marker, i, '*'));
                underCloserAhead[i] = !newline && (underCloserAhead[i + 1] || isCloser(chars, marker, i, '_'));
            }
            // Pass 3: toggle styles and cut runs.
            List<Span> spans = new ArrayList<>();
            StringBuilder out = new StringBuilder(len);
            StringBuilder run = new StringBuilder();
            boolean bold = false;
            boolean italic = false;
            boolean[] doubled = new boolean[2];
            for (int i = 0; i < len; i++) {
                char c = chars.charAt(i);
                boolean toggle = false;
                if (c == '*' && marker[i]) {
                    toggle = bold ? isCloser(chars, marker, i, c) : isOpener(chars, marker, i, c) && starCloserAhead[i + 1];
                } else if (c == '_' && marker[i]) {
                    toggle = italic ? isCloser(chars, marker, i, c) : isOpener(chars, marker, i, c) && underCloserAhead[i + 1];
                }
                if (!toggle) {
                    run.append(c);
                    out.append(c);
                    continue;
                }
                int kind = c == '*' ? 0 : 1;
                boolean opening = kind == 0 ? !bold : !italic;
                // Markdown habit: **bold** and __italic__ read like their single-marker forms.
                if (opening) {
                    doubled[kind] = !run.isEmpty() && run.charAt(run.length() - 1) == c && marker[i - 1];
                    if (doubled[kind]) {
                        run.setLength(run.length() - 1);
                        out.setLength(out.length() - 1);
                    }
                }
                flush(spans, run, bold, italic);
                if (!opening && doubled[kind] && i + 1 < len && chars.charAt(i + 1) == c && marker[i + 1]) i++;
                if (kind == 0) bold = !bold;
                else italic = !italic;
            }
            flush(spans, run, bold, italic);
            return new Plain(out.toString(), spans);
        }

        private static void flush(List<Span> spans, StringBuilder run, boolean bold, boolean italic) {
            if (run.isEmpty()) return;
            Span last = spans.isEmpty() ? null : spans.getLast();
            if (last != null && last.bold() == bold && last.italic() == italic) {
                spans.set(spans.size() - 1, new Span(last.text() + run, bold, italic));
            } else {
                spans.add(new Span(run.toString(), bold, italic));
            }
            run.setLength(0);
        }

        private static boolean isMarkerChar(char c) {
            return c == '*' || c == '_';
        }

        /** Starts a word: nothing word-like before it, something visible right after it. */
        private static boolean isOpener(CharSequence s, boolean[] marker, int i, char m) {
            if (i + 1 >= s.length()) return false;
            char next = s.charAt(i + 1);
            if (Character.isWhitespace(next) || (next == m && marker[i + 1])) return false;
            return i == 0 || !isWordChar(s.charAt(i - 1));
        }

        /** Ends a word: something visible right before it, nothing word-like after it. */
        private static boolean isCloser(CharSequence s, boolean[] marker, int i, char m) {
            if (s.charAt(i) != m || !marker[i] || i == 0) return false;
            char prev = s.charAt(i - 1);
            if (Character.isWhitespace(prev) || (prev == m && marker[i - 1])) return false;
            return i + 1 >= s.length() || !isWordChar(s.charAt(i + 1));
        }

        private static boolean isWordChar(char c) {
            return Character.isLetterOrDigit(c);
        }
    }
}
