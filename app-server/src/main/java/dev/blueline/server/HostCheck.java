package dev.blueline.server;

import dev.blueline.server.config.HostConfig;
import dev.blueline.server.store.jooq.H2Stores;

import java.io.IOException;
import java.io.PrintStream;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
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
            bad("configuration", e.getMessage(), "fix the flag, environment variable or properties entry named above");
            return 1;
        }
        Path data = config.dataDir();
        try {
            Files.createDirectories(data);
            Path probe = Files.createTempFile(data, "check", ".tmp");
            Files.delete(probe);
            ok("data directory", data + " is writable");
        } catch (IOException e) {
            bad("data directory", data + " cannot be written: " + e.getMessage(), "choose another with --data or fix its permissions");
        }
        Path key = data.resolve("signing.key");
        if (config.secretKey() != null) {
            ok("signing key", "given by SECRET_KEY");
        } else if (!Files.exists(key)) {
            ok("signing key", "will be generated on first start in " + key);
        } else {
            try {
                Set<PosixFilePermission> perms = Files.getPosixFilePermissions(key);
                boolean ownerOnly = perms.stream().allMatch(p -> p == PosixFilePermission.OWNER_READ || p == PosixFilePermission.OWNER_WRITE);
                if (ownerOnly) ok("signing key", key + " is readable by its owner only");
                else bad("signing key", key + " is readable by others (" + perms + ")", "run: chmod 600 " + key);
            } catch (UnsupportedOperationException | IOException e) {
                ok("signing key", key + " exists (permissions not checkable here)");
            }
        }
        String url = config.databaseUrl() != null ? config.databaseUrl() : H2Stores.fileUrl(data);
        try (H2Stores stores = H2Stores.open(url)) {
            if (stores.ping()) ok("database", "answers; " + stores.migrations());
            else bad("database", "opened but does not answer", "check the file is not damaged; restore from a copy");
        } catch (Exception e) {
            bad("database", "cannot be opened: " + e.getMessage(), "another host may be running on the same data directory, or DATABASE_URL is wrong");
        }
        try (ServerSocket s = new ServerSocket()) {
            s.bind(new InetSocketAddress(config.bind(), config.port()));
            ok("port", config.bind() + ":" + config.port() + " is free");
        } catch (IOException e) {
            bad("port", config.bind() + ":" + config.port() + " is not available: " + e.getMessage(), "stop what uses it or pass --port");
        }
        out.println(problems == 0 ? "All good: the host can start." : problems + " problem(s) found.");
        return problems == 0 ? 0 : 1;
    }

    private void ok(String what, String detail) {
        out.println("[ok]   " + what + ": " + detail);
    }

    private void bad(String what, String detail, String fix) {
        problems++;
        out.println("[FAIL] " + what + ": " + detail);
        out.println("       what to do: " + fix);
    }
}
