package dev.blueline.server.auth;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.resilience4j.ratelimiter.RateLimiter;
import io.github.resilience4j.ratelimiter.RateLimiterConfig;

import java.time.Duration;

/** Limits attempts per key (a remote address) for sign-in and joining, so codes and passwords cannot be guessed at speed. */
public final class AttemptLimiter {
    private final RateLimiterConfig config;
    private final Cache<String, RateLimiter> limiters = Caffeine.newBuilder()
            .maximumSize(50_000).expireAfterAccess(Duration.ofMinutes(10)).build();

    public AttemptLimiter(int perMinute) {
        this.config = RateLimiterConfig.custom()
                .limitForPeriod(perMinute).limitRefreshPeriod(Duration.ofMinutes(1)).timeoutDuration(Duration.ZERO).build();
    }

    /** True when this attempt is allowed. */
    public boolean tryAcquire(String key) {
        return limiters.get(key, k -> RateLimiter.of("attempts-" + k, config)).acquirePermission();
    }
}
