package dev.blueline.server.lan;

import javax.jmdns.ServiceInfo;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * What a hosted session tells the LAN through DNS-SD: a name people recognise, the port, and the
 * fingerprint of the host's certificate (so the Join screen can show which host it is). Never the
 * invite code: finding a session is not being let in.
 */
public record SessionAdvert(String name, int port, String fingerprint) {
    /** The DNS-SD service type of Blueline sessions. */
    public static final String SERVICE_TYPE = "_blueline._tcp.local.";
    /** Version of the TXT record's keys. */
    static final String VERSION = "1";
    /** DNS-SD instance names are at most 63 bytes. */
    private static final int MAX_NAME = 60;

    public SessionAdvert {
        name = name == null || name.isBlank() ? "Blueline session" : name.strip();
        if (name.length() > MAX_NAME) name = name.substring(0, MAX_NAME);
    }

    ServiceInfo toServiceInfo() {
        Map<String, String> txt = new LinkedHashMap<>();
        txt.put("v", VERSION);
        if (fingerprint != null) txt.put("fp", fingerprint);
        return ServiceInfo.create(SERVICE_TYPE, name, port, 0, 0, txt);
    }

    /** A session found on the LAN: where it is and what it says about itself. */
    public record Found(String name, String address, int port, String fingerprint) {
    }

    /** Reads a resolved service; empty when it is not a Blueline session this app understands. */
    static Optional<Found> read(ServiceInfo info) {
        if (info == null || info.getPort() <= 0 || !VERSION.equals(info.getPropertyString("v"))) return Optional.empty();
        var addresses = info.getInetAddresses();
        if (addresses.length == 0) return Optional.empty();
        return Optional.of(new Found(info.getName(), addresses[0].getHostAddress(), info.getPort(), info.getPropertyString("fp")));
    }
}
