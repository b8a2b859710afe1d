package dev.blueline.server.config;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.function.Function;

/**
 * Resolves configuration in this order: command-line flags, then environment variables, then a
 * properties file ({@code blueline-host.properties} in the data directory, or {@code --config}),
 * then safe defaults. A fresh machine needs none of them.
 */
public final class ConfigLoader {

    /** Values given on the command line; null means "not given". */
    public record Flags(Integer port, String bind, Path dataDir, Path configFile, Boolean tls) {
        /** Without a TLS choice: the default decides (TLS unless bound to loopback). */
        public Flags(Integer port, String bind, Path dataDir, Path configFile) {
            this(port, bind, dataDir, configFile, null);
        }
    }

    private final Map<String, String> env;

    public ConfigLoader(Map<String, String> env) {
        this.env = env;
    }

    public static Path defaultDataDir() {
        return Path.of(System.getProperty("user.home"), ".blueline", "host");
    }

    public HostConfig load(Flags flags) throws IOException {
        Path dataDir = first(flags.dataDir(), env("BLUELINE_DATA", Path::of), null);
        Properties file = new Properties();
        Path configFile = flags.configFile() != null ? flags.configFile()
                : (dataDir != null ? dataDir : defaultDataDir()).resolve("blueline-host.properties");
        if (Files.isRegularFile(configFile)) {
            try (Reader r = Files.newBufferedReader(configFile)) {
                file.load(r);
            }
        } else if (flags.configFile() != null) {
            throw new IOException("config file not found: " + configFile);
        }
        if (dataDir == null) dataDir = prop(file, "data", Path::of, defaultDataDir());

        int port = first(flags.port(), env("PORT", Integer::valueOf), prop(file, "port", Integer::valueOf, HostConfig.DEFAULT_PORT));
        String bind = first(flags.bind(), env("BIND", s -> s), prop(file, "bind", s -> s, "127.0.0.1"));
        String databaseUrl = first(null, env("DATABASE_URL", s -> s), prop(file, "database.url", s -> s, null));
        String secret = first(null, env("SECRET_KEY", s -> s), prop(file, "secret.key", s -> s, null));
        long minutes = first(null, env("ACCESS_TOKEN_EXPIRE_MINUTES", Long::valueOf), prop(file, "access.token.minutes", Long::valueOf, 30L));
        List<String> cors = first(null, env("CORS_ORIGINS", ConfigLoader::list), prop(file, "cors.origins", ConfigLoader::list, List.of()));
        String hf = first(null, env("HF_TOKEN", s -> s), first(null, env("HUGGINGFACE_API_TOKEN", s -> s), prop(file, "hf.token", s -> s, null)));
        // off the loopback address, plain HTTP would carry tokens and projects in the clear: TLS with the
        // host's own certificate, unless the operator says the host sits behind TLS of their own
        boolean tls = first(flags.tls(), env("BLUELINE_TLS", ConfigLoader::onOff),
                prop(file, "tls", ConfigLoader::onOff, !HostConfig.isLoopback(bind)));
        if (minutes < 1 || minutes > 60 * 24 * 30) {
            String from = env.get("ACCESS_TOKEN_EXPIRE_MINUTES") != null && !env.get("ACCESS_TOKEN_EXPIRE_MINUTES").isBlank()
                    ? "environment variable ACCESS_TOKEN_EXPIRE_MINUTES" : "property access.token.minutes in " + configFile;
            throw new IllegalArgumentException(from + " must be from 1 to 43200 (30 days), got " + minutes);
        }
        return new HostConfig(bind, port, dataDir, databaseUrl, secret, Duration.ofMinutes(minutes), Duration.ofDays(30),
                Duration.ofDays(7), cors, hf, HostConfig.Limits.DEFAULT, tls);
    }

    private static boolean onOff(String v) {
        return switch (v.toLowerCase(java.util.Locale.ROOT)) {
            case "on", "true", "yes", "1" -> true;
            case "off", "false", "no", "0" -> false;
            default -> throw new IllegalArgumentException("say on or off, not \"" + v + "\"");
        };
    }

        private <T> T env(String name, Function<String, T> parse) {
        String v = env.get(name);
        if (v == null || v.isBlank()) return null;
        try {
            return parse.apply(v.strip());
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("environment variable " + name + " is not valid: " + e.getMessage(), e);
        }
    }

    private static <T> T prop(Properties p, String name, Function<String, T> parse, T fallback) {
        String v = p.getProperty(name);
        if (v == null || v.isBlank()) return fallback;
        try {
            return parse.apply(v.strip());
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("property " + name + " is not valid: " + e.getMessage(), e);
        }
    }

    private static <T> T first(T a, T b, T c) {
        return a != null ? a : b != null ? b : c;
    }

    private static List<String> list(String s) {
        return Arrays.stream(s.split(",")).map(String::strip).filter(x -> !x.isEmpty()).toList();
    }
}
