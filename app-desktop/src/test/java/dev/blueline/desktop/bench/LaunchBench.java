package dev.blueline.desktop.bench;

import dev.blueline.desktop.files.ProjectFiles;
import dev.blueline.desktop.shell.templates.DashboardTemplate;
import dev.blueline.model.document.Document;
import dev.blueline.model.ops.Ops;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Time from launch to an interactive editor: starts the real app ({@code Main}) as a new JVM on
 * the headless platform with a project name on the command line, and times it from process start
 * until the app reports the editor ready (showing, online with its in-process host, screen painted).
 * The first run imports a dashboard project from a {@code .blueline} file (first start: database
 * created and migrated, signing key made); the next runs reopen it. Prints one JSON line of medians.
 * <pre>mvn -q -pl app-desktop test-compile exec:exec -Dexec.executable=java -Dexec.classpathScope=test \
 *   -Dexec.args="-cp %classpath dev.blueline.desktop.bench.LaunchBench"</pre>
 */
public final class LaunchBench {
    private static final Pattern READY = Pattern.compile("Blueline editor ready: .* in (\\d+) ms since start");
    private static final String NAME = "Launch dashboard";

    public static void main(String[] args) throws Exception {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 7;
        Path home = Files.createTempDirectory("blueline-launch");
        Path file = home.resolve("dashboard.blueline");
        Document doc = new Document();
        for (var op : new DashboardTemplate().ops()) Ops.apply(doc, op);
        ProjectFiles.export(file, NAME, doc);

        long[] first = launch(home, file.toString());
        List<long[]> again = new ArrayList<>();
        for (int i = 0; i < runs; i++) again.add(launch(home, NAME));
        long[] wall = again.stream().mapToLong(r -> r[0]).sorted().toArray();
        long[] inside = again.stream().mapToLong(r -> r[1]).sorted().toArray();
        System.out.println(String.format(Locale.ROOT,
                "{\"first_start_import_ms\":%d,\"launch_to_editor_ms\":%d,\"launch_to_editor_jvm_ms\":%d,\"runs\":%d,\"all_ms\":%s}",
                first[0], wall[runs / 2], inside[runs / 2], runs, Arrays.toString(wall)));
    }

    /** Wall time from process start to the ready line, and the app's own figure (since JVM start). */
    private static long[] launch(Path home, String arg) throws Exception {
        List<String> cmd = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Dglass.platform=Headless", "-Dprism.order=sw", "--enable-native-access=ALL-UNNAMED",
                "-Dblueline.home=" + home, "-Dblueline.exitAfterShow=true",
                "-cp", System.getProperty("java.class.path"), "dev.blueline.desktop.Main", arg);
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

    private LaunchBench() {
    }
}
