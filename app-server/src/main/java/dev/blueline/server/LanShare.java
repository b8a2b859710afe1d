package dev.blueline.server;

import dev.blueline.server.api.InviteLinks;

/**
 * Where a host is open to the LAN: the address and port it listens on there (HTTPS and WSS), and
 * the fingerprint of the certificate it serves, which joining apps pin.
 */
public record LanShare(String address, int port, String fingerprint) {

    /** {@code host:port}, with brackets around an IPv6 address. */
    public String authority() {
        return authorityOf(address, port);
    }

    /** {@code host:port} for any host, as URLs and invite links write it: an IPv6 address in brackets. */
    public static String authorityOf(String host, int port) {
        return (host.contains(":") ? "[" + host + "]" : host) + ":" + port;
    }

    public String url() {
        return "https://" + authority();
    }

    public String wsUrl() {
        return "wss://" + authority() + "/ws";
    }

    /** The link a teammate joins with: {@code blueline://host:port/join/<code>?fp=<fingerprint>}. */
    public String inviteLink(String code) {
        return new InviteLinks(authority(), fingerprint).link(code, null);
    }
}
