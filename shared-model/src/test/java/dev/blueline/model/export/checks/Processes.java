package dev.blueline.model.export.checks;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Runs an external tool with a time limit and keeps what it printed, for the checks' error messages. */
final class Processes {
    private Processes() {
    }

    /** What a finished tool printed; {@code output()} is stdout then stderr, for error messages. */
    record Result(List<String> command, int exitCode, String stdout, String stderr) {
        boolean ok() {
            return exitCode == 0;
        }

        String output() {
            return (stdout.strip() + "\n" + stderr.strip()).strip();
        }
    }

    /**
     * Runs {@code command} in {@code dir}. Output goes to files (not pipes) so a chatty tool can
     * never block on a full pipe; a tool still running after {@code timeout} is killed with its
     * children (Chromium forks helpers) and reported.
     */
    static Result run(List<String> command, Path dir, Duration timeout) {
        try {
            Path logs = Files.createTempDirectory("blueline-proc-");
            try {
                Path out = logs.resolve("stdout");
                Path err = logs.resolve("stderr");
                Process process = new ProcessBuilder(command)
                        .directory(dir.toFile())
                        .redirectInput(ProcessBuilder.Redirect.from(nullDevice()))
                        .redirectOutput(out.toFile())
                        .redirectError(err.toFile())
                        .start();
                if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                    process.descendants().forEach(ProcessHandle::destroyForcibly);
                    process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
                    throw new IllegalStateException(command.getFirst() + " did not finish within " + timeout.toSeconds()
                            + " s: " + String.join(" ", command) + "\n" + tail(read(out) + "\n" + read(err)));
                }
                return new Result(List.copyOf(command), process.exitValue(), read(out), read(err));
            } finally {
                Dirs.delete(logs);
            }
        } catch (IOException e) {
            throw new IllegalStateException("could not run " + String.join(" ", command) + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while running " + command.getFirst(), e);
        }
    }

    /** The first executable called {@code name} on PATH, or null. */
    static Path onPath(String name, String pathVariable) {
        if (pathVariable == null) {
            return null;
        }
        for (String dir : pathVariable.split(java.io.File.pathSeparator)) {
            if (dir.isEmpty()) {
                continue;
            }
            Path candidate = Path.of(dir, name);
            if (Files.isRegularFile(candidate) && Files.isExecutable(candidate)) {
                return candidate;
            }
        }
        return null;
    }

    /** The last part of a long log: the end is where tools say what went wrong. */
    static String tail(String text) {
        int max = 6000;
        String trimmed = text.strip();
        return trimmed.length() <= max ? trimmed : "…" + trimmed.substring(trimmed.length() - max);
    }

    private static String read(Path file) throws IOException {
        return Files.readString(file, StandardCharsets.UTF_8);
    }

    private static java.io.File nullDevice() {
        return new java.io.File(System.getProperty("os.name").startsWith("Windows") ? "NUL" : "/dev/null");
    }
}
