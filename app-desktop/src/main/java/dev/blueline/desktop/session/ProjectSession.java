package dev.blueline.desktop.session;

import dev.blueline.model.document.Document;
import dev.blueline.model.ops.ChangeValidator;
import dev.blueline.model.ops.Ops;
import dev.blueline.model.ops.Put;
import dev.blueline.model.protocol.ClientMessage;
import dev.blueline.model.protocol.Codec;
import dev.blueline.model.protocol.HostMessage;
import dev.blueline.model.protocol.ProtocolException;
import dev.blueline.model.room.CloseCodes;
import dev.blueline.model.sync.PendingChange;
import dev.blueline.model.sync.PendingStore;
import dev.blueline.model.sync.SyncClient;
import dev.blueline.model.sync.SyncListener;
import dev.blueline.server.store.KeptCopy;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * One open project: a {@link SyncClient} kept connected to a host over a WebSocket. Edits apply at
 * once and are sent when online; when the link drops, editing goes on, changes wait in the pending
 * store, and the session reconnects with backoff and jitter so a room full of apps does not come
 * back in the same millisecond. All sync work runs on the editor's thread ({@code ui}).
 */
public final class ProjectSession implements AutoCloseable {
    private static final Codec CODEC = new Codec();
    private static final long FIRST_RETRY_MS = 250;
    private static final long MAX_RETRY_MS = 15_000;

    private final URI url;
    /** A token for the hello; may take a while (a joined project's is refreshed over the network). */
    private final Supplier<CompletableFuture<String>> token;
    private final String projectId;
    private final Executor ui;
    private final SessionListener listener;
    private final SyncClient sync;
    private final HttpClient http;
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(
            Thread.ofPlatform().name("session-reconnect").daemon(true).factory());

    // touched only on the ui thread
    private ConnectionState state = ConnectionState.CLOSED;
    private Outbox outbox;
    private SyncClient.Connection connection;
    private long retryMs = FIRST_RETRY_MS;
    private boolean closed;
    private boolean gaveUp;
    /** The hosting user ended the session: no more retries, and the state says so. */
    private boolean hostStopped;
    private int attempts;
    private final List<Runnable> closeSteps = new ArrayList<>();

    public ProjectSession(HttpClient http, String wsUrl, Supplier<String> token, String projectId, PendingStore pending,
                          Document localCopy, long localSeq, Executor ui, SessionListener listener) {
        this(http, wsUrl, () -> CompletableFuture.completedFuture(token.get()), projectId, pending, localCopy, localSeq, null, ui, listener);
    }

    /**
     * A session that starts from a kept copy (a joined project's, so it opens without the host) and
     * gets its token asynchronously; a token that fails with {@link SignInRefused} ends the retries.
     */
    public ProjectSession(HttpClient http, String wsUrl, Supplier<CompletableFuture<String>> token, String projectId, PendingStore pending,
                          KeptCopy start, Executor ui, SessionListener listener) {
        this(http, wsUrl, token, projectId, pending, Ops.fromSnapshot(start.objects()), start.seq(), start.epoch(), ui, listener);
    }

    private ProjectSession(HttpClient http, String wsUrl, Supplier<CompletableFuture<String>> token, String projectId, PendingStore pending,
                           Document copy, long seq, String epoch, Executor ui, SessionListener listener) {
        this.http = http;
        this.url = URI.create(wsUrl);
        this.token = token;
        this.projectId = projectId;
        this.ui = ui;
        this.listener = listener;
        this.sync = new SyncClient(pending, new ChangeValidator(), new Relay(), copy, seq, epoch);
    }

    public String projectId() {
        return projectId;
    }

    /** The sync engine; use it only on the ui thread. */
    public SyncClient sync() {
        return sync;
    }

    /** The client this session talks to its host with (pinned TLS for a teammate's host). */
    public HttpClient http() {
        return http;
    }

    /** A valid access token for the host, once it is at hand (it may take asking the host for a fresh one). */
    public CompletableFuture<String> token() {
        return token.get();
    }

    /** An address of the host's REST API, beside its WebSocket ({@code ws://h:p/ws} → {@code http://h:p/api/v1/…}). */
    public URI apiUri(String path) {
        String scheme = "wss".equals(url.getScheme()) ? "https" : "http";
        return URI.create(scheme + "://" + url.getRawAuthority() + "/api/v1" + path);
    }

    /** What the editor shows. */
    public Document document() {
        return sync.visible();
    }

    public ConnectionState state() {
        return state;
    }

    /** How many times it has tried to connect (one more each retry). Ui thread. */
    public int attempts() {
        return attempts;
    }

    /** Runs {@code step} on the ui thread when the session closes, after the socket is told. */
    public void onClose(Runnable step) {
        closeSteps.add(step);
    }

    /** Starts connecting (and keeps reconnecting until closed). Call on the ui thread. */
    public void start() {
        closed = false;
        gaveUp = false;
        connect();
    }

    /** A local edit. */
    public SyncClient.Submitted submit(List<Put> ops) {
        return sync.submit(ops);
    }

    public SyncClient.Submitted submit(List<Put> ops, boolean mergeUndo) {
        return sync.submit(ops, mergeUndo);
    }

    /** Sends a presence, chat or ping message when online; dropped when offline (they are ephemeral or retried by the user). */
    public boolean send(ClientMessage message) {
        if (outbox == null || state != ConnectionState.ONLINE) return false;
        outbox.send(CODEC.encode(message));
        return true;
    }

    private void setState(ConnectionState s) {
        if (state == s) return;
        state = s;
        listener.stateChanged(s);
    }

    private void connect() {
        if (closed || gaveUp) return;
        setState(ConnectionState.CONNECTING);
        attempts++;
        CompletableFuture<String> t = token.get();
        if (t.isDone() && !t.isCompletedExceptionally()) open(t.join()); // the usual case: no hop through another thread
        else t.whenComplete((tok, failure) -> ui.execute(() -> signedIn(tok, failure)));
    }

    private void signedIn(String tok, Throwable failure) {
        if (closed || gaveUp) return;
        if (failure == null) {
            open(tok);
            return;
        }
        Throwable cause = failure instanceof CompletionException && failure.getCause() != null ? failure.getCause() : failure;
        if (cause instanceof SignInRefused refused) {
            gaveUp = true; // retrying cannot help: say why and stop
            listener.problem("unauthorized", refused.getMessage());
        }
        lost();
    }

    private void open(String tok) {
        CompletableFuture<WebSocket> socket = http.newWebSocketBuilder().connectTimeout(Duration.ofSeconds(5))
                .buildAsync(url, new Listener());
        Outbox o = new Outbox(socket);
        outbox = o;
        // the hello waits in the outbox and leaves from the socket's thread the moment it opens: the
        // host loads the project while this thread may still be busy (building the editor window)
        connection = sync.connected(m -> o.send(CODEC.encode(m)), tok, projectId);
        socket.whenComplete((ws, failure) -> {
            if (failure != null) ui.execute(() -> {
                if (outbox == o) lost();
            });
        });
    }

    /** The link is gone: keep editing, try again later. */
    private void lost() {
        if (connection != null) sync.disconnected(connection);
        connection = null;
        outbox = null;
        if (closed) {
            setState(ConnectionState.CLOSED);
            return;
        }
        setState(hostStopped ? ConnectionState.ENDED : ConnectionState.OFFLINE);
        if (gaveUp) return;
        long delay = retryMs / 2 + ThreadLocalRandom.current().nextLong(retryMs / 2 + 1);
        retryMs = Math.min(MAX_RETRY_MS, retryMs * 2);
        timer.schedule(() -> ui.execute(this::connect), delay, TimeUnit.MILLISECONDS);
    }

    /** Drops the link now (for tests and "go offline"); the session reconnects by itself. */
    public void dropConnection() {
        if (outbox != null) outbox.abort();
    }

    @Override
    public void close() {
        ui.execute(() -> {
            closed = true;
            if (outbox != null) outbox.close();
            setState(ConnectionState.CLOSED);
            closeSteps.forEach(Runnable::run);
        });
        timer.shutdownNow();
    }

    /** Frames from the WebSocket, handed to the ui thread. */
    private final class Listener implements WebSocket.Listener {
        private final StringBuilder partial = new StringBuilder();

        @Override
        public CompletionStage<?> onText(WebSocket ws, CharSequence data, boolean last) {
            partial.append(data);
            if (last) {
                String frame = partial.toString();
                partial.setLength(0);
                // read here, off the ui thread: a snapshot of 10,000 objects takes a while to decode
                try {
                    HostMessage m = CODEC.decodeHost(frame);
                    ui.execute(() -> receive(m));
                } catch (ProtocolException e) {
                    ui.execute(() -> unreadable(e));
                }
            }
            ws.request(1);
            return null;
        }

        @Override
        public CompletionStage<?> onClose(WebSocket ws, int code, String reason) {
            ui.execute(() -> closedByHost(code, reason));
            return null;
        }

        @Override
        public void onError(WebSocket ws, Throwable error) {
            ui.execute(ProjectSession.this::lost);
        }
    }

    private void unreadable(ProtocolException e) {
        if (connection == null) return;
        listener.problem("bad_frame", "the host sent something this app cannot read: " + e.getMessage());
    }

    private void receive(HostMessage m) {
        if (connection == null) return;
        if (m instanceof HostMessage.Welcome w) {
            retryMs = FIRST_RETRY_MS;
            listener.welcomed(w.you(), w.peers());
        }
        if (sync.receive(m)) {
            if (m instanceof HostMessage.Welcome) setState(ConnectionState.ONLINE);
            return;
        }
        switch (m) {
            case HostMessage.PeerPresence p -> listener.presence(p);
            case HostMessage.Presences round -> {
                for (HostMessage.PeerPresence p : round.peers()) {
                    if (!p.clientId().equals(sync.clientId())) listener.presence(p);
                }
            }
            case HostMessage.Leave l -> listener.left(l.clientId());
            case HostMessage.ChatMessage c -> listener.chat(c);
            case HostMessage.ErrorMessage e -> listener.problem(e.code(), e.message());
            default -> {
            }
        }
    }

    private void closedByHost(int code, String reason) {
        if (code == CloseCodes.HOST_STOPPED) {
            // the hosting user ended the session on purpose: unlike a crash or a restart, nobody is coming back
            gaveUp = true;
            hostStopped = true;
            lost();
            listener.hostStopped(reason == null || reason.isBlank() ? "The host stopped hosting" : reason);
            return;
        }
        if (code == CloseCodes.FORBIDDEN || code == CloseCodes.PROTOCOL_VERSION || code == CloseCodes.REPLACED) {
            // retrying cannot help: say why and stop
            gaveUp = code != CloseCodes.FORBIDDEN || reason == null || !reason.contains("role changed");
            listener.problem("closed", reason == null || reason.isBlank() ? "the host closed the connection (" + code + ")" : reason);
        }
        lost();
    }

    /** Sync events, passed on to the editor. */
    private final class Relay implements SyncListener {
        @Override
        public void changed(Set<String> ids) {
            listener.documentChanged(ids);
        }

        @Override
        public void replaced() {
            listener.documentReplaced();
        }

        @Override
        public void rejected(PendingChange change, String code, String message) {
            listener.rejected(change, code, message);
        }

        @Override
        public void resyncNeeded(String why) {
            dropConnection();
        }
    }
}
