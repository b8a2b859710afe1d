package dev.blueline.server.api;

import dev.blueline.server.LanShare;
import dev.blueline.server.config.HostConfig;
import dev.blueline.server.tls.Fingerprints;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.regex.Pattern;

/**
 * An invite link as a teammate pastes it: {@code blueline://host:port/join/<code>}, with
 * {@code ?fp=<sha-256>} when the host serves TLS with its own certificate. Reading one checks every
 * part and says which is wrong.
 *
 * @param fingerprint the certificate to pin, or null: then a host on loopback is reached by plain
 *                    HTTP, any other by HTTPS that ordinary authorities vouch for (a host behind TLS of
 *                    its own); never plain HTTP across a network
 */
public record JoinLink(String host, int port, String code, String fingerprint) {
    private static final Pattern CODE = Pattern.compile("[A-Za-z0-9_-]{4,100}");

    public static JoinLink parse(String text) {
        String t = text == null ? "" : text.strip();
        if (t.isEmpty()) throw new IllegalArgumentException("paste the invite link, like blueline://192.168.1.20:8000/join/…");
        URI uri;
        try {
            uri = new URI(t);
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("this is not a link: " + e.getReason());
        }
        if (!"blueline".equalsIgnoreCase(uri.getScheme())) {
            throw new IllegalArgumentException("an invite link starts with blueline://, this one with " + (uri.getScheme() == null ? "nothing" : uri.getScheme() + "://"));
        }
        String host = uri.getHost();
        if (host == null || host.isBlank()) throw new IllegalArgumentException("the link names no host (blueline://<host>:<port>/join/<code>)");
        if (uri.getPort() < 1 || uri.getPort() > 65_535) throw new IllegalArgumentException("the link needs the host's port, like " + host + ":8000");
        String path = uri.getPath() == null ? "" : uri.getPath();
        if (!path.startsWith("/join/")) throw new IllegalArgumentException("the link should end in /join/<code>");
        String code = path.substring("/join/".length());
        if (!CODE.matcher(code).matches()) throw new IllegalArgumentException("the invite code in the link is not valid: \"" + clip(code) + "\"");
        String fingerprint = null;
        if (uri.getRawQuery() != null) {
            for (String part : uri.getRawQuery().split("&")) {
                if (part.startsWith("fp=")) fingerprint = Fingerprints.parse(part.substring(3));
            }
        }
        if (host.startsWith("[") && host.endsWith("]")) host = host.substring(1, host.length() - 1);
        return new JoinLink(host, uri.getPort(), code, fingerprint);
    }

    private String authority() {
        return LanShare.authorityOf(host, port);
    }

    private boolean plain() {
        return fingerprint == null && HostConfig.isLoopback(host);
    }

    /** The host's REST base. */
    public String url() {
        return (plain() ? "http://" : "https://") + authority();
    }

    public String wsUrl() {
        return (plain() ? "ws://" : "wss://") + authority() + "/ws";
    }

    private static String clip(String s) {
        return s.length() > 40 ? s.substring(0, 40) + "…" : s;
    }
}
