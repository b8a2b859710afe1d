package dev.blueline.desktop.session;

import dev.blueline.model.document.Document;
import dev.blueline.model.sync.InMemoryPendingStore;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.handler.ContextHandler;
import org.eclipse.jetty.websocket.api.Callback;
import org.eclipse.jetty.websocket.api.Session;
import org.eclipse.jetty.websocket.server.WebSocketUpgradeHandler;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.net.http.HttpClient;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A session against a host that answers with something that is not a protocol message (a broken
 * or foreign server on the address): the designer is told in plain words, the session stays
 * connected, and a readable message that follows is still read.
 */
public class ProjectSessionTest {
    /** A host endpoint that answers the first frame (the hello) with fixed replies; public, as Jetty requires. */
    public static final class Answering implements Session.Listener.AutoDemanding {
        private final List<String> replies;
        private final BlockingQueue<String> heard;
        private Session session;

        Answering(List<String> replies, BlockingQueue<String> heard) {
            this.replies = replies;
            this.heard = heard;
        }

        @Override
        public void onWebSocketOpen(Session s) {
            session = s;
        }

        @Override
        public void onWebSocketText(String hello) {
            heard.add(hello);
            for (String reply : replies) session.sendText(reply, Callback.NOOP);
        }
    }

    private Server server;
    private HttpClient http;
    /** What the host was sent, frame by frame. */
    private final BlockingQueue<String> heard = new LinkedBlockingQueue<>();
    private final ExecutorService ui = Executors.newSingleThreadExecutor(Thread.ofPlatform().name("test-ui").factory());

    /** A host on a free port that answers the hello with {@code replies}, in order; returns its address. */
    private String hostAnswering(List<String> replies) throws Exception {
        server = new Server();
        ServerConnector connector = new ServerConnector(server);
        connector.setHost("127.0.0.1");
        connector.setPort(0);
        server.addConnector(connector);
        ContextHandler context = new ContextHandler("/");
        context.setHandler(WebSocketUpgradeHandler.from(server, context, container ->
                container.addMapping("/ws", (request, response, callback) -> new Answering(replies, heard))));
        server.setHandler(context);
        server.start();
        return "ws://127.0.0.1:" + connector.getLocalPort() + "/ws";
    }

    @BeforeEach
    void client() {
        http = HttpClient.newHttpClient();
    }

    @AfterEach
    void stop() throws Exception {
        http.shutdownNow();
        ui.shutdownNow();
        if (server != null) server.stop();
    }

    @Test
    void aFrameThatIsNotAProtocolMessageIsReportedAndTheNextOneIsStillRead() throws Exception {
        // tried: a truncated JSON object and a message of a type no host sends, then a real error message
        String url = hostAnswering(List.of("{\"type\":\"welcome\", oops", "{\"type\":\"no_such_message\"}",
                "{\"type\":\"error\",\"code\":\"not_joined\",\"message\":\"say hello first\"}"));
        BlockingQueue<String> problems = new LinkedBlockingQueue<>();
        BlockingQueue<ConnectionState> states = new LinkedBlockingQueue<>();
        ProjectSession session = new ProjectSession(http, url, () -> "token", "p1", new InMemoryPendingStore("c1"),
                new Document(), 0, ui, new SessionListener() {
                    @Override
                    public void problem(String code, String message) {
                        problems.add(code + ": " + message);
                    }

                    @Override
                    public void stateChanged(ConnectionState state) {
                        states.add(state);
                    }
                });
        ui.execute(session::start);

        String first = problems.poll(10, TimeUnit.SECONDS);
        assertThat(first).startsWith("bad_frame: ").contains("cannot read");
        assertThat(problems.poll(10, TimeUnit.SECONDS)).startsWith("bad_frame: ");
        assertThat(problems.poll(10, TimeUnit.SECONDS)).as("the frame after the bad ones is read").isEqualTo("not_joined: say hello first");
        // still connected, waiting for a welcome: neither closed nor retrying
        ui.submit(() -> assertThat(session.state()).isEqualTo(ConnectionState.CONNECTING)).get(10, TimeUnit.SECONDS);
        assertThat(states).doesNotContain(ConnectionState.CLOSED, ConnectionState.OFFLINE);
        ui.submit(session::close).get(10, TimeUnit.SECONDS);
    }

    @Test
    void theHelloLeavesWhileTheUiThreadIsStillBusy() throws Exception {
        // the app opens the session and then builds the editor window on the same thread: the host
        // should be loading the project meanwhile, not waiting for the window
        String url = hostAnswering(List.of());
        ProjectSession session = new ProjectSession(http, url, () -> "token", "p1", new InMemoryPendingStore("c1"),
                new Document(), 0, ui, new SessionListener() {
                });
        CountDownLatch windowBuilt = new CountDownLatch(1);
        ui.execute(() -> {
            session.start();
            try {
                windowBuilt.await(); // the ui thread stays busy until the host has the hello
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        String hello = heard.poll(10, TimeUnit.SECONDS);
        windowBuilt.countDown();
        assertThat(hello).as("the hello reached the host while the ui thread was busy")
                .contains("\"type\":\"hello\"").contains("\"projectId\":\"p1\"");
        ui.submit(session::close).get(10, TimeUnit.SECONDS);
    }
}
