package dev.blueline.model.export.checks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import nu.validator.client.EmbeddedValidator;
import org.xml.sax.SAXException;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The Nu HTML Checker (the W3C validator's engine) run in-process. Its HTML schemas ship inside
 * the jar and are resolved locally, so nothing is fetched over the network.
 */
public final class NuChecker {
    /** One finding; line and column are 1-based, 0 when the checker gives none (e.g. a missing {@code <title>}). */
    public record Message(int line, int column, String text, String extract) {
        @Override
        public String toString() {
            return line + ":" + column + ": " + text;
        }
    }

    /** The errors (fatal ones included) and warnings of one document. */
    public record Report(List<Message> errors, List<Message> warnings) {
        public boolean valid() {
            return errors.isEmpty();
        }

        /** Every finding on its own line, for assertion messages. */
        public String describe() {
            StringBuilder text = new StringBuilder();
            errors.forEach(m -> text.append("error ").append(m).append('\n'));
            warnings.forEach(m -> text.append("warning ").append(m).append('\n'));
            return text.isEmpty() ? "no errors, no warnings" : text.toString().strip();
        }
    }

    private static final ObjectMapper JSON = new ObjectMapper();
    /** The checker keeps parser and schema state in statics; one document at a time keeps parallel tests safe. */
    private static final Object LOCK = new Object();

    private NuChecker() {
    }

    public static Report check(Path htmlFile) {
        try {
            return check(Files.readAllBytes(htmlFile));
        } catch (IOException e) {
            throw new UncheckedIOException("could not read " + htmlFile + " to check it", e);
        }
    }

    public static Report check(String html) {
        return check(html.getBytes(StandardCharsets.UTF_8));
    }

    private static Report check(byte[] html) {
        String json;
        synchronized (LOCK) {
            EmbeddedValidator validator = new EmbeddedValidator();
            validator.setOutputFormat(EmbeddedValidator.OutputFormat.JSON);
            // streaming mode stops at the first parse error ("Cannot recover after last error");
            // building the tree first reports every error of the page
            validator.setNoStream(true);
            try {
                json = validator.validate(new ByteArrayInputStream(html));
            } catch (IOException | SAXException e) {
                throw new IllegalStateException("the Nu HTML Checker failed: " + e.getMessage(), e);
            }
        }
        return parse(json);
    }

    /**
     * The checker's JSON: type "error" (subType "fatal" for the last one it could reach), "info"
     * with subType "warning", plain "info", and "non-document-error" when the check itself broke
     * (schema or I/O trouble) — that is not a verdict on the page, so it throws.
     */
    static Report parse(String json) {
        List<Message> errors = new ArrayList<>();
        List<Message> warnings = new ArrayList<>();
        try {
            for (JsonNode m : JSON.readTree(json).path("messages")) {
                String type = m.path("type").asText();
                String subType = m.path("subType").asText("");
                switch (type) {
                    case "error" -> errors.add(message(m));
                    case "info" -> {
                        if (subType.equals("warning")) {
                            warnings.add(message(m));
                        }
                    }
                    default -> throw new IllegalStateException("the Nu HTML Checker could not check the page ("
                            + type + (subType.isEmpty() ? "" : "/" + subType) + "): " + m.path("message").asText());
                }
            }
        } catch (IOException e) {
            throw new IllegalStateException("unreadable output from the Nu HTML Checker: " + json, e);
        }
        return new Report(List.copyOf(errors), List.copyOf(warnings));
    }

    /**
     * The checker gives a range; its end is where the parser stood (the start is sometimes far
     * back, even the top of the page), so the line is the last one, and the column the range's
     * start only when the range is on that one line.
     */
    private static Message message(JsonNode m) {
        int line = m.path("lastLine").asInt(0);
        boolean oneLine = !m.has("firstLine") || m.path("firstLine").asInt() == line;
        int column = oneLine && m.has("firstColumn") ? m.path("firstColumn").asInt() : m.path("lastColumn").asInt(0);
        return new Message(line, column, m.path("message").asText(), m.path("extract").asText(""));
    }
}
