package dev.blueline.desktop.workspace;

import dev.blueline.server.Host;
import dev.blueline.server.LanShare;
import dev.blueline.server.lan.LanAdvertiser;
import dev.blueline.server.lan.SessionAdvert;

import java.io.IOException;
import java.net.InetAddress;

/**
 * This app's host, opened to the LAN so teammates can join: listening on one network interface
 * with TLS (port 8000 or the next free one) and announced there by DNS-SD. Announcing is a
 * convenience: when it fails (no multicast on that network), hosting goes on and invite links still
 * work, and {@link #announceProblem()} says why.
 */
public final class LanHosting implements AutoCloseable {
    /** The port teammates expect; the next free one is taken when it is busy. */
    public static final int PORT = 8000;

    private final Host host;
    /** The hosting user's name, for telling teammates who stopped the session. */
    private final String hostName;
    private LanAdvertiser advertiser;
    private String announceProblem;

    LanHosting(Host host, String hostName) {
        this.host = host;
        this.hostName = hostName;
    }

    /** Opens to the LAN on {@code address}, announced as {@code sessionName}. Opening again while open changes nothing. */
    public synchronized LanShare open(InetAddress address, String sessionName) throws IOException {
        LanShare open = host.lanShare();
        if (open != null) return open;
        LanShare share = host.openToLan(address.getHostAddress(), PORT);
        try {
            advertiser = LanAdvertiser.start(address, new SessionAdvert(sessionName, share.port(), share.fingerprint()));
            announceProblem = null;
        } catch (IOException | RuntimeException e) {
            advertiser = null;
            announceProblem = e.getMessage() == null ? e.toString() : e.getMessage();
        }
        return share;
    }

    /** Where the session is open, or null when it is not. */
    public LanShare share() {
        return host.lanShare();
    }

    /** Why the session could not be announced on the LAN, or null when it is (or is not open). */
    public synchronized String announceProblem() {
        return announceProblem;
    }

    /**
     * Stop hosting, as the user chose: teammates' apps are told "<name> stopped hosting" and stop
     * trying to come back (they keep their copies); this app's own editing goes on.
     */
    public synchronized void stop() {
        stopAnnouncing();
        host.stopHostingOnLan(hostName + " stopped hosting");
    }

    /**
     * Leaves the LAN as the app quits: teammates' connections just drop, so their apps keep trying
     * and come back when this app hosts again.
     */
    @Override
    public synchronized void close() {
        stopAnnouncing();
        host.closeToLan();
    }

    private void stopAnnouncing() {
        if (advertiser != null) {
            try {
                advertiser.close();
            } catch (IOException e) {
                // leaving the LAN anyway: the announcement expires by itself
            }
            advertiser = null;
        }
        announceProblem = null;
    }
}
