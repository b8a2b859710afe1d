package dev.blueline.server.tls;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.util.HexFormat;
import java.util.Locale;
import java.util.regex.Pattern;

/** SHA-256 fingerprints of certificates, written as 64 lowercase hex digits. */
public final class Fingerprints {
    private static final Pattern VALID = Pattern.compile("[0-9a-f]{64}");

    private Fingerprints() {
    }

    public static String of(X509Certificate certificate) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(certificate.getEncoded()));
        } catch (CertificateEncodingException | NoSuchAlgorithmException e) {
            throw new IllegalStateException("cannot fingerprint a certificate", e);
        }
    }

    /**
     * A fingerprint as typed or pasted (upper case, with colons or spaces between the bytes is fine),
     * in its canonical form; an error saying what is wrong otherwise.
     */
    public static String parse(String text) {
        String hex = text == null ? "" : text.replaceAll("[\\s:]", "").toLowerCase(Locale.ROOT);
        if (!VALID.matcher(hex).matches()) {
            throw new IllegalArgumentException("a certificate fingerprint is 64 hex digits (SHA-256), got \""
                    + (text == null ? "" : text.length() > 80 ? text.substring(0, 80) + "…" : text) + "\"");
        }
        return hex;
    }

    /** The fingerprint in groups of four ({@code 3f2a 9c01 …}), for two people to read out and compare. */
    public static String readable(String fingerprint) {
        String hex = parse(fingerprint);
        StringBuilder out = new StringBuilder(hex.length() + hex.length() / 4);
        for (int i = 0; i < hex.length(); i += 4) {
            if (i > 0) out.append(' ');
            out.append(hex, i, i + 4);
        }
        return out.toString();
    }
}
