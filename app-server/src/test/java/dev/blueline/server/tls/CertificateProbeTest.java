package dev.blueline.server.tls;

import dev.blueline.server.config.HostConfig;
import dev.blueline.server.testing.TestHost;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Reading a host's certificate fingerprint for joining by address, before trusting anything. */
class CertificateProbeTest {
    @TempDir
    Path dir;
    @TempDir
    Path plainDir;

    @Test
    void readsTheFingerprintOfTheCertificateATlsHostPresents() throws Exception {
        try (TestHost t = TestHost.start(HostConfig.local(dir).withTls(true))) {
            assertThat(CertificateProbe.fingerprintOf("127.0.0.1", t.host.port())).isEqualTo(t.host.fingerprint());
        }
    }

    @Test
    void aHostWithoutTlsOrNoHostAtAllIsAClearError() throws Exception {
        // tried: a plain-HTTP host, then a port where nothing listens
        try (TestHost t = TestHost.start(HostConfig.local(plainDir))) {
            assertThatThrownBy(() -> CertificateProbe.fingerprintOf("127.0.0.1", t.host.port()))
                    .isInstanceOf(IOException.class).hasMessageContaining("does not speak TLS");
        }
        int closed;
        try (var s = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            closed = s.getLocalPort();
        }
        int port = closed;
        assertThatThrownBy(() -> CertificateProbe.fingerprintOf("127.0.0.1", port)).isInstanceOf(IOException.class);
    }

    @Test
    void aFingerprintReadsInGroupsOfFour() {
        assertThat(Fingerprints.readable("AB".repeat(32))).isEqualTo(String.join(" ", java.util.Collections.nCopies(16, "abab")));
    }
}
