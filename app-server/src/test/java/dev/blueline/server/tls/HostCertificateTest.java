package dev.blueline.server.tls;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class HostCertificateTest {
    @TempDir
    Path dir;

    @Test
    void isMadeOnFirstStartKeptPrivateAndTheSameOnEveryStartAfter() throws Exception {
        HostCertificate first = HostCertificate.loadOrCreate(dir);
        assertThat(first.fingerprint()).matches("[0-9a-f]{64}");
        assertThat(first.certificate().getSubjectX500Principal().getName()).isEqualTo("CN=Blueline host");
        assertThat(first.certificate().getPublicKey().getAlgorithm()).isEqualTo("EC");
        first.certificate().checkValidity();
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(first.file()))).isEqualTo("rw-------");

        HostCertificate again = HostCertificate.loadOrCreate(dir);
        assertThat(again.fingerprint()).as("invites already sent stay valid").isEqualTo(first.fingerprint());
        assertThat(HostCertificate.loadOrCreate(Files.createDirectories(dir.resolve("other"))).fingerprint())
                .as("another host has another certificate").isNotEqualTo(first.fingerprint());
    }

    @Test
    void aDamagedKeyStoreIsReportedNotReplaced() throws Exception {
        // tried: the key store file overwritten with garbage; a silent new certificate would break every invite
        Path file = HostCertificate.loadOrCreate(dir).file();
        Files.writeString(file, "not a key store");
        assertThatThrownBy(() -> HostCertificate.loadOrCreate(dir))
                .hasMessageContaining(file.toString()).hasMessageContaining("cannot be read").hasMessageContaining("move the file away");
        assertThat(Files.readString(file)).isEqualTo("not a key store");
    }

    @Test
    void fingerprintsAreReadAsPeoplePasteThem() {
        String hex = "ab".repeat(32);
        assertThat(Fingerprints.parse(hex.toUpperCase())).isEqualTo(hex);
        assertThat(Fingerprints.parse(String.join(":", hex.split("(?<=\\G..)")))).isEqualTo(hex);
        assertThatThrownBy(() -> Fingerprints.parse("abc")).hasMessageContaining("64 hex digits");
        assertThatThrownBy(() -> Fingerprints.parse("zz".repeat(32))).hasMessageContaining("64 hex digits");
        assertThatThrownBy(() -> Fingerprints.parse(null)).hasMessageContaining("64 hex digits");
    }
}
