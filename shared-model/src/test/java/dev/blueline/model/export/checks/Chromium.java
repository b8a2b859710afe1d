package dev.blueline.model.export.checks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Debian's Chromium, headless, as a layout oracle: where does a real browser put each element of
 * an exported page? Each call starts one browser for one page (about a second) and reads the
 * result from the DOM it dumps, so no WebDriver is needed.
 */
public final class Chromium {
    /** An element with a {@code data-id}, in CSS pixels and page coordinates (scroll offsets added). */
    public record Box(String id, double x, double y, double w, double h) {
    }

    /** What one page load measured; {@code console} holds the page's console lines (uncaught errors among them). */
    public record Page(int viewportWidth, int viewportHeight, double scrollX, double scrollY,
                       List<Box> boxes, List<String> console) {
        /** The box of the element with this {@code data-id}; fails listing the ids there are. */
        public Box box(String id) {
            return boxes.stream().filter(b -> b.id().equals(id)).findFirst().orElseThrow(() ->
                    new AssertionError("no element with data-id=\"" + id + "\"; the page has "
                            + boxes.stream().map(Box::id).toList()));
        }
    }

    static final Path DEBIAN_CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Duration TIME_LIMIT = Duration.ofSeconds(60);
    private static final String RESULT_ID = "bl-boxes";
    private static final Pattern RESULT = Pattern.compile(
            "<script type=\"application/json\" id=\"" + RESULT_ID + "\">(.*?)</script>", Pattern.DOTALL);
    private static final Pattern CONSOLE = Pattern.compile(":CONSOLE(?:\\(\\d+\\))?(?::\\d+)?] (.*)");
    /** How Chromium starts a log line: [pid:tid:date/time:LEVEL:source] */
    private static final Pattern LOG_LINE = Pattern.compile("\\[\\d+:\\d+:\\d{4}/\\d{6}\\.\\d+:");
    private static final ObjectMapper JSON = new ObjectMapper();

    /**
     * Measures after load and after a client-side app (React) had a chance to render: it waits up
     * to 2 s for the first [data-id], then for fonts and 50 ms more for effects to run. Timers, not
     * requestAnimationFrame: under --virtual-time-budget headless Chromium often produces no frames,
     * so a measurement waiting for one never happens. The result goes into
     * a JSON script element, which --dump-dom prints unescaped; {@code <} is escaped so no id can
     * end the element early.
     */
    private static final String MEASURE = """
            <script>(function () {
              var start = Date.now();
              function measure() {
                var out = {w: innerWidth, h: innerHeight, sx: scrollX, sy: scrollY, boxes: []};
                document.querySelectorAll('[data-id]').forEach(function (e) {
                  var r = e.getBoundingClientRect();
                  out.boxes.push({id: e.getAttribute('data-id'), x: r.left + scrollX, y: r.top + scrollY, w: r.width, h: r.height});
                });
                var s = document.createElement('script');
                s.type = 'application/json';
                s.id = '%s';
                s.textContent = JSON.stringify(out).replace(/</g, '\\\\u003c');
                document.body.appendChild(s);
              }
              function settle() { setTimeout(measure, 50); }
              function poll() {
                if (document.querySelector('[data-id]') || Date.now() - start > 2000) document.fonts.ready.then(settle);
                else setTimeout(poll, 20);
              }
              addEventListener('load', function () { setTimeout(poll, 0); });
            })();</script>
            """.formatted(RESULT_ID);

    private final Path executable;

    private Chromium(Path executable) {
        this.executable = executable;
    }

    /** Debian's Chromium ({@code /usr/bin/chromium}, else {@code chromium} on PATH); a clear error when it is missing. */
    public static Chromium find() {
        return find(DEBIAN_CHROMIUM, System.getenv("PATH"));
    }

    static Chromium find(Path preferred, String pathVariable) {
        if (Files.isRegularFile(preferred) && Files.isExecutable(preferred)) {
            return new Chromium(preferred);
        }
        Path onPath = Processes.onPath("chromium", pathVariable);
        if (onPath != null) {
            return new Chromium(onPath);
        }
        throw new IllegalStateException("Chromium is needed to check exported pages but was not found (looked for "
                + preferred + " and for chromium on PATH). Install Debian's package: apt-get install chromium"
                + " (.ci/run installs it before the build).");
    }

    public Path executable() {
        return executable;
    }

    /** The boxes of every {@code data-id} element of the page in document order; see {@link #render}. */
    public List<Box> boxes(Path htmlFile, String fragment, int viewportWidth, int viewportHeight) {
        return render(htmlFile, fragment, viewportWidth, viewportHeight).boxes();
    }

    /**
     * Loads {@code htmlFile} (with {@code fragment} such as {@code "#/login"}, or null) in a
     * viewport of exactly the given size and measures it. The page's folder is copied to a temp
     * folder first, because the measuring script is written into the copy; relative links to
     * files in that folder keep working.
     */
    public Page render(Path htmlFile, String fragment, int viewportWidth, int viewportHeight) {
        Path page = existingPage(htmlFile);
        Path work = tempDir("blueline-chromium-");
        try {
            Path copy = work.resolve("page");
            Dirs.copy(page.getParent(), copy, Set.of());
            Path measured = copy.resolve(page.getFileName().toString());
            Files.writeString(measured, withMeasuringScript(Files.readString(page)));

            List<String> command = command(work, viewportWidth, viewportHeight);
            command.add("--dump-dom");
            command.add(url(measured, fragment));
            Processes.Result result = Processes.run(command, work, TIME_LIMIT);
            if (!result.ok()) {
                throw failure("Chromium failed (exit " + result.exitCode() + ") on " + htmlFile, result);
            }
            Page measuredPage = parse(result, htmlFile);
            if (measuredPage.viewportWidth() != viewportWidth || measuredPage.viewportHeight() != viewportHeight) {
                throw failure("Chromium laid out " + htmlFile + " in a " + measuredPage.viewportWidth() + "×"
                        + measuredPage.viewportHeight() + " viewport instead of " + viewportWidth + "×" + viewportHeight, result);
            }
            return measuredPage;
        } catch (IOException e) {
            throw new UncheckedIOException("could not prepare " + htmlFile + " for Chromium", e);
        } finally {
            Dirs.delete(work);
        }
    }

    /** A PNG of the page's viewport after load (for looking at a failure); the caller owns the file. */
    public Path screenshot(Path htmlFile, String fragment, int viewportWidth, int viewportHeight) {
        Path page = existingPage(htmlFile);
        Path work = tempDir("blueline-chromium-");
        try {
            List<String> command = command(work, viewportWidth, viewportHeight);
            Path png = Files.createTempFile("blueline-screenshot-", ".png");
            command.add("--screenshot=" + png);
            command.add(url(page, fragment));
            Processes.Result result = Processes.run(command, work, TIME_LIMIT);
            if (!result.ok() || Files.size(png) == 0) {
                throw failure("Chromium could not take a screenshot of " + htmlFile + " (exit " + result.exitCode() + ")", result);
            }
            return png;
        } catch (IOException e) {
            throw new UncheckedIOException("could not take a screenshot of " + htmlFile, e);
        } finally {
            Dirs.delete(work);
        }
    }

    /**
     * The flags matter: the machines have no network, so everything that phones home is off.
     * Headless Chromium keeps 143 px of --window-size for browser UI it does not draw, so
     * innerHeight comes out short; --kiosk gives the page the whole screen instead, and
     * --screen-info sets that screen to the wanted viewport (it is 800×600 otherwise, whatever
     * --window-size says). A fresh profile per run so runs cannot see each other; virtual time so
     * the dump waits for the page's timers without waiting in real time.
     */
    private List<String> command(Path work, int viewportWidth, int viewportHeight) {
        if (viewportWidth <= 0 || viewportHeight <= 0) {
            throw new IllegalArgumentException("viewport must be positive, got " + viewportWidth + "×" + viewportHeight);
        }
        return new ArrayList<>(List.of(executable.toString(),
                "--headless", "--kiosk", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-quic", "--no-first-run", "--no-default-browser-check",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-extensions", "--disable-default-apps", "--metrics-recording-only", "--mute-audio",
                "--hide-scrollbars", "--force-device-scale-factor=1",
                "--enable-logging=stderr", "--v=0",
                "--user-data-dir=" + work.resolve("profile"),
                "--screen-info={" + viewportWidth + "x" + viewportHeight + "}",
                "--window-size=" + viewportWidth + "," + viewportHeight,
                "--virtual-time-budget=5000"));
    }

    private static Page parse(Processes.Result result, Path htmlFile) throws IOException {
        Matcher m = RESULT.matcher(result.stdout());
        if (!m.find()) {
            throw failure("Chromium loaded " + htmlFile + " but the measuring script reported nothing"
                    + " (did the page's load event never fire?)", result);
        }
        JsonNode json = JSON.readTree(m.group(1));
        List<Box> boxes = new ArrayList<>();
        for (JsonNode b : json.get("boxes")) {
            boxes.add(new Box(b.get("id").asText(), b.get("x").asDouble(), b.get("y").asDouble(),
                    b.get("w").asDouble(), b.get("h").asDouble()));
        }
        return new Page(json.get("w").asInt(), json.get("h").asInt(), json.get("sx").asDouble(), json.get("sy").asDouble(),
                List.copyOf(boxes), console(result.stderr()));
    }

    /**
     * The page's console messages from Chromium's log: an entry starts at a CONSOLE line and goes
     * on over the following lines that are not log lines of their own (stack traces, multi-line
     * messages). React's development build always advertises its DevTools; that line is dropped.
     */
    static List<String> console(String stderr) {
        List<String> messages = new ArrayList<>();
        StringBuilder current = null;
        for (String line : stderr.lines().toList()) {
            Matcher console = CONSOLE.matcher(line);
            if (console.find()) {
                addMessage(messages, current);
                current = new StringBuilder(console.group(1));
            } else if (LOG_LINE.matcher(line).lookingAt()) {
                addMessage(messages, current);
                current = null;
            } else if (current != null) {
                current.append('\n').append(line);
            }
        }
        addMessage(messages, current);
        return List.copyOf(messages);
    }

    private static void addMessage(List<String> messages, StringBuilder message) {
        if (message != null && !message.toString().contains("Download the React DevTools")) {
            messages.add(message.toString());
        }
    }

    /** Before the last {@code </body>} (or at the end): after the page's own scripts, so it sees what they built. */
    static String withMeasuringScript(String html) {
        int at = html.toLowerCase(java.util.Locale.ROOT).lastIndexOf("</body>");
        return at < 0 ? html + MEASURE : html.substring(0, at) + MEASURE + html.substring(at);
    }

    private static String url(Path page, String fragment) {
        String uri = page.toUri().toString();
        if (fragment == null || fragment.isEmpty()) {
            return uri;
        }
        return uri + (fragment.startsWith("#") ? fragment : "#" + fragment);
    }

    private static Path existingPage(Path htmlFile) {
        Path page = htmlFile.toAbsolutePath().normalize();
        if (!Files.isRegularFile(page)) {
            throw new IllegalArgumentException("no page to load: " + page + " does not exist or is not a file");
        }
        return page;
    }

    private static Path tempDir(String prefix) {
        try {
            return Files.createTempDirectory(prefix);
        } catch (IOException e) {
            throw new UncheckedIOException("could not create a temp folder for Chromium", e);
        }
    }

    /** Chromium's stderr without the D-Bus noise of a machine without a session bus. */
    private static IllegalStateException failure(String what, Processes.Result result) {
        String log = result.stderr().lines()
                .filter(l -> !l.contains("dbus/") && !l.contains("unexpected operator"))
                .reduce("", (a, b) -> a + b + "\n");
        return new IllegalStateException(what + "\n--- chromium stderr ---\n" + Processes.tail(log));
    }
}
