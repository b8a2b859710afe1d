package dev.blueline.server.config;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Configuration: flags beat the environment, which beats the properties file, which beats the defaults. */
class ConfigLoaderTest {
    static final ConfigLoader.Flags NO_FLAGS = new ConfigLoader.Flags(null, null, null, null);

    @TempDir
    Path dir;

    ConfigLoader.Flags dataOnly() {
        return new ConfigLoader.Flags(null, null, dir, null);
    }

    void properties(String text) throws IOException {
        Files.writeString(dir.resolve("blueline-host.properties"), text);
    }

    @Test
    void tlsIsOnWheneverTheHostIsReachableFromOtherMachines() throws Exception {
        assertThat(new ConfigLoader(Map.of()).load(dataOnly()).tls()).as("loopback: plain HTTP never leaves the machine").isFalse();
        assertThat(new ConfigLoader(Map.of("BIND", "0.0.0.0")).load(dataOnly()).tls()).isTrue();
        assertThat(new ConfigLoader(Map.of("BIND", "192.168.1.20")).load(dataOnly()).tls()).isTrue();
        // behind the operator's own TLS, plain HTTP is asked for by name
        assertThat(new ConfigLoader(Map.of("BIND", "0.0.0.0", "BLUELINE_TLS", "off")).load(dataOnly()).tls()).isFalse();
        assertThat(new ConfigLoader(Map.of("BIND", "0.0.0.0")).load(new ConfigLoader.Flags(null, null, dir, null, false)).tls()).isFalse();
        properties("tls=on\n");
        assertThat(new ConfigLoader(Map.of()).load(dataOnly()).tls()).as("forced on for loopback too").isTrue();
        // tried: a value that is neither on nor off
        assertThatThrownBy(() -> new ConfigLoader(Map.of("BLUELINE_TLS", "maybe")).load(dataOnly()))
                .hasMessageContaining("BLUELINE_TLS").hasMessageContaining("on or off");
    }

        @Test
    void aFreshMachineNeedsNoConfigurationAtAll() throws Exception {
        String home = System.getProperty("user.home");
        System.setProperty("user.home", dir.toString());
        try {
            HostConfig c = new ConfigLoader(Map.of()).load(NO_FLAGS);
            assertThat(c.dataDir()).isEqualTo(dir.resolve(".blueline").resolve("host"));
            assertThat(c.port()).isEqualTo(8000);
            assertThat(c.bind()).as("private until shared").isEqualTo("127.0.0.1");
            assertThat(c.accessTokenLifetime()).isEqualTo(Duration.ofMinutes(30));
            assertThat(c.databaseUrl()).as("H2 in the data directory").isNull();
            assertThat(c.secretKey()).as("a key generated on first start").isNull();
            assertThat(c.corsOrigins()).isEmpty();
            assertThat(c.huggingFaceToken()).isNull();
        } finally {
            System.setProperty("user.home", home);
        }
    }

    @Test
    void eachSourceBeatsTheOnesBelowIt() throws Exception {
        properties("""
                port=9001
                bind=0.0.0.0
                access.token.minutes=45
                cors.origins=https://file.example
                database.url=jdbc:h2:mem:from-file
                secret.key=from-the-file-0123456789abcdef0123456789
                hf.token=hf_from_file
                """);
        Map<String, String> env = Map.of("PORT", "9002", "ACCESS_TOKEN_EXPIRE_MINUTES", "50", "HF_TOKEN", "hf_from_env",
                "SECRET_KEY", "from-the-environment-0123456789abcdef012");
        HostConfig c = new ConfigLoader(env).load(new ConfigLoader.Flags(9003, null, dir, null));
        assertThat(c.port()).as("flag over environment over file").isEqualTo(9003);
        assertThat(c.accessTokenLifetime()).as("environment over file").isEqualTo(Duration.ofMinutes(50));
        assertThat(c.huggingFaceToken()).as("environment over file").isEqualTo("hf_from_env");
        assertThat(c.secretKey()).as("environment over file").isEqualTo("from-the-environment-0123456789abcdef012");
        assertThat(c.bind()).as("file over default").isEqualTo("0.0.0.0");
        assertThat(c.corsOrigins()).as("file over default").containsExactly("https://file.example");
        assertThat(c.databaseUrl()).as("file over default").isEqualTo("jdbc:h2:mem:from-file");

        HostConfig noFlags = new ConfigLoader(env).load(dataOnly());
        assertThat(noFlags.port()).as("environment over file, without the flag").isEqualTo(9002);
        HostConfig fileOnly = new ConfigLoader(Map.of()).load(dataOnly());
        assertThat(fileOnly.port()).as("file over default").isEqualTo(9001);
        assertThat(fileOnly.accessTokenLifetime()).isEqualTo(Duration.ofMinutes(45));
    }

    @Test
    void theEnvironmentNamesOfTheIssueAreRead() throws Exception {
        Map<String, String> env = Map.of("DATABASE_URL", "jdbc:h2:mem:env", "CORS_ORIGINS", " https://a.example , https://b.example ,,",
                "HUGGINGFACE_API_TOKEN", "hf_second_name", "BIND", "::1");
        HostConfig c = new ConfigLoader(env).load(dataOnly());
        assertThat(c.databaseUrl()).isEqualTo("jdbc:h2:mem:env");
        assertThat(c.corsOrigins()).containsExactly("https://a.example", "https://b.example");
        assertThat(c.huggingFaceToken()).as("HUGGINGFACE_API_TOKEN when HF_TOKEN is not set").isEqualTo("hf_second_name");
        assertThat(c.bind()).isEqualTo("::1");
        assertThat(new ConfigLoader(Map.of("HF_TOKEN", "hf_first", "HUGGINGFACE_API_TOKEN", "hf_second")).load(dataOnly()).huggingFaceToken())
                .as("HF_TOKEN first").isEqualTo("hf_first");
        assertThat(new ConfigLoader(Map.of("PORT", "  ", "HF_TOKEN", "")).load(dataOnly()).port()).as("blank means not set").isEqualTo(8000);
    }

    @Test
    void theDataDirectoryComesFromTheFlagOrBLUELINE_DATAAndHoldsThePropertiesFile(@TempDir Path other) throws Exception {
        Files.writeString(other.resolve("blueline-host.properties"), "port=7001\n");
        HostConfig c = new ConfigLoader(Map.of("BLUELINE_DATA", other.toString())).load(NO_FLAGS);
        assertThat(c.dataDir()).isEqualTo(other);
        assertThat(c.port()).as("read from that directory's properties file").isEqualTo(7001);
        assertThat(new ConfigLoader(Map.of("BLUELINE_DATA", other.toString())).load(dataOnly()).dataDir()).as("the flag wins").isEqualTo(dir);
    }

    @Test
    void anExplicitConfigFileIsReadAndMustExist() throws Exception {
        Path file = dir.resolve("custom.properties");
        Files.writeString(file, "port=6001\n");
        assertThat(new ConfigLoader(Map.of()).load(new ConfigLoader.Flags(null, null, dir, file)).port()).isEqualTo(6001);
        Path missing = dir.resolve("missing.properties");
        assertThatThrownBy(() -> new ConfigLoader(Map.of()).load(new ConfigLoader.Flags(null, null, dir, missing)))
                .isInstanceOf(IOException.class).hasMessageContaining("config file not found").hasMessageContaining("missing.properties");
    }

    @Test
    void badValuesAreRefusedNamingWhereTheyCameFrom() throws Exception {
        assertThatThrownBy(() -> new ConfigLoader(Map.of("ACCESS_TOKEN_EXPIRE_MINUTES", "soon")).load(dataOnly()))
                .as("tried ACCESS_TOKEN_EXPIRE_MINUTES=soon").hasMessageContaining("environment variable ACCESS_TOKEN_EXPIRE_MINUTES is not valid");
        assertThatThrownBy(() -> new ConfigLoader(Map.of("ACCESS_TOKEN_EXPIRE_MINUTES", "0")).load(dataOnly()))
                .as("tried ACCESS_TOKEN_EXPIRE_MINUTES=0").hasMessageContaining("ACCESS_TOKEN_EXPIRE_MINUTES").hasMessageContaining("1 to 43200");
        assertThatThrownBy(() -> new ConfigLoader(Map.of("PORT", "eighty")).load(dataOnly()))
                .as("tried PORT=eighty").hasMessageContaining("environment variable PORT is not valid");
        assertThatThrownBy(() -> new ConfigLoader(Map.of("PORT", "70000")).load(dataOnly()))
                .as("tried PORT=70000").hasMessageContaining("port must be 0–65535");
        properties("access.token.minutes=99999\n");
        assertThatThrownBy(() -> new ConfigLoader(Map.of()).load(dataOnly()))
                .as("tried access.token.minutes=99999 in the file").hasMessageContaining("access.token.minutes").hasMessageContaining("blueline-host.properties");
        properties("port=abc\n");
        assertThatThrownBy(() -> new ConfigLoader(Map.of()).load(dataOnly()))
                .as("tried port=abc in the file").hasMessageContaining("property port is not valid");
    }

    @Test
    void refreshTokensAndInvitesHaveSafeLifetimes() throws Exception {
        HostConfig c = new ConfigLoader(Map.of()).load(dataOnly());
        assertThat(c.refreshTokenLifetime()).isEqualTo(Duration.ofDays(30));
        assertThat(c.inviteLifetime()).isEqualTo(Duration.ofDays(7));
        assertThat(c.limits()).isEqualTo(HostConfig.Limits.DEFAULT);
        assertThat(c.limits().loginAttemptsPerMinute()).isEqualTo(10);
        assertThat(List.of(c.limits().maxBodyBytes(), c.limits().maxFrameBytes())).allMatch(n -> n >= 1 << 20);
    }
}
