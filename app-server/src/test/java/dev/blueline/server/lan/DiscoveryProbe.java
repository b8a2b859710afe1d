package dev.blueline.server.lan;

import java.net.InetAddress;

/**
 * Run inside a network namespace by {@link LanDiscoveryTest}: advertises a session on loopback,
 * finds it with a browser, stops advertising, and prints what it saw at each step.
 */
public final class DiscoveryProbe {
    private DiscoveryProbe() {
    }

    public static void main(String[] args) throws Exception {
        InetAddress lo = InetAddress.getByName("127.0.0.1");
        String fp = "ab".repeat(32);
        try (LanBrowser browser = LanBrowser.start(lo)) {
            LanAdvertiser advertiser = LanAdvertiser.start(lo, new SessionAdvert("Ada's session — Shop", 8001, fp));
            long deadline = System.nanoTime() + 15_000_000_000L;
            while (browser.sessions().isEmpty() && System.nanoTime() < deadline) Thread.sleep(100);
            for (SessionAdvert.Found f : browser.sessions()) {
                System.out.println("FOUND " + f.name() + "|" + f.address() + "|" + f.port() + "|" + f.fingerprint());
            }
            advertiser.close();
            deadline = System.nanoTime() + 15_000_000_000L;
            while (!browser.sessions().isEmpty() && System.nanoTime() < deadline) Thread.sleep(100);
            System.out.println(browser.sessions().isEmpty() ? "GONE" : "STILL THERE");
        }
    }
}
