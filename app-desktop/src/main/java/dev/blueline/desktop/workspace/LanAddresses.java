package dev.blueline.desktop.workspace;

import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.NetworkInterface;
import java.net.SocketException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** The network interfaces a session can be hosted on: up, not loopback, with their addresses (IPv4 first). */
public final class LanAddresses {
    /** One address to host on, with a name a person recognises ("eth0 — 192.168.1.20"). */
    public record Choice(String label, InetAddress address) {
        @Override
        public String toString() {
            return label;
        }
    }

    private LanAddresses() {
    }

    public static List<Choice> candidates() {
        List<Choice> out = new ArrayList<>();
        try {
            for (NetworkInterface nic : NetworkInterface.networkInterfaces().toList()) {
                if (!nic.isUp() || nic.isLoopback() || nic.isPointToPoint()) continue;
                for (InetAddress a : nic.inetAddresses().toList()) {
                    if (a.isLoopbackAddress() || a.isLinkLocalAddress()) continue;
                    out.add(new Choice(nic.getDisplayName() + " — " + a.getHostAddress(), a));
                }
            }
        } catch (SocketException e) {
            return List.of();
        }
        out.sort(Comparator.comparing((Choice c) -> !(c.address() instanceof Inet4Address)).thenComparing(Choice::label));
        return out;
    }
}
