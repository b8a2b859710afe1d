package dev.blueline.server;

import dev.blueline.server.config.ConfigLoader;
import dev.blueline.server.config.HostConfig;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;

/** {@code java -jar app-server.jar [serve|check] [--port N] [--bind ADDR] [--data DIR]}. */
@Command(name = "blueline-host", mixinStandardHelpOptions = true, version = "Blueline host",
        description = "Hosts Blueline projects for a team: REST API, realtime editing, storage.",
        subcommands = {HostMain.Serve.class, HostMain.Check.class})
public final class HostMain implements Callable<Integer> {

    /** Options shared by both commands. */
    static final class Common {
        @Option(names = "--port", description = "port to listen on (default 8000; 0 = any free port)")
        Integer port;
        @Option(names = "--bind", description = "address to listen on (default 127.0.0.1)")
        String bind;
        @Option(names = "--data", description = "data directory (default ~/.blueline/host)")
        Path data;
        @Option(names = "--config", description = "properties file (default <data>/blueline-host.properties)")
        Path config;
        @Option(names = "--tls", negatable = true, description = "serve HTTPS/WSS with the host's own certificate (default: on unless"
                + " bound to loopback); --no-tls only behind TLS of your own")
        Boolean tls;

        HostConfig load() throws Exception {
            return new ConfigLoader(System.getenv()).load(new ConfigLoader.Flags(port, bind, data, config, tls));
        }
    }

    @CommandLine.Mixin
    Common common = new Common();

    @Override
    public Integer call() throws Exception {
        return new Serve(common).call();
    }

    @Command(name = "serve", description = "Start the host (the default).")
    static final class Serve implements Callable<Integer> {
        @CommandLine.Mixin
        Common common = new Common();

        Serve() {
        }

        Serve(Common c) {
            this.common = c;
        }

        @Override
        public Integer call() throws Exception {
            HostConfig config = common.load();
            Host host = Host.start(config);
            CountDownLatch stopped = new CountDownLatch(1);
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                host.close();
                stopped.countDown();
            }, "host-shutdown"));
            System.out.println("Blueline host on " + host.url() + " (docs: " + host.url() + "/docs)");
            if (host.fingerprint() != null) {
                System.out.println("Certificate fingerprint (SHA-256, invite links carry it): " + host.fingerprint());
            }
            stopped.await();
            return 0;
        }
    }

    @Command(name = "check", description = "Check configuration, data directory, database, migrations and port, and say what is wrong.")
    static final class Check implements Callable<Integer> {
        @CommandLine.Mixin
        Common common = new Common();

        @Override
        public Integer call() {
            return new HostCheck(System.out).run(common::load);
        }
    }

    public static void main(String[] args) {
        System.exit(new CommandLine(new HostMain()).execute(args));
    }
}
