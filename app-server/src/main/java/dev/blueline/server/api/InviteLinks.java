package dev.blueline.server.api;

/**
 * Makes the {@code blueline://host:port/join/code} link of an invite. The host's public address is
 * known to the host (LAN sessions); otherwise the address the request came to is used. A host that
 * serves TLS with its own certificate adds {@code ?fp=<fingerprint>}, which joining apps pin.
 */
public final class InviteLinks {
    private final String publicAddress;
    private final String fingerprint;

    /**
     * @param publicAddress {@code host:port} others reach this host at, or null
     * @param fingerprint   the SHA-256 fingerprint of the host's certificate, or null for plain HTTP
     */
    public InviteLinks(String publicAddress, String fingerprint) {
        this.publicAddress = publicAddress;
        this.fingerprint = fingerprint;
    }

    public String link(String code, String requestHost) {
        String address = publicAddress != null ? publicAddress : (requestHost != null ? requestHost : "localhost");
        return "blueline://" + address + "/join/" + code + (fingerprint == null ? "" : "?fp=" + fingerprint);
    }
}
