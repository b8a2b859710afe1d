package dev.blueline.server.lan;

import javax.jmdns.JmDNS;
import javax.jmdns.ServiceEvent;
import javax.jmdns.ServiceListener;
import java.io.IOException;
import java.net.InetAddress;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Lists the Blueline sessions advertised on one network interface, as they come and go. */
public final class LanBrowser implements AutoCloseable {
    private final JmDNS dns;
    private final Map<String, SessionAdvert.Found> found = new ConcurrentHashMap<>();
    private final ServiceListener listener = new ServiceListener() {
        @Override
        public void serviceAdded(ServiceEvent e) {
            e.getDNS().requestServiceInfo(e.getType(), e.getName(), 1_000);
        }

        @Override
        public void serviceRemoved(ServiceEvent e) {
            found.remove(e.getName());
        }

        @Override
        public void serviceResolved(ServiceEvent e) {
            SessionAdvert.read(e.getInfo()).ifPresent(s -> found.put(e.getName(), s));
        }
    };

    private LanBrowser(JmDNS dns) {
        this.dns = dns;
        dns.addServiceListener(SessionAdvert.SERVICE_TYPE, listener);
    }

    public static LanBrowser start(InetAddress address) throws IOException {
        return new LanBrowser(JmDNS.create(address, "blueline-browser-" + Long.toHexString(System.nanoTime())));
    }

    /** The sessions seen so far, by name. */
    public List<SessionAdvert.Found> sessions() {
        return found.values().stream().sorted(Comparator.comparing(SessionAdvert.Found::name)).toList();
    }

    @Override
    public void close() throws IOException {
        dns.removeServiceListener(SessionAdvert.SERVICE_TYPE, listener);
        dns.close();
    }
}
