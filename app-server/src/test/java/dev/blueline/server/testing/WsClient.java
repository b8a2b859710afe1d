package dev.blueline.server.testing;

import dev.blueline.model.ops.Put;
import dev.blueline.model.protocol.ClientMessage;
import dev.blueline.model.protocol.Codec;
import dev.blueline.model.protocol.HostMessage;
import dev.blueline.model.protocol.ProtocolException;
import dev.blueline.model.protocol.Protocol;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/** A real WebSocket client (the JDK's) that speaks the protocol and lets a test wait for frames. */
public final class WsClient implements AutoCloseable {
    public static final Codec CODEC = new Codec();
    private static final Duration WAIT = Duration.ofSeconds(10);

    private final WebSocket socket;
    private final BlockingQueue<HostMessage> inbox = new LinkedBlockingQueue<>();
    private final CompletableFuture<Integer> closed = new CompletableFuture<>();
    private volatile String closeReason;
    private final StringBuilder partial = new StringBuilder();

    private WsClient(HttpClient http, String url) throws Exception {
        this.socket = http.newWebSocketBuilder().connectTimeout(Duration.ofSeconds(5))
                .buildAsync(URI.create(url), new Listener()).get(10, TimeUnit.SECONDS);
    }

    public static WsClient connect(String url) throws Exception {
        return new WsClient(HttpClient.newHttpClient(), url);
    }

    /** Through {@code http} (e.g. one that pins a LAN host's certificate). */
    public static WsClient connect(HttpClient http, String url) throws Exception {
        return new WsClient(http, url);
    }

    private final class Listener implements WebSocket.Listener {
        @Override
        public CompletionStage<?> onText(WebSocket ws, CharSequence data, boolean last) {
            partial.append(data);
            if (last) {
                String frame = partial.toString();
                partial.setLength(0);
                try {
                    inbox.add(CODEC.decodeHost(frame));
                } catch (ProtocolException e) {
                    inbox.add(new HostMessage.ErrorMessage("undecodable", frame));
                }
            }
            ws.request(1);
            return null;
        }

        @Override
        public CompletionStage<?> onClose(WebSocket ws, int statusCode, String reason) {
            closeReason = reason;
            closed.complete(statusCode);
            return null;
        }

        @Override
        public void onError(WebSocket ws, Throwable error) {
            closed.complete(-1);
        }
    }

    public void send(ClientMessage m) {
        sendRaw(CODEC.encode(m));
    }

    public void sendRaw(String text) {
        socket.sendText(text, true).join();
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

    /** The next frame of this type (frames of other types before it are skipped). */
    public <T extends HostMessage> T await(Class<T> type) throws InterruptedException {
        return await(type, m -> true);
    }

    public <T extends HostMessage> T await(Class<T> type, Predicate<T> which) throws InterruptedException {
        long deadline = System.nanoTime() + WAIT.toNanos();
        List<HostMessage> skipped = new ArrayList<>();
        while (System.nanoTime() < deadline) {
            HostMessage m = inbox.poll(Math.max(1, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            if (m == null) break;
            if (type.isInstance(m) && which.test(type.cast(m))) return type.cast(m);
            skipped.add(m);
        }
        throw new AssertionError("no " + type.getSimpleName() + " within " + WAIT + "; got " + skipped + (closed.isDone() ? "; closed " + closed.join() + " " + closeReason : ""));
    }

    /** Frames that arrive within {@code d}. */
    public List<HostMessage> drain(Duration d) throws InterruptedException {
        List<HostMessage> out = new ArrayList<>();
        long deadline = System.nanoTime() + d.toNanos();
        while (true) {
            long left = deadline - System.nanoTime();
            if (left <= 0) return out;
            HostMessage m = inbox.poll(left, TimeUnit.NANOSECONDS);
            if (m != null) out.add(m);
        }
    }

    /** The close code once the host closed the connection. */
    public int awaitClose() throws Exception {
        return closed.get(WAIT.toSeconds(), TimeUnit.SECONDS);
    }

    public String closeReason() {
        return closeReason;
    }

    public boolean isClosed() {
        return closed.isDone();
    }

    @Override
    public void close() {
        if (!closed.isDone()) socket.sendClose(WebSocket.NORMAL_CLOSURE, "bye").orTimeout(2, TimeUnit.SECONDS).exceptionally(x -> null);
        socket.abort();
    }
}
