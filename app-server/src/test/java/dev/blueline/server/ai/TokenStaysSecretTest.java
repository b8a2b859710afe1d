package dev.blueline.server.ai;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.ThrowableProxyUtil;
import ch.qos.logback.core.read.ListAppender;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static dev.blueline.server.ai.FakeHuggingFace.busy;
import static dev.blueline.server.ai.FakeHuggingFace.chat;
import static dev.blueline.server.ai.FakeHuggingFace.error;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** The HuggingFace token reaches the Authorization header and nothing else: no log line, no exception, no notice. */
class TokenStaysSecretTest {
    static final String TOKEN = ScreenDrafterTest.TOKEN;

    @Test
    void noLogLineCarriesTheToken() throws Exception {
        Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        Level before = root.getLevel();
        ListAppender<ILoggingEvent> log = new ListAppender<>();
        log.start();
        root.addAppender(log);
        root.setLevel(Level.DEBUG); // everything, stack traces included
        List<String> notices = new ArrayList<>();
        try (FakeHuggingFace hf = new FakeHuggingFace()) {
            // a hostile or careless service echoing the header back
            hf.then(error(401, "Invalid credentials in Authorization header: Bearer " + TOKEN),
                    error(500, "upstream said: " + TOKEN),
                    chat("not a screen, but here is your token: " + TOKEN),
                    busy("30"));
            DrafterSettings s = DrafterSettings.defaults().withBaseUrl(hf.baseUrl()).withTimeouts(Duration.ofSeconds(1), Duration.ofMillis(400))
                    .withBreaker(100, Duration.ofSeconds(1));
            try (ScreenDrafter d = new ScreenDrafter(TOKEN, s)) {
                for (int i = 0; i < 4; i++) notices.add(d.draft(new DraftRequest("screen " + i, 1440, 900)).notice());
            }
            hf.always(chat(Screens.LOGIN).after(Duration.ofSeconds(2)));
            try (ScreenDrafter d = new ScreenDrafter(TOKEN, s)) {
                notices.add(d.draft(new DraftRequest("slow", 1440, 900)).notice());
            }
        } finally {
            root.detachAppender(log);
            root.setLevel(before);
        }
        assertThat(notices).hasSize(5).allMatch(n -> n.startsWith("Drafted offline: ")).noneMatch(n -> n.contains(TOKEN));
        List<String> lines = log.list.stream().map(TokenStaysSecretTest::everything).toList();
        assertThat(lines).as("the failures were logged").anyMatch(l -> l.contains("REFUSED (HTTP 401)"));
        assertThat(lines).anyMatch(l -> l.contains("***"));
        assertThat(lines).noneMatch(l -> l.contains(TOKEN));
    }

    @Test
    void exceptionsDoNotCarryTheToken() throws Exception {
        try (FakeHuggingFace hf = new FakeHuggingFace();
             HuggingFaceClient client = new HuggingFaceClient(TOKEN, DrafterSettings.defaults().withBaseUrl(hf.baseUrl()))) {
            hf.then(error(401, "Invalid credentials in Authorization header: Bearer " + TOKEN));
            HuggingFaceException e = catchThrowableOfType(HuggingFaceException.class,
                    () -> client.complete(DraftPrompt.messages(ScreenDrafterTest.LOGIN)));
            assertThat(e.kind()).isEqualTo(HuggingFaceException.Kind.REFUSED);
            assertThat(e.status()).isEqualTo(401);
            StringWriter trace = new StringWriter();
            e.printStackTrace(new PrintWriter(trace));
            assertThat(trace.toString()).doesNotContain(TOKEN).contains("Bearer ***");
            assertThat(e.plainWords()).doesNotContain(TOKEN);
            assertThat(client.toString()).doesNotContain(TOKEN);
        }
    }

    private static String everything(ILoggingEvent e) {
        return e.getLoggerName() + " " + e.getFormattedMessage() + " " + e.getMDCPropertyMap()
                + (e.getThrowableProxy() == null ? "" : " " + ThrowableProxyUtil.asString(e.getThrowableProxy()));
    }
}
