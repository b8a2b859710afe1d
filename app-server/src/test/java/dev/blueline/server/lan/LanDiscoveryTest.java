package dev.blueline.server.lan;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import javax.jmdns.ServiceInfo;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

class LanDiscoveryTest {
    private static final String FP = "ab".repeat(32);

    @Test
    void theAdvertisedRecordNamesTheSessionAndItsPortButNoInviteCode() {
        ServiceInfo info = new SessionAdvert("Ada's session — Shop", 8001, FP).toServiceInfo();
        assertThat(info.getType()).isEqualTo("_blueline._tcp.local.");
        assertThat(info.getName()).isEqualTo("Ada's session — Shop");
        assertThat(info.getPort()).isEqualTo(8001);
        assertThat(Collections.list(info.getPropertyNames())).containsExactlyInAnyOrder("v", "fp");
        assertThat(info.getPropertyString("v")).isEqualTo("1");
        assertThat(info.getPropertyString("fp")).isEqualTo(FP);
        assertThat(new SessionAdvert("  ", 8001, null).toServiceInfo().getName()).isEqualTo("Blueline session");
        assertThat(new SessionAdvert("x".repeat(200), 8001, null).name()).hasSize(60);
    }

    /**
     * Real multicast DNS between an advertiser and a browser, inside a network namespace made for
     * the test (the machine's own interfaces are left alone). Where the machine does not allow
     * namespaces, this is skipped and only the record above is checked (README: LAN discovery).
     */
    @Test
    void aSessionIsFoundOnTheLanAndGoneWhenItStops() throws Exception {
        Assumptions.assumeTrue(namespacesWork(), "this machine does not let the test make a network namespace (unshare -rn)");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String script = "ip link set lo up && ip link set lo multicast on && ip route add 224.0.0.0/4 dev lo && exec \"$0\" -cp \"$1\" "
                + DiscoveryProbe.class.getName();
        Process p = new ProcessBuilder("unshare", "-rn", "sh", "-c", script, java, System.getProperty("java.class.path"))
                .redirectErrorStream(true).start();
        boolean ended = p.waitFor(60, TimeUnit.SECONDS);
        if (!ended) p.destroyForcibly();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(ended).as(out).isTrue();
        List<String> lines = out.lines().filter(l -> l.startsWith("FOUND") || l.startsWith("GONE") || l.startsWith("STILL")).toList();
        assertThat(lines).as(out).containsExactly("FOUND Ada's session — Shop|127.0.0.1|8001|" + FP, "GONE");
    }

    private static boolean namespacesWork() {
        try {
            Process p = new ProcessBuilder("unshare", "-rn", "sh", "-c", "ip link set lo multicast on").redirectErrorStream(true).start();
            return p.waitFor(10, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (Exception e) {
            return false;
        }
    }
}
