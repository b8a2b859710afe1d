package dev.blueline.desktop.bench;

import dev.blueline.desktop.files.ProjectFiles;
import dev.blueline.desktop.shell.templates.DashboardTemplate;
import dev.blueline.model.document.Document;
import dev.blueline.model.ops.Ops;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Time from launch to an interactive editor, launched the way {@code ./blueline} launches it: the
 * app's jars, the options of {@code app-desktop/jvm.options}, and a JDK AOT cache recorded by the
 * first launch. Each launch is a new JVM on the headless platform with a project name on the command
 * line, timed from process start until the app reports the editor ready (showing, online with its
 * in-process host, screen painted).
 * <ol>
 *   <li>first start: imports a dashboard project from a {@code .blueline} file (database created and
 *   migrated, signing key made) and records the AOT cache as it quits;</li>
 *   <li>one launch without the cache, for comparison;</li>
 *   <li>N launches with the cache (the launch a designer sees every morning): their median is
 *   {@code launch_to_editor_ms}.</li>
 * </ol>
 * Prints one JSON line. Run it with {@code scripts/bench-launch [N]}, which builds the jars and
 * passes their class path as {@code -Dblueline.appClasspath}.
 */
public final class LaunchBench {
    private static final Pattern READY = Pattern.compile("Blueline editor ready: .* in (\\d+) ms since start");
    private static final String NAME = "Launch dashboard";

    public static void main(String[] args) throws Exception {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 7;
        String classpath = System.getProperty("blueline.appClasspath");
        if (classpath == null || classpath.isBlank()) {
            throw new IllegalStateException("-Dblueline.appClasspath is missing: run the benchmark with scripts/bench-launch");
        }
        Path options = Path.of("app-desktop", "jvm.options").toAbsolutePath();
        if (!Files.isRegularFile(options)) throw new IllegalStateException("run from the project's root: " + options + " is missing");

        Path home = Files.createTempDirectory("blueline-launch");
        try {
            run(runs, classpath, options, home);
        } finally {
            deleteTree(home); // the AOT cache alone is over 100 MB
        }
    }

    private static void run(int runs, String classpath, Path options, Path home) throws Exception {
        Path file = home.resolve("dashboard.blueline");
        Path cache = home.resolve("app.aot");
        Document doc = new Document();
        for (var op : new DashboardTemplate().ops()) Ops.apply(doc, op);
        ProjectFiles.export(file, NAME, doc);

        Launcher launcher = new Launcher(home, classpath, options);
        long[] first = launcher.launch(List.of("-XX:AOTCacheOutput=" + cache), file.toString());
        if (!Files.isRegularFile(cache)) throw new IllegalStateException("the first launch wrote no AOT cache at " + cache);
        long[] noCache = launcher.launch(List.of(), NAME);
        List<long[]> again = new ArrayList<>();
        for (int i = 0; i < runs; i++) again.add(launcher.launch(List.of("-XX:AOTCache=" + cache), NAME));
        long[] wall = again.stream().mapToLong(r -> r[0]).sorted().toArray();
        long[] inside = again.stream().mapToLong(r -> r[1]).sorted().toArray();
        System.out.println(String.format(Locale.ROOT,
                "{\"first_start_import_ms\":%d,\"launch_without_cache_ms\":%d,\"launch_to_editor_ms\":%d,\"launch_to_editor_jvm_ms\":%d,"
                        + "\"runs\":%d,\"all_ms\":%s,\"aot_cache_mb\":%d}",
                first[0], noCache[0], wall[runs / 2], inside[runs / 2], runs, Arrays.toString(wall), Files.size(cache) >> 20));
    }

    /** Starts the app as {@code ./blueline} does, with {@code extra} JVM options. */
    private record Launcher(Path home, String classpath, Path options) {

        /** Wall time from process start to the ready line, and the app's own figure (since JVM start). */
        long[] launch(List<String> extra, String arg) throws Exception {
            List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
            cmd.addAll(extra);
            cmd.addAll(List.of("@" + options, "-Dglass.platform=Headless", "-Dprism.order=sw",
                    "-Dblueline.home=" + home, "-Dblueline.exitAfterShow=true",
                    "-cp", classpath, "dev.blueline.desktop.Main", arg));
            long t0 = System.nanoTime();
            Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
            long ready = -1, inside = -1;
            StringBuilder out = new StringBuilder();
            try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line; (line = r.readLine()) != null; ) {
                    out.append(line).append('\n');
                    Matcher m = READY.matcher(line);
                    if (m.find() && ready < 0) {
                        ready = (System.nanoTime() - t0) / 1_000_000;
                        inside = Long.parseLong(m.group(1));
                    }
                }
            }
            if (!p.waitFor(60, TimeUnit.SECONDS)) p.destroyForcibly();
            if (ready < 0) throw new IllegalStateException("the app never said it was ready:\n" + out);
            return new long[]{ready, inside};
        }
    }

    private static void deleteTree(Path root) throws IOException {
        try (var paths = Files.walk(root)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
        }
    }

    private LaunchBench() {
    }
}
