package dev.blueline.model.export.checks;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The pinned npm toolchain of {@code tools/export-check/} (TypeScript, esbuild, React) that turns
 * an exported React project into a page Chromium can open from disk: type-check it with tsc,
 * bundle it with esbuild, write an index.html around the bundle.
 */
public final class NodeTools {
    static final String TOOLS = "tools/export-check";
    private static final Duration INSTALL_LIMIT = Duration.ofMinutes(5);
    private static final Duration TOOL_LIMIT = Duration.ofMinutes(2);

    private NodeTools() {
    }

    /** {@code tools/export-check} of this checkout, found by walking up from the working directory. */
    public static Path toolsDir() {
        Path start = Path.of("").toAbsolutePath();
        for (Path dir = start; dir != null; dir = dir.getParent()) {
            if (Files.isRegularFile(dir.resolve(TOOLS).resolve("package.json"))) {
                return dir.resolve(TOOLS);
            }
        }
        throw new IllegalStateException("no " + TOOLS + "/package.json in " + start + " or any folder above it;"
                + " run the tests from inside the Blueline checkout");
    }

    /**
     * Runs {@code npm ci} when node_modules is missing or older than package-lock.json (someone
     * changed a pin). CI does this in .ci/run before the build, so tests normally find it done.
     */
    public static synchronized void ensureInstalled() {
        Path tools = toolsDir();
        requireOnPath("node");
        Path npm = requireOnPath("npm");
        Path installed = tools.resolve("node_modules/.package-lock.json");
        if (Files.isRegularFile(installed) && !olderThan(installed, tools.resolve("package-lock.json"))) {
            return;
        }
        Processes.Result result = Processes.run(
                List.of(npm.toString(), "ci", "--no-audit", "--no-fund", "--loglevel=error"), tools, INSTALL_LIMIT);
        if (!result.ok()) {
            throw new IllegalStateException("npm ci failed in " + tools + " (exit " + result.exitCode() + "):\n"
                    + Processes.tail(result.output()));
        }
    }

    /** {@link #buildReact(Path, Path)} in a fresh temp folder. */
    public static Path buildReact(Path exportedProjectDir) {
        requireReactProject(exportedProjectDir);
        try {
            return buildReact(exportedProjectDir, Files.createTempDirectory("blueline-react-"));
        } catch (IOException e) {
            throw new UncheckedIOException("could not create a temp folder for the React build", e);
        }
    }

    /**
     * Copies the exported project into {@code workDir} (empty or missing), type-checks it with
     * {@code tsc --noEmit}, bundles {@code src/main.tsx} with esbuild and returns
     * {@code workDir/out/index.html}, which loads the bundle and its CSS into {@code <div id="root">}.
     * Type errors, bundling errors and bundling warnings fail with the tool's own output.
     */
    public static Path buildReact(Path exportedProjectDir, Path workDir) {
        Path project = requireReactProject(exportedProjectDir);
        ensureInstalled();
        Path tools = toolsDir().resolve("node_modules");
        Path work = workDir.toAbsolutePath().normalize();
        try {
            Dirs.copy(project, work, Set.of("node_modules", "out", "dist"));
            // the export's own package.json asks for the same packages; link the pinned ones instead of installing per build
            Files.createSymbolicLink(work.resolve("node_modules"), tools);

            Processes.Result tsc = Processes.run(
                    List.of(tools.resolve(".bin/tsc").toString(), "--noEmit", "--pretty", "false", "-p", work.toString()),
                    work, TOOL_LIMIT);
            if (!tsc.ok()) {
                throw new IllegalStateException("tsc found errors in the React export " + project
                        + " (paths are relative to the export):\n" + Processes.tail(tsc.output()));
            }

            Processes.Result esbuild = Processes.run(List.of(tools.resolve(".bin/esbuild").toString(),
                    "src/main.tsx", "--bundle", "--format=iife", "--jsx=automatic", "--loader:.css=css",
                    "--outdir=out", "--log-level=warning"), work, TOOL_LIMIT);
            if (!esbuild.ok() || !esbuild.output().isBlank()) {
                throw new IllegalStateException("esbuild could not bundle the React export " + project
                        + " cleanly (exit " + esbuild.exitCode() + "):\n" + Processes.tail(esbuild.output()));
            }
            return writeIndex(work.resolve("out"));
        } catch (IOException e) {
            throw new UncheckedIOException("could not build the React export " + project + " in " + work, e);
        }
    }

    /**
     * A classic script, not a module: Chromium refuses module scripts from file:// (CORS), and
     * the IIFE bundle needs none. It runs at the end of body, once #root exists.
     */
    private static Path writeIndex(Path out) throws IOException {
        Path script = out.resolve("main.js");
        if (!Files.isRegularFile(script)) {
            throw new IllegalStateException("esbuild wrote no " + script);
        }
        StringBuilder styles = new StringBuilder();
        try (Stream<Path> files = Files.list(out)) {
            files.map(f -> f.getFileName().toString()).filter(n -> n.endsWith(".css")).sorted()
                    .forEach(css -> styles.append("  <link rel=\"stylesheet\" href=\"").append(css).append("\">\n"));
        }
        Path index = out.resolve("index.html");
        Files.writeString(index, """
                <!DOCTYPE html>
                <html lang="en">
                <head>
                  <meta charset="utf-8">
                  <meta name="viewport" content="width=device-width, initial-scale=1">
                  <title>React export check</title>
                %s</head>
                <body>
                  <div id="root"></div>
                  <script src="main.js"></script>
                </body>
                </html>
                """.formatted(styles));
        return index;
    }

    private static Path requireReactProject(Path dir) {
        Path project = dir.toAbsolutePath().normalize();
        for (String required : List.of("package.json", "tsconfig.json", "src/main.tsx")) {
            if (!Files.isRegularFile(project.resolve(required))) {
                throw new IllegalArgumentException("not an exported React project: " + project + " has no " + required);
            }
        }
        return project;
    }

    private static boolean olderThan(Path file, Path other) {
        try {
            FileTime lock = Files.getLastModifiedTime(other);
            return Files.getLastModifiedTime(file).compareTo(lock) < 0;
        } catch (IOException e) {
            throw new UncheckedIOException("could not compare " + file + " with " + other, e);
        }
    }

    private static Path requireOnPath(String tool) {
        Path found = Processes.onPath(tool, System.getenv("PATH"));
        if (found == null) {
            throw new IllegalStateException(tool + " is needed to check React exports but is not on PATH."
                    + " Install Debian's packages: apt-get install nodejs npm (.ci/run installs them before the build).");
        }
        return found;
    }
}
