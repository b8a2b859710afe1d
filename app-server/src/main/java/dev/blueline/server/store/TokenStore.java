package dev.blueline.server.store;

import java.time.Instant;
import java.util.Optional;

/** Revoked access tokens (by their id) and refresh tokens (stored as hashes, one use each). */
public interface TokenStore {
    void revoke(String tokenId, Instant expiresAt);

    boolean isRevoked(String tokenId);

    void saveRefresh(String tokenHash, String userId, Instant expiresAt);

    /** Consumes a refresh token: returns its user when it exists and has not expired, and deletes it either way. */
    Optional<String> useRefresh(String tokenHash, Instant now);

    void revokeRefreshTokensOf(String userId);

    /** Forgets revocations and refresh tokens that have expired anyway. */
    void purgeExpired(Instant now);
}
