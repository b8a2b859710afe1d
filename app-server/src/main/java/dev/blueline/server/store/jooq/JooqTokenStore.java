package dev.blueline.server.store.jooq;

import dev.blueline.server.db.tables.records.RefreshTokensRecord;
import dev.blueline.server.store.TokenStore;
import org.jooq.DSLContext;

import java.time.Instant;
import java.util.Optional;

import static dev.blueline.server.db.Tables.REFRESH_TOKENS;
import static dev.blueline.server.db.Tables.REVOKED_TOKENS;

/** Revoked access-token ids and one-use refresh tokens (stored as hashes by the caller). */
final class JooqTokenStore implements TokenStore {
    private final DSLContext dsl;

    JooqTokenStore(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public void revoke(String tokenId, Instant expiresAt) {
        // revoking twice (two logout clicks) is fine: one row per token id
        dsl.mergeInto(REVOKED_TOKENS, REVOKED_TOKENS.TOKEN_ID, REVOKED_TOKENS.EXPIRES_AT)
                .key(REVOKED_TOKENS.TOKEN_ID)
                .values(tokenId, Times.column(expiresAt))
                .execute();
    }

    @Override
    public boolean isRevoked(String tokenId) {
        return dsl.fetchExists(REVOKED_TOKENS, REVOKED_TOKENS.TOKEN_ID.eq(tokenId));
    }

    @Override
    public void saveRefresh(String tokenHash, String userId, Instant expiresAt) {
        dsl.insertInto(REFRESH_TOKENS, REFRESH_TOKENS.TOKEN_HASH, REFRESH_TOKENS.USER_ID, REFRESH_TOKENS.EXPIRES_AT)
                .values(tokenHash, userId, Times.column(expiresAt))
                .execute();
    }

    @Override
    public Optional<String> useRefresh(String tokenHash, Instant now) {
        RefreshTokensRecord token = dsl.selectFrom(REFRESH_TOKENS).where(REFRESH_TOKENS.TOKEN_HASH.eq(tokenHash)).fetchOne();
        if (token == null) return Optional.empty();
        // only the request whose delete removed the row may use it: two racing refreshes get one session
        int deleted = dsl.deleteFrom(REFRESH_TOKENS).where(REFRESH_TOKENS.TOKEN_HASH.eq(tokenHash)).execute();
        if (deleted == 0 || !now.isBefore(Times.instant(token.getExpiresAt()))) return Optional.empty();
        return Optional.of(token.getUserId());
    }

    @Override
    public void revokeRefreshTokensOf(String userId) {
        dsl.deleteFrom(REFRESH_TOKENS).where(REFRESH_TOKENS.USER_ID.eq(userId)).execute();
    }

    @Override
    public void purgeExpired(Instant now) {
        dsl.transaction(cfg -> {
            cfg.dsl().deleteFrom(REVOKED_TOKENS).where(REVOKED_TOKENS.EXPIRES_AT.le(Times.column(now))).execute();
            cfg.dsl().deleteFrom(REFRESH_TOKENS).where(REFRESH_TOKENS.EXPIRES_AT.le(Times.column(now))).execute();
        });
    }
}
