package dev.blueline.server.api;

/**
 * Makes the {@code blueline://host:port/join/code} link of an invite. The host's public address is
 * known to the host (LAN sessions); otherwise the address the request came to is used.
 */
public final class InviteLinks {
    private final String publicAddress;

    /** @param publicAddress {@code host:port} others reach this host at, or null */
    public InviteLinks(String publicAddress) {
        this.publicAddress = publicAddress;
    }

    public String link(String code, String requestHost) {
        String address = publicAddress != null ? publicAddress : (requestHost != null ? requestHost : "localhost");
        return "blueline://" + address + "/join/" + code;
    }
}
