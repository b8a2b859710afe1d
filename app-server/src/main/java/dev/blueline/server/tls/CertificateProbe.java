package dev.blueline.server.tls;

import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLException;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.TrustManager;
import javax.net.ssl.X509TrustManager;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Reads the fingerprint of the certificate a host presents, without trusting it: for joining by
 * address when no invite link (which carries the fingerprint) is at hand. The user then compares it
 * with the one the host's own app shows before anything is sent; only then is it pinned. Nothing
 * but the TLS handshake happens on this connection.
 */
public final class CertificateProbe {
    private static final int TIMEOUT_MS = 5_000;

    private CertificateProbe() {
    }

    /** The SHA-256 fingerprint of the certificate {@code host:port} presents. */
    public static String fingerprintOf(String host, int port) throws IOException {
        AtomicReference<X509Certificate> seen = new AtomicReference<>();
        SSLContext context;
        try {
            context = SSLContext.getInstance("TLSv1.3");
            context.init(null, new TrustManager[]{new Recorder(seen)}, new SecureRandom());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("TLS 1.3 is not available", e);
        }
        try (SSLSocket socket = (SSLSocket) context.getSocketFactory().createSocket()) {
            socket.connect(new InetSocketAddress(host, port), TIMEOUT_MS);
            socket.setSoTimeout(TIMEOUT_MS);
            socket.startHandshake();
        } catch (SSLException e) {
            if (seen.get() == null) throw new IOException(host + ":" + port + " does not speak TLS: " + e.getMessage(), e);
        }
        if (seen.get() == null) throw new IOException(host + ":" + port + " presented no certificate");
        return Fingerprints.of(seen.get());
    }

    /** Accepts any certificate and keeps the first one: it is shown to the user, not trusted. */
    private record Recorder(AtomicReference<X509Certificate> seen) implements X509TrustManager {
        @Override
        public void checkServerTrusted(X509Certificate[] chain, String authType) {
            if (chain.length > 0) seen.compareAndSet(null, chain[0]);
        }

        @Override
        public void checkClientTrusted(X509Certificate[] chain, String authType) {
            throw new UnsupportedOperationException("a probe is a client only");
        }

        @Override
        public X509Certificate[] getAcceptedIssuers() {
            return new X509Certificate[0];
        }
    }
}
