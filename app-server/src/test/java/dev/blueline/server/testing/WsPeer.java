package dev.blueline.server.testing;

import dev.blueline.model.ops.Put;
import dev.blueline.model.protocol.ClientMessage;
import dev.blueline.model.protocol.Codec;
import dev.blueline.model.protocol.HostMessage;
import dev.blueline.model.protocol.Protocol;
import dev.blueline.model.protocol.ProtocolException;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/**
 * A real WebSocket client (the JDK's) for the realtime tests. Like {@link WsClient}, plus what those
 * tests need: every frame in arrival order ({@link #next}, {@link #until}), raw and binary frames,
 * sends that may fail because the host hung up, and the close code and reason.
 */
public final class WsPeer implements AutoCloseable {
    public static final Codec CODEC = new Codec();
    public static final Duration WAIT = Duration.ofSeconds(30);
    private static final String BINARY = "\u0000binary";
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private final WebSocket socket;
    /** Frames as they came; decoded when the test takes them, so reading never falls behind. */
    private final BlockingQueue<String> inbox = new LinkedBlockingQueue<>();
    /** Frames {@link #await} passed over, oldest first; read by the test's thread only. */
    private final ArrayDeque<HostMessage> skipped = new ArrayDeque<>();
    private final java.util.concurrent.atomic.AtomicInteger presenceRounds = new java.util.concurrent.atomic.AtomicInteger();
    private final CompletableFuture<Integer> closed = new CompletableFuture<>();
    private volatile String closeReason;
    private final StringBuilder partial = new StringBuilder();

    private WsPeer(String url) throws Exception {
        this.socket = HTTP.newWebSocketBuilder().connectTimeout(Duration.ofSeconds(20))
                .buildAsync(URI.create(url), new Listener()).get(30, TimeUnit.SECONDS);
    }

    /** How many presence round frames arrived (each is handed out as the presences it holds). */
    public int presenceRounds() {
        return presenceRounds.get();
    }

    public static WsPeer connect(String url) throws Exception {
        return new WsPeer(url);
    }

    private final class Listener implements WebSocket.Listener {
        @Override
        public CompletionStage<?> onText(WebSocket ws, CharSequence data, boolean last) {
            partial.append(data);
            if (last) {
                String frame = partial.toString();
                partial.setLength(0);
                if (frame.startsWith("{\"type\":\"presences\"")) {
                    // a presence round counts as the presences it holds, one message each
                    presenceRounds.incrementAndGet();
                    if (decode(frame) instanceof HostMessage.Presences round) {
                        for (HostMessage.PeerPresence p : round.peers()) inbox.add(CODEC.encode(p));
                        ws.request(1);
                        return null;
                    }
                }
                inbox.add(frame);
            }
            ws.request(1);
            return null;
        }

        @Override
        public CompletionStage<?> onBinary(WebSocket ws, ByteBuffer data, boolean last) {
            inbox.add(BINARY);
            ws.request(1);
            return null;
        }

        @Override
        public CompletionStage<?> onClose(WebSocket ws, int statusCode, String reason) {
            closeReason = reason;
            // the JDK client reports 1006 when the connection ended without a close frame
            closed.complete(statusCode == ABNORMAL_CLOSURE ? -1 : statusCode);
            return null;
        }

        @Override
        public void onError(WebSocket ws, Throwable error) {
            closeReason = String.valueOf(error);
            closed.complete(-1);
        }
    }

    // ---------------------------------------------------------------- sending

    public void send(ClientMessage m) {
        sendRaw(CODEC.encode(m));
    }

    public void sendRaw(String text) {
        socket.sendText(text, true).orTimeout(WAIT.toSeconds(), TimeUnit.SECONDS).join();
    }

    /** Sends without waiting; the future fails when the host hangs up first (expected for abusive frames). */
    public CompletableFuture<WebSocket> sendRawAsync(String text) {
        return socket.sendText(text, true);
    }

    public void sendBinary(byte[] data) {
        socket.sendBinary(ByteBuffer.wrap(data), true).orTimeout(WAIT.toSeconds(), TimeUnit.SECONDS).join();
    }

    public HostMessage.Welcome hello(String token, String projectId, String clientId, long lastSeq) throws InterruptedException {
        return hello(token, projectId, clientId, lastSeq, null);
    }

    /** Hello from a client that was welcomed before with {@code epoch}: only then may the welcome be a catch-up. */
    public HostMessage.Welcome hello(String token, String projectId, String clientId, long lastSeq, String epoch) throws InterruptedException {
        send(new ClientMessage.Hello(Protocol.VERSION, token, projectId, clientId, lastSeq, epoch));
        return await(HostMessage.Welcome.class);
    }

    public void change(long clientSeq, Put... ops) {
        send(new ClientMessage.ChangeRequest(clientSeq, List.of(ops)));
    }

    public void change(long clientSeq, List<Put> ops) {
        send(new ClientMessage.ChangeRequest(clientSeq, ops));
    }

    // ---------------------------------------------------------------- receiving

    /** The next frame not consumed yet, or null when none arrives within {@code d}. */
    public HostMessage next(Duration d) throws InterruptedException {
        HostMessage m = skipped.pollFirst();
        return m != null ? m : poll(d.toNanos());
    }

    private HostMessage poll(long nanos) throws InterruptedException {
        return decode(inbox.poll(nanos, TimeUnit.NANOSECONDS));
    }

    private static HostMessage decode(String frame) {
        if (frame == null) return null;
        if (frame == BINARY) return new HostMessage.ErrorMessage("binary_from_host", "a binary frame");
        try {
            return CODEC.decodeHost(frame);
        } catch (ProtocolException e) {
            return new HostMessage.ErrorMessage("undecodable", frame);
        }
    }

    /**
     * The first frame of this type not consumed yet. Frames of other types stay for later calls,
     * so waiting for an ack does not lose the broadcasts that came before it.
     */
    public <T extends HostMessage> T await(Class<T> type) throws InterruptedException {
        return await(type, m -> true);
    }

    public <T extends HostMessage> T await(Class<T> type, Predicate<? super T> which) throws InterruptedException {
        Predicate<HostMessage> wanted = m -> type.isInstance(m) && which.test(type.cast(m));
        for (var it = skipped.iterator(); it.hasNext(); ) {
            HostMessage m = it.next();
            if (wanted.test(m)) {
                it.remove();
                return type.cast(m);
            }
        }
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (true) {
            long left = deadline - System.nanoTime();
            HostMessage m = left > 0 ? poll(left) : null;
            if (m == null) throw timeout("no " + type.getSimpleName(), new ArrayList<>(skipped));
            if (wanted.test(m)) return type.cast(m);
            skipped.addLast(m);
        }
    }

    /** Every frame not consumed yet, in order, up to and including the first that matches. */
    public List<HostMessage> until(Predicate<HostMessage> last) throws InterruptedException {
        long deadline = System.nanoTime() + WAIT.toNanos();
        List<HostMessage> seen = new ArrayList<>();
        while (true) {
            HostMessage m = skipped.pollFirst();
            if (m == null) {
                long left = deadline - System.nanoTime();
                m = left > 0 ? poll(left) : null;
            }
            if (m == null) throw timeout("no matching frame", seen);
            seen.add(m);
            if (last.test(m)) return seen;
        }
    }

    /** Frames not consumed yet plus those that arrive within {@code d}. */
    public List<HostMessage> drain(Duration d) throws InterruptedException {
        List<HostMessage> out = new ArrayList<>(skipped);
        skipped.clear();
        List<String> waiting = new ArrayList<>();
        inbox.drainTo(waiting);
        for (String f : waiting) out.add(decode(f));
        long deadline = System.nanoTime() + d.toNanos();
        while (true) {
            long left = deadline - System.nanoTime();
            if (left <= 0) return out;
            HostMessage m = poll(left);
            if (m != null) out.add(m);
        }
    }

    private AssertionError timeout(String what, List<HostMessage> seen) {
        return new AssertionError(what + " within " + WAIT + "; got " + clip(seen)
                + (closed.isDone() ? "; closed " + closed.join() + " " + closeReason : ""));
    }

    /** What the JDK client reports when the TCP connection ends before a close frame arrives. */
    private static final int ABNORMAL_CLOSURE = 1006;

    /** The close code once the connection ended (-1: it broke without a close frame). */
    public int awaitClose() throws Exception {
        return closed.get(WAIT.toSeconds(), TimeUnit.SECONDS);
    }

    public String closeReason() {
        return closeReason;
    }

    public boolean isClosed() {
        return closed.isDone();
    }

    private static String clip(List<HostMessage> seen) {
        String s = seen.toString();
        return s.length() > 2_000 ? s.substring(0, 1_000) + " … " + s.substring(s.length() - 1_000) : s;
    }

    @Override
    public void close() {
        if (!closed.isDone()) socket.sendClose(WebSocket.NORMAL_CLOSURE, "bye").orTimeout(2, TimeUnit.SECONDS).exceptionally(x -> null);
        socket.abort();
    }
}
