package dev.blueline.desktop.together;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A teammate's network link that a test can cut and restore: a TCP relay on loopback between an
 * app and a host. TLS passes through it untouched (the app still checks the host's certificate).
 * Cutting drops every open connection and refuses new ones, as a Wi-Fi that goes away does.
 */
final class CuttableLink implements AutoCloseable {
    private final ServerSocket listener;
    private final int target;
    private final List<Socket> open = new CopyOnWriteArrayList<>();
    private volatile boolean cut;

    private CuttableLink(int target) throws IOException {
        this.target = target;
        this.listener = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        Thread.ofVirtual().name("link-accept").start(this::accept);
    }

    /** A link to the host listening on loopback at {@code targetPort}. */
    static CuttableLink to(int targetPort) throws IOException {
        return new CuttableLink(targetPort);
    }

    int port() {
        return listener.getLocalPort();
    }

    /** Drops every connection and refuses new ones until {@link #restore}. */
    void cut() {
        cut = true;
        for (Socket s : open) closeQuietly(s);
        open.clear();
    }

    void restore() {
        cut = false;
    }

    private void accept() {
        while (!listener.isClosed()) {
            try {
                Socket app = listener.accept();
                if (cut) {
                    app.close();
                    continue;
                }
                Socket host = new Socket(InetAddress.getLoopbackAddress(), target);
                open.add(app);
                open.add(host);
                pump(app, host);
                pump(host, app);
            } catch (IOException e) {
                if (listener.isClosed()) return;
            }
        }
    }

    private void pump(Socket from, Socket to) {
        Thread.ofVirtual().name("link-pump").start(() -> {
            try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
                in.transferTo(out);
            } catch (IOException e) {
                // the link was cut, or one side closed: the other side goes too
            } finally {
                closeQuietly(from);
                closeQuietly(to);
            }
        });
    }

    private static void closeQuietly(Socket s) {
        try {
            s.close();
        } catch (IOException e) {
            // already gone
        }
    }

    @Override
    public void close() throws IOException {
        cut();
        listener.close();
    }
}
