package dev.blueline.server.ai;

import com.fasterxml.jackson.databind.JsonNode;
import dev.blueline.model.catalog.Catalog;
import dev.blueline.model.catalog.ControlType;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static dev.blueline.server.ai.FakeHuggingFace.busy;
import static dev.blueline.server.ai.FakeHuggingFace.chat;
import static dev.blueline.server.ai.FakeHuggingFace.error;
import static dev.blueline.server.ai.FakeHuggingFace.loading;
import static dev.blueline.server.ai.FakeHuggingFace.raw;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The drafter against a fake HuggingFace router on loopback: every answer the router gives, and what the designer sees. */
class ScreenDrafterTest {
    static final String TOKEN = "hf_TestTokenThatMustNeverLeak0123456789";
    static final DraftRequest LOGIN = new DraftRequest("a login screen with email and password", 1440, 900);

    FakeHuggingFace hf;

    @BeforeEach
    void start() throws IOException {
        hf = new FakeHuggingFace();
    }

    @AfterEach
    void stop() {
        hf.close();
    }

    /** Short timeouts and waits, so failures are quick; otherwise the shipped defaults. */
    DrafterSettings settings() {
        return DrafterSettings.defaults().withBaseUrl(hf.baseUrl())
                .withTimeouts(Duration.ofSeconds(2), Duration.ofSeconds(3))
                .withRetries(2, Duration.ofSeconds(3))
                .withBreaker(5, Duration.ofSeconds(30));
    }

    @Test
    void aGoodAnswerBecomesARepairedAiDraft() {
        hf.then(chat("```json\n" + Screens.LOGIN + "\n```"));
        try (ScreenDrafter d = new ScreenDrafter(TOKEN, settings())) {
            Draft draft = d.draft(LOGIN);
            assertThat(draft.source()).isEqualTo(Draft.Source.AI);
            assertThat(draft.notice()).isEmpty();
            assertThat(draft.screenName()).isEqualTo("Sign in");
            assertThat(draft.elements()).extracting(DraftElement::type)
                    .containsExactly("nav-bar", "panel", "heading", "text-input", "password", "checkbox", "button");
            DraftElement panel = draft.elements().get(1);
            assertThat(draft.elements().subList(2, 7)).allMatch(e -> panel.key().equals(e.parent()));
            assertThat(draft.elements().get(6).text()).isEqualTo("Sign in");
            DraftDocuments.assertWellFormed(draft, 1440, 900);
        }
    }

    @Test
    void theRequestIsAnOpenAiChatCompletionWithTheTokenAndTheCatalog() {
        try (ScreenDrafter d = new ScreenDrafter(TOKEN, settings().withModel("Qwen/Qwen2.5-72B-Instruct"))) {
            d.draft(new DraftRequest("a settings page for notifications", 390, 844));
        }
        assertThat(hf.calls()).isEqualTo(1);
        FakeHuggingFace.Received r = hf.received().getFirst();
        assertThat(r.method()).isEqualTo("POST");
        assertThat(r.path()).isEqualTo("/v1/chat/completions");
        assertThat(r.header("Authorization")).isEqualTo("Bearer " + TOKEN);
        assertThat(r.header("Content-Type")).startsWith("application/json");
        JsonNode body = r.json();
        assertThat(body.get("model").asText()).isEqualTo("Qwen/Qwen2.5-72B-Instruct");
        assertThat(body.get("response_format").get("type").asText()).isEqualTo("json_object");
        assertThat(body.get("temperature").asDouble()).isLessThanOrEqualTo(0.3);
        assertThat(body.get("stream").asBoolean()).isFalse();
        JsonNode messages = body.get("messages");
        assertThat(messages).hasSize(2);
        assertThat(messages.get(0).get("role").asText()).isEqualTo("system");
        String system = messages.get(0).get("content").asText();
        for (ControlType c : Catalog.all()) {
            if (c.id().equals(Catalog.COMPONENT)) assertThat(system).doesNotContain("\n" + c.id() + " ");
            else assertThat(system).as("the catalog lists " + c.id()).contains("\n" + c.id() + " \u2014 " + c.displayName());
        }
        assertThat(system).contains("\"elements\"", "\"children\"", "\"type\"", "*Profile*, Security, Billing, -Team-", "Name, Role, Status\\n")
                .as("containers are named").contains("panel, modal, tabs");
        assertThat(messages.get(1).get("role").asText()).isEqualTo("user");
        assertThat(messages.get(1).get("content").asText()).contains("390 \u00d7 844", "phone", "a settings page for notifications");
    }

    @Test
    void withoutATokenNothingIsSentAndTheDraftSaysWhy() {
        for (String token : new String[]{null, "", "   "}) {
            try (ScreenDrafter d = new ScreenDrafter(token, settings())) {
                Draft draft = d.draft(LOGIN);
                assertThat(draft.source()).isEqualTo(Draft.Source.OFFLINE);
                assertThat(draft.notice()).isEqualTo("Drafted offline: no HuggingFace token is set (HF_TOKEN)");
                assertThat(draft.elements()).isNotEmpty();
            }
        }
        try (ScreenDrafter d = new ScreenDrafter(null)) {
            assertThat(d.draft(LOGIN).notice()).isEqualTo("Drafted offline: no HuggingFace token is set (HF_TOKEN)");
        }
        assertThat(hf.calls()).isZero();
    }

    @Test
    void aRefusedTokenDraftsOfflineAtOnce() {
        hf.always(error(401, "Invalid credentials in Authorization header"));
        try (ScreenDrafter d = new ScreenDrafter(TOKEN, settings())) {
            Draft draft = d.draft(LOGIN);
            assertThat(draft.source()).isEqualTo(Draft.Source.OFFLINE);
            assertThat(draft.notice()).isEqualTo("Drafted offline: HuggingFace refused the token (401); check HF_TOKEN");
        }
        assertThat(hf.calls()).as("a 401 is not retried").isEqualTo(1);
    }

    @Test
    void aBusyServiceIsAskedAgainAfterItsRetryAfter() {
        hf.then(busy("1"));
        try (ScreenDrafter d = new ScreenDrafter(TOKEN, settings())) {
            Draft draft = d.draft(LOGIN);
            assertThat(draft.source()).isEqualTo(Draft.Source.AI);
        }
        List<FakeHuggingFace.Received> r = hf.received();
        assertThat(r).hasSize(2);
        long gapMs = TimeUnit.NANOSECONDS.toMillis(r.get(1).arrivedNanos() - r.get(0).arrivedNanos());
        assertThat(gapMs).as("the second call waited for Retry-After: 1").isBetween(1000L, 2500L);
    }

    @Test
    void aLoadingModelIsAskedAgainAfterItsEstimate() {
        hf.then(loading(1.0));
        try (ScreenDrafter d = new ScreenDrafter(TOKEN, settings())) {
            assertThat(d.draft(LOGIN).source()).isEqualTo(Draft.Source.AI);
        }
        List<FakeHuggingFace.Received> r = hf.received();
        assertThat(r).hasSize(2);
        assertThat(TimeUnit.NANOSECONDS.toMillis(r.get(1).arrivedNanos() - r.get(0).arrivedNanos())).isGreaterThanOrEqualTo(1000L);
    }

    @Test
    void retriesStopAfterTheirCountAndTheNextDraftWaitsOutTheService() {
        hf.always(loading(1.0));
        try (ScreenDrafter d = new ScreenDrafter(TOKEN, settings())) {
            long start = System.nanoTime();
            Draft draft = d.draft(LOGIN);
            assertThat(draft.source()).isEqualTo(Draft.Source.OFFLINE);
            assertThat(draft.notice()).isEqualTo("Drafted offline: the model is still loading on HuggingFace (503), trying again in 1 s");
            assertThat(hf.calls()).as("the first call and two retries").isEqualTo(3);
            assertThat(Duration.ofNanos(System.nanoTime() - start)).isBetween(Duration.ofMillis(2000), Duration.ofMillis(3500));
        }
    }

    @Test
    void aRetryAfterLongerThanTheDesignerShouldWaitDraftsOfflineAndHoldsOffFurtherCalls() {
        hf.then(busy("30"));
        try (ScreenDrafter d = new ScreenDrafter(TOKEN, settings())) {
            long start = System.nanoTime();
            Draft draft = d.draft(LOGIN);
            assertThat(Duration.ofNanos(System.nanoTime() - start)).as("no waiting 30 s").isLessThan(Duration.ofSeconds(1));
            assertThat(draft.source()).isEqualTo(Draft.Source.OFFLINE);
            assertThat(draft.notice()).isEqualTo("Drafted offline: HuggingFace is busy (429), trying again in 30 s");

            Draft next = d.draft(new DraftRequest("a dashboard", 1440, 900));
            assertThat(next.source()).isEqualTo(Draft.Source.OFFLINE);
            assertThat(next.notice()).matches("Drafted offline: HuggingFace is busy \\(429\\), trying again in (29|30) s");
        }
        assertThat(hf.calls()).as("nothing asked while the service said to wait").isEqualTo(1);
    }

    @Test
    void aRetryAfterDateIsHonouredToo() {
        // a date has whole seconds: two seconds from now is one to two seconds away
        String inTwoSeconds = java.time.format.DateTimeFormatter.RFC_1123_DATE_TIME.format(
                java.time.ZonedDateTime.now(java.time.ZoneOffset.UTC).plusSeconds(2));
        hf.then(busy(inTwoSeconds));
        try (ScreenDrafter d = new ScreenDrafter(TOKEN, settings())) {
            assertThat(d.draft(LOGIN).source()).isEqualTo(Draft.Source.AI);
        }
        List<FakeHuggingFace.Received> r = hf.received();
        assertThat(TimeUnit.NANOSECONDS.toMillis(r.get(1).arrivedNanos() - r.get(0).arrivedNanos())).isGreaterThanOrEqualTo(900L);
    }

    @Test
    void aSlowAnswerIsATimeout() {
        hf.always(chat(Screens.LOGIN).after(Duration.ofSeconds(5)));
        try (ScreenDrafter d = new ScreenDrafter(TOKEN, settings().withTimeouts(Duration.ofSeconds(1), Duration.ofMillis(500)))) {
            long start = System.nanoTime();
            Draft draft = d.draft(LOGIN);
            assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofMillis(1500));
            assertThat(draft.source()).isEqualTo(Draft.Source.OFFLINE);
            assertThat(draft.notice()).isEqualTo("Drafted offline: HuggingFace did not answer (timeout)");
        }
        assertThat(hf.calls()).as("a timeout is not retried: the designer already waited").isEqualTo(1);
    }

    @Test
    void noServiceAtAllIsNoNetwork() throws IOException {
        int closed;
        try (ServerSocket s = new ServerSocket(0)) {
            closed = s.getLocalPort();
        }
        try (ScreenDrafter d = new ScreenDrafter(TOKEN, settings().withBaseUrl("http://127.0.0.1:" + closed + "/v1"))) {
            Draft draft = d.draft(LOGIN);
            assertThat(draft.source()).isEqualTo(Draft.Source.OFFLINE);
            assertThat(draft.notice()).isEqualTo("Drafted offline: HuggingFace could not be reached (no network?)");
        }
    }

    @Test
    void serverErrorsAndUnknownModelsSayWhatHappened() {
        hf.then(error(500, "Internal Server Error"), error(404, "Model not found"));
        try (ScreenDrafter d = new ScreenDrafter(TOKEN, settings().withModel("acme/not-a-model"))) {
            assertThat(d.draft(LOGIN).notice()).isEqualTo("Drafted offline: HuggingFace had a problem (500)");
            assertThat(d.draft(LOGIN).notice()).isEqualTo("Drafted offline: HuggingFace could not run acme/not-a-model (404)");
        }
    }

    @Test
    void answersThatAreNotAScreenDraftOffline() {
        List<FakeHuggingFace.Answer> bad = List.of(
                chat("Sure! Here is a lovely login screen for you."),
                chat("{\"screen\": \"login\", \"widgets\": 3}"),
                chat("{\"elements\": [{\"type\": \"hologram\"}, {\"type\": \"teleporter\"}]}"),
                chat("{\"elements\": [{\"type\": \"button\", \"x\": NaN}]}"),
                chat(""),
                raw(200, "<html><body>Gateway says hi</body></html>"),
                raw(200, "{\"choices\": []}"),
                raw(200, "{\"choices\": [{\"message\": {\"role\": \"assistant\", \"content\": null}}]}"));
        hf.then(bad.toArray(FakeHuggingFace.Answer[]::new));
        try (ScreenDrafter d = new ScreenDrafter(TOKEN, settings().withBreaker(100, Duration.ofSeconds(30)))) {
            for (int i = 0; i < bad.size(); i++) {
                Draft draft = d.draft(new DraftRequest("a login screen, take " + i, 1440, 900));
                assertThat(draft.source()).as("answer " + i).isEqualTo(Draft.Source.OFFLINE);
                assertThat(draft.notice()).as("answer " + i).isEqualTo("Drafted offline: HuggingFace answered something that is not a screen");
                DraftDocuments.assertWellFormed(draft, 1440, 900);
            }
        }
        assertThat(hf.calls()).isEqualTo(bad.size());
    }

    @Test
    void aProviderWithoutJsonModeIsAskedAgainWithoutIt() {
        hf.then(error(400, "response_format is not supported by this provider"));
        try (ScreenDrafter d = new ScreenDrafter(TOKEN, settings())) {
            assertThat(d.draft(LOGIN).source()).isEqualTo(Draft.Source.AI);
            d.draft(new DraftRequest("another login screen", 1440, 900));
        }
        List<FakeHuggingFace.Received> r = hf.received();
        assertThat(r).hasSize(3);
        assertThat(r.get(0).json().has("response_format")).isTrue();
        assertThat(r.get(1).json().has("response_format")).isFalse();
        assertThat(r.get(2).json().has("response_format")).as("remembered").isFalse();
    }

    @Test
    void theBreakerOpensAfterRepeatedFailuresAndLetsOneCallThroughLater() throws InterruptedException {
        hf.always(error(500, "Internal Server Error"));
        try (ScreenDrafter d = new ScreenDrafter(TOKEN, settings().withBreaker(3, Duration.ofMillis(800)))) {
            for (int i = 0; i < 3; i++) {
                assertThat(d.draft(new DraftRequest("screen " + i, 1440, 900)).notice()).isEqualTo("Drafted offline: HuggingFace had a problem (500)");
            }
            assertThat(hf.calls()).isEqualTo(3);
            assertThat(d.breakerState()).isEqualTo(CircuitBreaker.State.OPEN);

            for (int i = 3; i < 6; i++) {
                Draft draft = d.draft(new DraftRequest("screen " + i, 1440, 900));
                assertThat(draft.source()).isEqualTo(Draft.Source.OFFLINE);
                assertThat(draft.notice()).matches("Drafted offline: HuggingFace failed 3 times in a row, trying again in 1 s\\. "
                        + "Last problem: HuggingFace had a problem \\(500\\)");
            }
            assertThat(hf.calls()).as("no request while the breaker is open").isEqualTo(3);

            Thread.sleep(900);
            hf.always(chat(Screens.LOGIN));
            Draft draft = d.draft(new DraftRequest("screen 6", 1440, 900));
            assertThat(draft.source()).isEqualTo(Draft.Source.AI);
            assertThat(hf.calls()).isEqualTo(4);
            assertThat(d.breakerState()).isEqualTo(CircuitBreaker.State.CLOSED);
        }
    }

    @Test
    void aFailedTrialCallOpensTheBreakerAgain() throws InterruptedException {
        hf.always(error(502, "Bad Gateway"));
        try (ScreenDrafter d = new ScreenDrafter(TOKEN, settings().withBreaker(2, Duration.ofMillis(500)))) {
            d.draft(new DraftRequest("one", 1440, 900));
            d.draft(new DraftRequest("two", 1440, 900));
            Thread.sleep(600);
            d.draft(new DraftRequest("three", 1440, 900));
            assertThat(hf.calls()).isEqualTo(3);
            assertThat(d.breakerState()).isEqualTo(CircuitBreaker.State.OPEN);
            d.draft(new DraftRequest("four", 1440, 900));
            assertThat(hf.calls()).isEqualTo(3);
        }
    }

    @Test
    void theSameSentenceTwiceCostsOneCall() {
        try (ScreenDrafter d = new ScreenDrafter(TOKEN, settings())) {
            Draft first = d.draft(LOGIN);
            Draft again = d.draft(new DraftRequest("  a login screen   with email and password ", 1440, 900));
            assertThat(again).isEqualTo(first);
            assertThat(hf.calls()).isEqualTo(1);

            d.draft(new DraftRequest(LOGIN.prompt(), 390, 844));
            assertThat(hf.calls()).as("another size is another draft").isEqualTo(2);
        }
        try (ScreenDrafter other = new ScreenDrafter(TOKEN, settings().withModel("Qwen/Qwen2.5-72B-Instruct"))) {
            other.draft(LOGIN);
            assertThat(hf.calls()).as("another model is another draft").isEqualTo(3);
        }
    }

    @Test
    void failuresAreNotCached() {
        hf.then(error(500, "Internal Server Error"));
        try (ScreenDrafter d = new ScreenDrafter(TOKEN, settings())) {
            assertThat(d.draft(LOGIN).source()).isEqualTo(Draft.Source.OFFLINE);
            assertThat(d.draft(LOGIN).source()).isEqualTo(Draft.Source.AI);
        }
        assertThat(hf.calls()).isEqualTo(2);
    }

    @Test
    void twoDesignersAskingTheSameAtOnceShareOneCall() {
        hf.always(chat(Screens.LOGIN).after(Duration.ofMillis(400)));
        try (ScreenDrafter d = new ScreenDrafter(TOKEN, settings())) {
            CompletableFuture<Draft> a = CompletableFuture.supplyAsync(() -> d.draft(LOGIN));
            CompletableFuture<Draft> b = CompletableFuture.supplyAsync(() -> d.draft(LOGIN));
            assertThat(a.join()).isEqualTo(b.join());
            assertThat(a.join().source()).isEqualTo(Draft.Source.AI);
        }
        assertThat(hf.calls()).isEqualTo(1);
    }

    @Test
    void whenTheCallsAreTakenOthersWaitBrieflyThenDraftOffline() throws Exception {
        hf.always(chat(Screens.LOGIN).after(Duration.ofMillis(1200)));
        try (ScreenDrafter d = new ScreenDrafter(TOKEN, settings().withConcurrency(1, Duration.ofMillis(200)))) {
            CompletableFuture<Draft> first = CompletableFuture.supplyAsync(() -> d.draft(LOGIN));
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
            while (hf.calls() == 0 && System.nanoTime() < deadline) Thread.sleep(10);
            long start = System.nanoTime();
            Draft second = d.draft(new DraftRequest("a dashboard with charts", 1440, 900));
            assertThat(Duration.ofNanos(System.nanoTime() - start)).isBetween(Duration.ofMillis(150), Duration.ofMillis(1000));
            assertThat(second.source()).isEqualTo(Draft.Source.OFFLINE);
            assertThat(second.notice()).isEqualTo("Drafted offline: HuggingFace is still drafting other screens; try again in a moment");
            assertThat(first.get(5, TimeUnit.SECONDS).source()).isEqualTo(Draft.Source.AI);
        }
        assertThat(hf.calls()).isEqualTo(1);
    }

    @Test
    void onlyABadRequestThrows() {
        try (ScreenDrafter d = new ScreenDrafter(TOKEN, settings())) {
            assertThatThrownBy(() -> d.draft(null)).isInstanceOf(NullPointerException.class);
        }
        assertThatThrownBy(() -> new DraftRequest(" ", 1440, 900)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new DraftRequest("x", 50, 900)).isInstanceOf(IllegalArgumentException.class);
    }
}
