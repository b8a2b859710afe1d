package dev.blueline.server.tls;

import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.TrustManager;
import javax.net.ssl.X509ExtendedTrustManager;
import java.net.Socket;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;

/**
 * How a joining app talks to a LAN host: TLS that trusts exactly one certificate, the one whose
 * fingerprint came with the invite. No authority and no host name are consulted (a LAN host has
 * neither); anyone else's certificate, including one a machine on an untrusted Wi-Fi presents in
 * the host's place, ends the handshake.
 */
public final class PinnedTrust extends X509ExtendedTrustManager {
    private final String fingerprint;

    private PinnedTrust(String fingerprint) {
        this.fingerprint = Fingerprints.parse(fingerprint);
    }

    /** A TLS context for clients (the JDK's HTTP and WebSocket client) that trusts only {@code fingerprint}. */
    public static SSLContext context(String fingerprint) {
        try {
            SSLContext context = SSLContext.getInstance("TLSv1.3");
            context.init(null, new TrustManager[]{new PinnedTrust(fingerprint)}, new SecureRandom());
            return context;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("this Java has no TLS 1.3", e);
        }
    }

    private void check(X509Certificate[] chain) throws CertificateException {
        if (chain == null || chain.length == 0) throw new CertificateException("the host sent no certificate");
        String presented = Fingerprints.of(chain[0]);
        if (!presented.equals(fingerprint)) {
            throw new CertificateException("the host's certificate is not the one in the invite (fingerprint "
                    + presented.substring(0, 16) + "…, expected " + fingerprint.substring(0, 16) + "…)");
        }
        chain[0].checkValidity();
    }

    @Override
    public void checkServerTrusted(X509Certificate[] chain, String authType) throws CertificateException {
        check(chain);
    }

    @Override
    public void checkServerTrusted(X509Certificate[] chain, String authType, Socket socket) throws CertificateException {
        check(chain);
    }

    @Override
    public void checkServerTrusted(X509Certificate[] chain, String authType, SSLEngine engine) throws CertificateException {
        check(chain);
    }

    @Override
    public void checkClientTrusted(X509Certificate[] chain, String authType) throws CertificateException {
        throw new CertificateException("this trust is for reaching a host, not for accepting clients");
    }

    @Override
    public void checkClientTrusted(X509Certificate[] chain, String authType, Socket socket) throws CertificateException {
        checkClientTrusted(chain, authType);
    }

    @Override
    public void checkClientTrusted(X509Certificate[] chain, String authType, SSLEngine engine) throws CertificateException {
        checkClientTrusted(chain, authType);
    }

    @Override
    public X509Certificate[] getAcceptedIssuers() {
        return new X509Certificate[0];
    }
}
