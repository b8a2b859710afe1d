package dev.blueline.server.ai;

import java.time.Duration;
import java.util.Objects;

/**
 * How the drafter talks to HuggingFace. The defaults suit a designer waiting in front of the
 * app; tests shorten the times and point {@code baseUrl} at a fake service.
 *
 * @param baseUrl          the OpenAI-compatible API root; {@code /chat/completions} is added to it
 * @param model            the model the router should run
 * @param connectTimeout   how long to wait for a connection
 * @param callTimeout      how long one whole request may take, answer included
 * @param maxRetries       retries after a 429 or 503, on top of the first call
 * @param maxRetryWait     the most all retries of one draft may wait in total; a longer Retry-After
 *                         drafts offline at once instead
 * @param breakerFailures  failed calls in a row that open the circuit breaker
 * @param breakerOpenFor   how long an open breaker keeps every draft offline before one call may try again
 * @param concurrentCalls  calls to HuggingFace at the same time
 * @param queueWait        how long a draft waits for a free call before it drafts offline
 * @param cacheSize        answers kept, so the same sentence twice costs one call
 * @param cacheFor         how long an answer is kept
 */
public record DrafterSettings(String baseUrl, String model, Duration connectTimeout, Duration callTimeout,
                              int maxRetries, Duration maxRetryWait, int breakerFailures, Duration breakerOpenFor,
                              int concurrentCalls, Duration queueWait, int cacheSize, Duration cacheFor) {

    public static final String ROUTER = "https://router.huggingface.co/v1";
    /**
     * Small and fast: many of the router's providers serve it at hundreds of tokens a second, so
     * a screen arrives in seconds, and DraftRepair fixes what a small model gets wrong.
     */
    public static final String DEFAULT_MODEL = "meta-llama/Llama-3.1-8B-Instruct";

    public DrafterSettings {
        Objects.requireNonNull(baseUrl, "baseUrl");
        baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
        if (!baseUrl.startsWith("http://") && !baseUrl.startsWith("https://")) {
            throw new IllegalArgumentException("the base URL must be http or https: " + baseUrl);
        }
        if (model == null || model.isBlank()) throw new IllegalArgumentException("name a model");
        positive("connectTimeout", connectTimeout);
        positive("callTimeout", callTimeout);
        positive("breakerOpenFor", breakerOpenFor);
        positive("cacheFor", cacheFor);
        Objects.requireNonNull(maxRetryWait, "maxRetryWait");
        Objects.requireNonNull(queueWait, "queueWait");
        if (maxRetryWait.isNegative() || queueWait.isNegative()) throw new IllegalArgumentException("waits cannot be negative");
        if (maxRetries < 0 || breakerFailures < 1 || concurrentCalls < 1 || cacheSize < 0) {
            throw new IllegalArgumentException("retries and cache size must be at least 0, breaker failures and concurrent calls at least 1");
        }
    }

    public static DrafterSettings defaults() {
        return new DrafterSettings(ROUTER, DEFAULT_MODEL, Duration.ofSeconds(5), Duration.ofSeconds(45),
                2, Duration.ofSeconds(10), 5, Duration.ofSeconds(30), 2, Duration.ofSeconds(3), 200, Duration.ofHours(1));
    }

    public DrafterSettings withBaseUrl(String url) {
        return new DrafterSettings(url, model, connectTimeout, callTimeout, maxRetries, maxRetryWait, breakerFailures,
                breakerOpenFor, concurrentCalls, queueWait, cacheSize, cacheFor);
    }

    public DrafterSettings withModel(String m) {
        return new DrafterSettings(baseUrl, m, connectTimeout, callTimeout, maxRetries, maxRetryWait, breakerFailures,
                breakerOpenFor, concurrentCalls, queueWait, cacheSize, cacheFor);
    }

    public DrafterSettings withTimeouts(Duration connect, Duration call) {
        return new DrafterSettings(baseUrl, model, connect, call, maxRetries, maxRetryWait, breakerFailures,
                breakerOpenFor, concurrentCalls, queueWait, cacheSize, cacheFor);
    }

    public DrafterSettings withRetries(int retries, Duration maxWait) {
        return new DrafterSettings(baseUrl, model, connectTimeout, callTimeout, retries, maxWait, breakerFailures,
                breakerOpenFor, concurrentCalls, queueWait, cacheSize, cacheFor);
    }

    public DrafterSettings withBreaker(int failures, Duration openFor) {
        return new DrafterSettings(baseUrl, model, connectTimeout, callTimeout, maxRetries, maxRetryWait, failures,
                openFor, concurrentCalls, queueWait, cacheSize, cacheFor);
    }

    public DrafterSettings withConcurrency(int calls, Duration wait) {
        return new DrafterSettings(baseUrl, model, connectTimeout, callTimeout, maxRetries, maxRetryWait, breakerFailures,
                breakerOpenFor, calls, wait, cacheSize, cacheFor);
    }

    public DrafterSettings withCache(int size, Duration keepFor) {
        return new DrafterSettings(baseUrl, model, connectTimeout, callTimeout, maxRetries, maxRetryWait, breakerFailures,
                breakerOpenFor, concurrentCalls, queueWait, size, keepFor);
    }

    private static void positive(String name, Duration d) {
        Objects.requireNonNull(d, name);
        if (d.isZero() || d.isNegative()) throw new IllegalArgumentException(name + " must be positive");
    }
}
