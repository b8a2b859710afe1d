package dev.blueline.server.ai;

import com.github.benmanes.caffeine.cache.AsyncCache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.resilience4j.bulkhead.Bulkhead;
import io.github.resilience4j.bulkhead.BulkheadConfig;
import io.github.resilience4j.bulkhead.BulkheadFullException;
import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.retry.Retry;
import io.github.resilience4j.retry.RetryConfig;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

/**
 * Drafts a screen from a sentence: HuggingFace when a token is configured and the service
 * answers, else the local generator. Never fails for network reasons.
 *
 * <p>Around each call, outermost first: a response cache (the same sentence and size twice
 * costs one call, and a second designer asking the same while the first call runs waits for
 * it), a cool-down after the service said "come back later" for longer than a designer should
 * wait, a bulkhead (a few calls at a time; the rest wait briefly, then draft offline), retries
 * that honour Retry-After within a total budget, and a circuit breaker (after repeated failures
 * every draft is offline at once until one trial call succeeds).
 */
public final class ScreenDrafter implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(ScreenDrafter.class);
    static final String OFFLINE = "Drafted offline: ";
    /** the wait before a retry when a 429 or 503 does not say how long */
    static final Duration DEFAULT_RETRY_AFTER = Duration.ofSeconds(1);

    private final DrafterSettings settings;
    private final HuggingFaceClient client;
    private final LocalDrafter local = new LocalDrafter();
    private final AsyncCache<CacheKey, Draft> cache;
    private final Bulkhead bulkhead;
    private final Retry retry;
    private final CircuitBreaker breaker;
    private final AtomicReference<Cooldown> cooldown = new AtomicReference<>();
    private volatile Instant breakerOpenedAt = Instant.MIN;
    private volatile String lastFailure = "";

    /** @param token the HuggingFace token, or null/blank for offline drafting only */
    public ScreenDrafter(String token) {
        this(token, DrafterSettings.defaults());
    }

    /** @param token the HuggingFace token, or null/blank for offline drafting only */
    public ScreenDrafter(String token, DrafterSettings settings) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.client = token == null || token.isBlank() ? null : new HuggingFaceClient(token, settings);
        this.cache = Caffeine.newBuilder()
                .maximumSize(settings.cacheSize())
                .expireAfterWrite(settings.cacheFor())
                .buildAsync();
        this.bulkhead = Bulkhead.of("huggingface", BulkheadConfig.custom()
                .maxConcurrentCalls(settings.concurrentCalls())
                .maxWaitDuration(settings.queueWait())
                .build());
        this.retry = Retry.of("huggingface", RetryConfig.<String>custom()
                .maxAttempts(settings.maxRetries() + 1)
                .retryOnException(RetryLater.class::isInstance)
                .intervalBiFunction((attempt, outcome) -> outcome.isLeft() && outcome.getLeft() instanceof RetryLater later
                        ? later.wait.toMillis() : DEFAULT_RETRY_AFTER.toMillis())
                .build());
        this.breaker = CircuitBreaker.of("huggingface", CircuitBreakerConfig.custom()
                // "N failures in a row": all of the last N calls failed
                .slidingWindowType(CircuitBreakerConfig.SlidingWindowType.COUNT_BASED)
                .slidingWindowSize(settings.breakerFailures())
                .minimumNumberOfCalls(settings.breakerFailures())
                .failureRateThreshold(100)
                .waitDurationInOpenState(settings.breakerOpenFor())
                .permittedNumberOfCallsInHalfOpenState(1)
                .recordException(HuggingFaceException.class::isInstance)
                .build());
        breaker.getEventPublisher().onStateTransition(e -> {
            if (e.getStateTransition().getToState() == CircuitBreaker.State.OPEN) {
                breakerOpenedAt = Instant.now();
                log.warn("HuggingFace failed {} times in a row; drafting offline for {}", settings.breakerFailures(), settings.breakerOpenFor());
            }
        });
    }

    /** @throws IllegalArgumentException only for a bad request; every service problem gives an offline draft with a notice */
    public Draft draft(DraftRequest request) {
        Objects.requireNonNull(request, "request");
        if (client == null) return offline(request, "no HuggingFace token is set (HF_TOKEN)");
        CacheKey key = CacheKey.of(settings.model(), request);
        CompletableFuture<Draft> mine = new CompletableFuture<>();
        CompletableFuture<Draft> earlier = cache.asMap().putIfAbsent(key, mine);
        if (earlier != null) return awaitEarlier(earlier, request);
        try {
            Draft d = fromHuggingFace(request);
            mine.complete(d);
            return d;
        } catch (Unavailable u) {
            cache.asMap().remove(key, mine); // a failure is not an answer: the next ask tries again
            mine.completeExceptionally(u);
            return offline(request, u.getMessage());
        } catch (RuntimeException bug) {
            cache.asMap().remove(key, mine);
            mine.completeExceptionally(bug);
            throw bug;
        }
    }

    /** The same request is already being drafted: its answer (or its reason for failing) is ours too. */
    private Draft awaitEarlier(CompletableFuture<Draft> earlier, DraftRequest request) {
        try {
            return earlier.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof Unavailable u) return offline(request, u.getMessage());
            throw e;
        }
    }

    private Draft fromHuggingFace(DraftRequest request) {
        Cooldown busy = cooldown.get();
        if (busy != null && busy.until().isAfter(Instant.now())) throw new Unavailable(busy.words() + ", trying again in " + seconds(busy.until()));
        List<HuggingFaceClient.ChatMessage> messages = DraftPrompt.messages(request);
        WaitBudget budget = new WaitBudget(settings.maxRetryWait());
        Supplier<String> guarded = Bulkhead.decorateSupplier(bulkhead,
                Retry.decorateSupplier(retry, budget.retryable(CircuitBreaker.decorateSupplier(breaker, () -> client.complete(messages)))));
        String content;
        try {
            content = guarded.get();
        } catch (CallNotPermittedException open) {
            throw new Unavailable("HuggingFace failed " + settings.breakerFailures() + " times in a row, trying again in "
                    + seconds(breakerOpenedAt.plus(settings.breakerOpenFor())) + ". Last problem: " + lastFailure);
        } catch (BulkheadFullException full) {
            throw new Unavailable("HuggingFace is still drafting other screens; try again in a moment");
        } catch (RetryLater later) {
            throw failed(later.failure, later.wait);
        } catch (HuggingFaceException e) {
            throw failed(e, e.retryable() ? orDefault(e.retryAfter()) : null);
        }
        try {
            return DraftRepair.repair(content, request);
        } catch (DraftRepair.NotAScreenException e) {
            log.warn("HuggingFace answered something that is not a screen ({} characters): {}", content.length(), e.getMessage());
            throw new Unavailable("HuggingFace answered something that is not a screen");
        }
    }

    /** Logs the failure and, for "come back later", keeps drafts offline until then instead of asking again. */
    private Unavailable failed(HuggingFaceException e, Duration comeBackIn) {
        log.warn("AI draft fell back to offline drafting: {}", e.getMessage());
        log.debug("HuggingFace failure", e);
        lastFailure = e.plainWords();
        if (comeBackIn == null) return new Unavailable(e.plainWords());
        Instant until = Instant.now().plus(comeBackIn.compareTo(DEFAULT_RETRY_AFTER) < 0 ? DEFAULT_RETRY_AFTER : comeBackIn);
        cooldown.set(new Cooldown(until, e.plainWords()));
        return new Unavailable(e.plainWords() + ", trying again in " + seconds(until));
    }

    private Draft offline(DraftRequest request, String reason) {
        return local.draft(request, OFFLINE + reason);
    }

    private static Duration orDefault(Duration d) {
        return d == null ? DEFAULT_RETRY_AFTER : d;
    }

    /** "30 s", rounded up so the designer never retries a moment too early */
    private static String seconds(Instant until) {
        long ms = Math.max(0, Duration.between(Instant.now(), until).toMillis());
        return ms == 0 ? "a moment" : ((ms + 999) / 1000) + " s";
    }

    /** the breaker's state, for health pages and tests */
    public CircuitBreaker.State breakerState() {
        return breaker.getState();
    }

    public String model() {
        return settings.model();
    }

    @Override
    public void close() {
        if (client != null) client.close();
        cache.synchronous().invalidateAll();
    }

    /** Why HuggingFace gave no draft, in the designer's words; the drafter turns it into an offline draft. */
    private static final class Unavailable extends RuntimeException {
        Unavailable(String reason) {
            super(reason, null, false, false);
        }
    }

    /** A 429 or 503 whose wait fits the draft's budget: Retry waits this long and calls again. */
    private static final class RetryLater extends RuntimeException {
        final HuggingFaceException failure;
        final Duration wait;

        RetryLater(HuggingFaceException failure, Duration wait) {
            super("retry in " + wait.toMillis() + " ms after " + failure.getMessage(), failure);
            this.failure = failure;
            this.wait = wait;
        }
    }

    /** Total time one draft may spend waiting between retries: a designer is waiting. */
    private static final class WaitBudget {
        private Duration left;

        WaitBudget(Duration total) {
            this.left = total;
        }

        /** Turns a "come back later" that fits the budget into a RetryLater; anything else passes unchanged. */
        Supplier<String> retryable(Supplier<String> call) {
            return () -> {
                try {
                    return call.get();
                } catch (HuggingFaceException e) {
                    if (!e.retryable()) throw e;
                    Duration wait = orDefault(e.retryAfter());
                    if (wait.compareTo(left) > 0) throw e;
                    left = left.minus(wait);
                    throw new RetryLater(e, wait);
                }
            };
        }
    }

    private record Cooldown(Instant until, String words) {
    }

    /** Same model, same sentence (spacing aside), same screen size: same draft. */
    record CacheKey(String model, String prompt, double width, double height) {
        static CacheKey of(String model, DraftRequest r) {
            return new CacheKey(model, r.prompt().replaceAll("\\s+", " "), r.width(), r.height());
        }
    }
}
