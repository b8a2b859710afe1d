package dev.blueline.server;

import dev.blueline.server.config.ConfigLoader;
import dev.blueline.server.config.HostConfig;
import dev.blueline.server.testing.TestHost;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import java.util.concurrent.Callable;

import static org.assertj.core.api.Assertions.assertThat;

/** The {@code check} command says, in plain words, what is wrong with a host's setup and what to do about it. */
class HostCheckTest {
    @TempDir
    Path dir;

    record Outcome(int exit, String out) {
    }

    Outcome check(Callable<HostConfig> config) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        int exit = new HostCheck(new PrintStream(bytes, true, StandardCharsets.UTF_8)).run(config);
        return new Outcome(exit, bytes.toString(StandardCharsets.UTF_8));
    }

    Outcome check(Map<String, String> env, Integer port, Path data) {
        return check(() -> new ConfigLoader(env).load(new ConfigLoader.Flags(port, null, data, null)));
    }

    @Test
    void aGoodSetupPassesEveryCheck() {
        Outcome o = check(Map.of(), 0, dir);
        assertThat(o.exit()).as(o.out()).isZero();
        assertThat(o.out()).contains("[ok]   configuration", "[ok]   data directory", "[ok]   signing key: will be generated",
                "[ok]   database: answers; schema version 4 (4 migration(s) applied, 0 pending; 4 ran just now)", "[ok]   port", "All good")
                .doesNotContain("[FAIL]");
    }

    @Test
    void aLanHostsCertificateIsChecked() throws Exception {
        Outcome fresh = check(() -> new ConfigLoader(Map.of("BIND", "0.0.0.0")).load(new ConfigLoader.Flags(0, null, dir, null)));
        assertThat(fresh.out()).contains("[ok]   TLS certificate: will be made on first start in " + dir.resolve("tls").resolve("host.p12"));
        String fp;
        try (TestHost t = TestHost.start(dev.blueline.server.config.HostConfig.local(dir).withTls(true))) {
            fp = t.host.fingerprint();
        }
        Outcome made = check(() -> new ConfigLoader(Map.of("BIND", "0.0.0.0")).load(new ConfigLoader.Flags(0, null, dir, null)));
        assertThat(made.out()).contains("[ok]   TLS certificate: " + dir.resolve("tls").resolve("host.p12") + ", fingerprint " + fp);
        // tried: the key store damaged
        java.nio.file.Files.writeString(dir.resolve("tls").resolve("host.p12"), "garbage");
        Outcome damaged = check(() -> new ConfigLoader(Map.of("BIND", "0.0.0.0")).load(new ConfigLoader.Flags(0, null, dir, null)));
        assertThat(damaged.exit()).isEqualTo(1);
        assertThat(damaged.out()).contains("TLS certificate").contains("cannot be read").contains("send new invites");
    }

        @Test
    void theCheckCommandRunsFromTheCommandLine() {
        PrintStream stdout = System.out;
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        int exit;
        try {
            System.setOut(new PrintStream(bytes, true, StandardCharsets.UTF_8));
            exit = new CommandLine(new HostMain()).execute("check", "--data", dir.toString(), "--port", "0");
        } finally {
            System.setOut(stdout);
        }
        String out = bytes.toString(StandardCharsets.UTF_8);
        assertThat(exit).as(out).isZero();
        assertThat(out).contains("[ok]   data directory: " + dir, "All good");
    }

    @Test
    void aHostThatRanHereLeavesASetupThatStillChecksOut() throws Exception {
        try (TestHost t = TestHost.start(dir)) {
            assertThat(t.host.port()).isPositive();
        }
        Outcome o = check(Map.of(), 0, dir);
        assertThat(o.exit()).as(o.out()).isZero();
        assertThat(o.out()).contains("[ok]   signing key: " + dir.resolve("signing.key") + " is readable by its owner only");
        assertThat(o.out()).contains("[ok]   database: answers; schema version 4 (4 migration(s) applied, 0 pending)");
    }

    @Test
    void aPortInUseIsAProblemWithWhatToDo() throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            Outcome o = check(Map.of(), taken.getLocalPort(), dir);
            assertThat(o.exit()).as(o.out()).isEqualTo(1);
            assertThat(o.out()).contains("[FAIL] port: 127.0.0.1:" + taken.getLocalPort() + " is not available")
                    .contains("what to do: stop what uses it").contains("1 problem(s) found.");
        }
    }

    @Test
    void aDataDirectoryThatCannotBeUsedIsAProblemWithWhatToDo() throws Exception {
        Path file = Files.writeString(dir.resolve("not-a-directory"), "x");
        Outcome o = check(Map.of(), 0, file);
        assertThat(o.exit()).as(o.out()).isEqualTo(1);
        assertThat(o.out()).contains("[FAIL] data directory: " + file + " cannot be used: a file with that name is in the way")
                .contains("what to do: choose another with --data")
                .contains("[skip] database");

        Outcome under = check(Map.of(), 0, file.resolve("host"));
        assertThat(under.exit()).as(under.out()).isEqualTo(1);
        assertThat(under.out()).contains("[FAIL] data directory: " + file.resolve("host") + " cannot be used: not a directory");
    }

    @Test
    void aSigningKeyOthersCanReadIsAProblemWithWhatToDo() throws Exception {
        try (TestHost t = TestHost.start(dir)) {
            assertThat(t.host.port()).isPositive();
        }
        Path key = dir.resolve("signing.key");
        Files.setPosixFilePermissions(key, PosixFilePermissions.fromString("rw-r--r--"));
        Outcome o = check(Map.of(), 0, dir);
        assertThat(o.exit()).as(o.out()).isEqualTo(1);
        assertThat(o.out()).contains("[FAIL] signing key: " + key + " is readable by others").contains("what to do: run: chmod 600 " + key);
    }

    @Test
    void aDamagedSigningKeyIsAProblemWithWhatToDo() throws Exception {
        Files.writeString(dir.resolve("signing.key"), "###");
        Outcome o = check(Map.of(), 0, dir);
        assertThat(o.exit()).as(o.out()).isEqualTo(1);
        assertThat(o.out()).contains("[FAIL] signing key:").contains("not base64").contains("what to do: delete");
    }

    @Test
    void aShortSecretKeyIsAProblemAndIsNotPrinted() {
        Outcome o = check(Map.of("SECRET_KEY", "hunter2"), 0, dir);
        assertThat(o.exit()).as(o.out()).isEqualTo(1);
        assertThat(o.out()).contains("[FAIL] signing key: SECRET_KEY must be at least 32 characters").contains("what to do:")
                .doesNotContain("hunter2");
    }

    @Test
    void aBadTokenLifetimeIsAProblemNamingTheVariable() {
        for (String bad : new String[]{"soon", "0", "100000"}) {
            Outcome o = check(Map.of("ACCESS_TOKEN_EXPIRE_MINUTES", bad), 0, dir);
            assertThat(o.exit()).as("tried ACCESS_TOKEN_EXPIRE_MINUTES=%s: %s", bad, o.out()).isEqualTo(1);
            assertThat(o.out()).contains("[FAIL] configuration: environment variable ACCESS_TOKEN_EXPIRE_MINUTES")
                    .contains("what to do: fix the flag, environment variable or properties entry named above");
        }
    }

    @Test
    void secretsInTheConfigurationAreNotPrinted() {
        Outcome o = check(Map.of("HF_TOKEN", "hf_DoNotPrintMe123", "SECRET_KEY", "a-long-enough-secret-that-must-not-be-shown"), 0, dir);
        assertThat(o.exit()).as(o.out()).isZero();
        assertThat(o.out()).doesNotContain("hf_DoNotPrintMe123").doesNotContain("a-long-enough-secret").contains("huggingFaceToken=set");
    }
}
