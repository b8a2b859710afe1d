package dev.blueline.server.tls;

import dev.blueline.server.config.PrivateFiles;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.ContentSigner;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.SecureRandom;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;

/**
 * The certificate a LAN host serves HTTPS and WSS with. It is made on the host's first start (an
 * EC P-256 key, self-signed, valid for ten years) and kept in {@code tls/host.p12} in the data
 * directory, readable by its owner only. No authority vouches for it: joining apps trust it because
 * the invite link carries its {@link #fingerprint()}, and they accept no other (ADR 11).
 */
public final class HostCertificate {
    static final String FILE = "host.p12";
    static final String ALIAS = "blueline-host";
    /** The key store is protected by its file's permissions; a password beside it would add nothing. */
    static final char[] PASSWORD = "blueline".toCharArray();
    private static final Duration VALID_FOR = Duration.ofDays(3653);

    private final Path file;
    private final KeyStore keyStore;
    private final X509Certificate certificate;

    private HostCertificate(Path file, KeyStore keyStore, X509Certificate certificate) {
        this.file = file;
        this.keyStore = keyStore;
        this.certificate = certificate;
    }

    /** Where a host keeps its certificate in its data directory. */
    public static Path fileIn(Path dataDir) {
        return dataDir.resolve("tls").resolve(FILE);
    }

    /** The host's certificate from {@code dataDir/tls}, made there first if there is none. */
    public static HostCertificate loadOrCreate(Path dataDir) throws IOException {
        Path file = fileIn(dataDir);
        if (!Files.exists(file)) {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            try {
                create().store(bytes, PASSWORD);
            } catch (GeneralSecurityException | OperatorCreationException e) {
                throw new IOException("could not make the host's certificate: " + e.getMessage(), e);
            }
            PrivateFiles.createOnce(file, bytes.toByteArray());
        }
        return load(file); // the one on disk: when two processes raced, the first one's
    }

    private static HostCertificate load(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(in, PASSWORD);
            Certificate c = store.getCertificate(ALIAS);
            if (!(c instanceof X509Certificate x509) || !store.isKeyEntry(ALIAS)) {
                throw new IOException(file + " holds no host key and certificate (alias " + ALIAS + ")");
            }
            return new HostCertificate(file, store, x509);
        } catch (GeneralSecurityException | IOException e) {
            // not replaced silently: every invite out there names the old certificate's fingerprint
            throw new IOException("the host's certificate in " + file + " cannot be read (" + e.getMessage()
                    + "); move the file away to make a new one, then send new invites", e);
        }
    }

    private static KeyStore create() throws GeneralSecurityException, OperatorCreationException, IOException {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
        generator.initialize(new ECGenParameterSpec("secp256r1"), new SecureRandom());
        KeyPair keys = generator.generateKeyPair();
        X500Name name = new X500Name("CN=Blueline host");
        Instant now = Instant.now();
        X509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(name, new BigInteger(64, new SecureRandom()),
                Date.from(now.minus(Duration.ofDays(1))), Date.from(now.plus(VALID_FOR)), name, keys.getPublic())
                .addExtension(Extension.basicConstraints, true, new BasicConstraints(false));
        ContentSigner signer = new JcaContentSignerBuilder("SHA256withECDSA").build(keys.getPrivate());
        X509Certificate certificate = new JcaX509CertificateConverter().getCertificate(builder.build(signer));
        KeyStore store = KeyStore.getInstance("PKCS12");
        store.load(null, null);
        store.setKeyEntry(ALIAS, keys.getPrivate(), PASSWORD, new Certificate[]{certificate});
        return store;
    }

    /** The certificate's SHA-256 fingerprint: 64 lowercase hex digits, as invite links carry it. */
    public String fingerprint() {
        return Fingerprints.of(certificate);
    }

    public X509Certificate certificate() {
        return certificate;
    }

    /** The key store holding the key and certificate, for the server's TLS set-up. */
    public KeyStore keyStore() {
        return keyStore;
    }

    public String keyStorePassword() {
        return new String(PASSWORD);
    }

    public Path file() {
        return file;
    }
}
