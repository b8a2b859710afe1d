package dev.blueline.server.lan;

import javax.jmdns.JmDNS;
import java.io.IOException;
import java.net.InetAddress;

/** Announces a hosted session on one network interface until closed (then says goodbye on the LAN). */
public final class LanAdvertiser implements AutoCloseable {
    private final JmDNS dns;

    private LanAdvertiser(JmDNS dns) {
        this.dns = dns;
    }

    public static LanAdvertiser start(InetAddress address, SessionAdvert advert) throws IOException {
        JmDNS dns = JmDNS.create(address, "blueline-" + Long.toHexString(System.nanoTime()));
        try {
            dns.registerService(advert.toServiceInfo());
            return new LanAdvertiser(dns);
        } catch (IOException | RuntimeException e) {
            dns.close();
            throw e;
        }
    }

    @Override
    public void close() throws IOException {
        dns.unregisterAllServices();
        dns.close();
    }
}
