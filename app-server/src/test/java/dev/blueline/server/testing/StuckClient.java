package dev.blueline.server.testing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;

/**
 * A WebSocket client that completes the upgrade, says what it is told to, and then never reads
 * again, like an app frozen in a debugger or a laptop whose lid closed. Written on a raw socket with
 * a tiny receive buffer, so the host's frames pile up on the host's side after a few kilobytes.
 */
public final class StuckClient implements AutoCloseable {
    private static final SecureRandom RANDOM = new SecureRandom();
    private final Socket socket;
    private final OutputStream out;

    private StuckClient(Socket socket) throws IOException {
        this.socket = socket;
        this.out = socket.getOutputStream();
    }

    public static StuckClient connect(String wsUrl) throws IOException {
        URI uri = URI.create(wsUrl);
        Socket s = new Socket();
        s.setReceiveBufferSize(4096); // before connecting, so the TCP window stays small
        s.connect(new InetSocketAddress(uri.getHost(), uri.getPort()), 5_000);
        s.setSoTimeout(10_000);
        byte[] nonce = new byte[16];
        RANDOM.nextBytes(nonce);
        String request = "GET " + uri.getRawPath() + " HTTP/1.1\r\nHost: " + uri.getHost() + ":" + uri.getPort()
                + "\r\nUpgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Key: " + Base64.getEncoder().encodeToString(nonce)
                + "\r\nSec-WebSocket-Version: 13\r\n\r\n";
        s.getOutputStream().write(request.getBytes(StandardCharsets.US_ASCII));
        String head = readHead(s.getInputStream());
        if (!head.startsWith("HTTP/1.1 101")) throw new IOException("upgrade refused: " + head);
        return new StuckClient(s);
    }

    /** Reads the response head byte by byte, so not one byte of WebSocket data is taken in. */
    private static String readHead(InputStream in) throws IOException {
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        int matched = 0;
        byte[] end = {'\r', '\n', '\r', '\n'};
        while (matched < 4) {
            int b = in.read();
            if (b < 0) throw new IOException("connection closed during the upgrade: " + head);
            head.write(b);
            matched = b == end[matched] ? matched + 1 : (b == '\r' ? 1 : 0);
        }
        return head.toString(StandardCharsets.US_ASCII);
    }

    /** Sends one text frame (masked, as clients must). */
    public void sendText(String text) throws IOException {
        byte[] payload = text.getBytes(StandardCharsets.UTF_8);
        ByteArrayOutputStream frame = new ByteArrayOutputStream(payload.length + 14);
        frame.write(0x81); // FIN + text
        if (payload.length < 126) {
            frame.write(0x80 | payload.length);
        } else if (payload.length < 65_536) {
            frame.write(0x80 | 126);
            frame.write(payload.length >>> 8);
            frame.write(payload.length & 0xff);
        } else {
            frame.write(0x80 | 127);
            for (int i = 7; i >= 0; i--) frame.write((int) ((long) payload.length >>> (8 * i)) & 0xff);
        }
        byte[] mask = new byte[4];
        RANDOM.nextBytes(mask);
        frame.write(mask);
        for (int i = 0; i < payload.length; i++) frame.write(payload[i] ^ mask[i & 3]);
        out.write(frame.toByteArray());
        out.flush();
    }

    /**
     * Starts reading again and returns once the host has closed the TCP connection (true), or
     * false when it is still open after {@code within}.
     */
    public boolean awaitDropped(Duration within) throws IOException {
        long deadline = System.nanoTime() + within.toNanos();
        InputStream in = socket.getInputStream();
        byte[] buffer = new byte[64 * 1024];
        socket.setSoTimeout(200);
        while (System.nanoTime() < deadline) {
            try {
                if (in.read(buffer) < 0) return true;
            } catch (SocketTimeoutException stillOpen) {
                // keep waiting
            } catch (IOException reset) {
                return true;
            }
        }
        return false;
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }
}
