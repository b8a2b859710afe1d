package dev.blueline.server.auth;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.blueline.server.store.TokenStore;

import java.time.Duration;

/**
 * Turns a bearer token into a {@link Principal}: valid signature, not expired, not revoked.
 * Revocation answers are cached briefly; a logout clears its own entry at once.
 */
public final class Authenticator {
    private final Tokens tokens;
    private final TokenStore store;
    private final Cache<String, Boolean> revoked = Caffeine.newBuilder()
            .maximumSize(100_000).expireAfterWrite(Duration.ofSeconds(30)).build();

    public Authenticator(Tokens tokens, TokenStore store) {
        this.tokens = tokens;
        this.store = store;
    }

    /** From an {@code Authorization} header value. */
    public Principal fromHeader(String header) throws AuthException {
        if (header == null || header.isBlank()) throw new AuthException("sign in first: send Authorization: Bearer <token>");
        if (!header.regionMatches(true, 0, "Bearer ", 0, 7)) throw new AuthException("use Authorization: Bearer <token>");
        return fromToken(header.substring(7).strip());
    }

    public Principal fromToken(String token) throws AuthException {
        if (token == null || token.isBlank()) throw new AuthException("a token is required");
        Principal p = tokens.verify(token);
        if (revoked.get(p.tokenId(), store::isRevoked)) throw new AuthException("the token was revoked (signed out); sign in again");
        return p;
    }

    /** Signs a token out for the rest of its life. */
    public void revoke(Principal p) {
        store.revoke(p.tokenId(), p.expiresAt());
        revoked.put(p.tokenId(), true);
    }
}
