package dev.blueline.server;

import dev.blueline.server.auth.SigningKey;
import dev.blueline.server.config.HostConfig;
import dev.blueline.server.tls.HostCertificate;
import dev.blueline.server.store.jooq.H2Stores;
import dev.blueline.server.store.jooq.MigrationInfo;

import java.io.IOException;
import java.io.PrintStream;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Set;
import java.util.concurrent.Callable;

/** The {@code check} command: each part of a host's setup, said in plain words, with what to do when it is wrong. */
final class HostCheck {
    private final PrintStream out;
    private int problems;

    HostCheck(PrintStream out) {
        this.out = out;
    }

    int run(Callable<HostConfig> load) {
        HostConfig config;
        try {
            config = load.call();
            ok("configuration", config.toString());
        } catch (Exception e) {
            bad("configuration", firstLine(e.getMessage()), "fix the flag, environment variable or properties entry named above");
            out.println(problems + " problem(s) found.");
            return 1;
        }
        Path data = config.dataDir();
        boolean dataUsable = false;
        try {
            if (Files.exists(data) && !Files.isDirectory(data)) throw new FileAlreadyExistsException(data.toString());
            Files.createDirectories(data);
            Path probe = Files.createTempFile(data, "check", ".tmp");
            Files.delete(probe);
            ok("data directory", data + " is writable");
            dataUsable = true;
        } catch (IOException e) {
            bad("data directory", data + " cannot be used: " + describe(e), "choose another with --data or fix its permissions");
        }
        checkSigningKey(config, data);
        checkCertificate(config, data);
        if (config.databaseUrl() == null && !dataUsable) {
            skipped("database", "it lives in the data directory, which cannot be used");
        } else {
            String url = config.databaseUrl() != null ? config.databaseUrl() : H2Stores.fileUrl(data);
            try (H2Stores stores = H2Stores.open(url)) {
                if (stores.ping()) ok("database", "answers; " + schema(stores));
                else bad("database", "opened but does not answer", "check the file is not damaged; restore from a copy");
            } catch (Exception e) {
                bad("database", "cannot be opened: " + firstLine(e.getMessage()),
                        "another host may be running on the same data directory, or DATABASE_URL is wrong");
            }
        }
        try (ServerSocket s = new ServerSocket()) {
            s.bind(new InetSocketAddress(config.bind(), config.port()));
            ok("port", config.bind() + ":" + config.port() + " is free");
        } catch (IOException e) {
            bad("port", config.bind() + ":" + config.port() + " is not available: " + firstLine(e.getMessage()),
                    "stop what uses it (another host?) or pass --port");
        }
        out.println(problems == 0 ? "All good: the host can start." : problems + " problem(s) found.");
        return problems == 0 ? 0 : 1;
    }

    private void checkSigningKey(HostConfig config, Path data) {
        Path key = SigningKey.file(data);
        if (config.secretKey() != null) {
            String problem = SigningKey.problemWithSecret(config.secretKey());
            if (problem == null) ok("signing key", "given by SECRET_KEY");
            else bad("signing key", problem, "set SECRET_KEY to a longer random text (e.g. from: openssl rand -base64 48), or unset it");
            return;
        }
        if (!Files.exists(key)) {
            ok("signing key", "will be generated on first start in " + key);
            return;
        }
        try {
            SigningKey.read(key);
        } catch (IOException e) {
            bad("signing key", firstLine(e.getMessage()), "delete " + key + "; a new one is made on start (everyone signs in again)");
            return;
        }
        try {
            Set<PosixFilePermission> perms = Files.getPosixFilePermissions(key);
            boolean ownerOnly = perms.stream().allMatch(p -> p == PosixFilePermission.OWNER_READ || p == PosixFilePermission.OWNER_WRITE);
            if (ownerOnly) ok("signing key", key + " is readable by its owner only");
            else bad("signing key", key + " is readable by others (" + perms + "), so they could sign in as anyone", "run: chmod 600 " + key);
        } catch (UnsupportedOperationException | IOException e) {
            ok("signing key", key + " exists (permissions not checkable here)");
        }
    }

    private void checkCertificate(HostConfig config, Path data) {
        if (!config.tls()) {
            ok("TLS", HostConfig.isLoopback(config.bind()) ? "off: bound to loopback, nothing leaves this machine"
                    : "off, as configured: put the host behind TLS of your own");
            return;
        }
        Path file = HostCertificate.fileIn(data);
        if (!Files.exists(file)) {
            ok("TLS certificate", "will be made on first start in " + file);
            return;
        }
        try {
            ok("TLS certificate", file + ", fingerprint " + HostCertificate.loadOrCreate(data).fingerprint());
        } catch (IOException e) {
            bad("TLS certificate", firstLine(e.getMessage()), "move " + file + " away; a new one is made on start (send new invites)");
        }
    }

    private static String schema(H2Stores stores) {
        MigrationInfo m = stores.migrations();
        String ranNow = stores.migratedOnOpen() > 0 ? "; " + stores.migratedOnOpen() + " ran just now" : "";
        return "schema version " + m.currentVersion() + " (" + m.applied() + " migration(s) applied, " + m.pending() + " pending" + ranNow + ")";
    }

    private static String describe(IOException e) {
        if (e instanceof FileAlreadyExistsException) return "a file with that name is in the way, not a directory";
        if (e instanceof AccessDeniedException) return "permission denied";
        if (e instanceof FileSystemException f && f.getReason() != null) return f.getReason().toLowerCase(java.util.Locale.ROOT);
        return firstLine(e.getMessage());
    }

    private static String firstLine(String s) {
        if (s == null) return "no reason given";
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }

    private void ok(String what, String detail) {
        out.println("[ok]   " + what + ": " + detail);
    }

    private void skipped(String what, String why) {
        out.println("[skip] " + what + ": not checked, " + why);
    }

    private void bad(String what, String detail, String fix) {
        problems++;
        out.println("[FAIL] " + what + ": " + detail);
        out.println("       what to do: " + fix);
    }
}
