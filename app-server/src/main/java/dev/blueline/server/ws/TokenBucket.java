package dev.blueline.server.ws;

/**
 * The message budget of one connection: {@code perSecond} sustained, with bursts of up to one
 * second's worth. Not thread-safe: a connection's frames arrive one at a time.
 */
final class TokenBucket {
    private final double perNano;
    private final double capacity;
    private double tokens;
    private long last;

    TokenBucket(int perSecond, long now) {
        this.perNano = perSecond / 1e9;
        this.capacity = perSecond;
        this.tokens = perSecond;
        this.last = now;
    }

    private void refill(long now) {
        tokens = Math.min(capacity, tokens + (now - last) * perNano);
        last = now;
    }

    /** Takes a token if there is one; false means the message is over the budget. */
    boolean tryTake(long now) {
        refill(now);
        if (tokens < 1) return false;
        tokens -= 1;
        return true;
    }

    /**
     * Takes a token, borrowing one if none is left, and returns how long (nanoseconds) the
     * connection should wait before it reads the next message so that the budget holds (0: no need).
     */
    long take(long now) {
        refill(now);
        tokens -= 1;
        return tokens >= 0 ? 0 : (long) Math.ceil(-tokens / perNano);
    }
}
