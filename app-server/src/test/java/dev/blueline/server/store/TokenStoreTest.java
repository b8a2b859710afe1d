package dev.blueline.server.store;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

class TokenStoreTest extends StoreTestBase {
    private static final Instant LATER = START.plus(Duration.ofMinutes(30));

    private User ada;

    @BeforeEach
    void account() {
        ada = user("Ada");
    }

    @Test
    void aRevokedAccessTokenStaysRevokedAcrossRestarts() {
        stores.tokens().revoke("jti-1", LATER);
        stores.tokens().revoke("jti-1", LATER); // logging out twice is fine

        reopen();

        assertThat(stores.tokens().isRevoked("jti-1")).isTrue();
        assertThat(stores.tokens().isRevoked("jti-2")).isFalse();
    }

    @Test
    void aRefreshTokenWorksOnce() {
        stores.tokens().saveRefresh("hash-1", ada.id(), LATER);

        assertThat(stores.tokens().useRefresh("hash-1", START)).contains(ada.id());
        assertThat(stores.tokens().useRefresh("hash-1", START)).isEmpty();
        assertThat(stores.tokens().useRefresh("never-issued", START)).isEmpty();
    }

    @Test
    void anExpiredRefreshTokenIsRefusedAndForgotten() {
        stores.tokens().saveRefresh("hash-1", ada.id(), LATER);

        assertThat(stores.tokens().useRefresh("hash-1", LATER)).isEmpty();
        // deleted either way: it does not come back to life with a clock set back
        assertThat(stores.tokens().useRefresh("hash-1", START)).isEmpty();
    }

    @Test
    void signingOutEverywhereDropsAllRefreshTokensOfThatUserOnly() {
        User lin = user("Lin");
        stores.tokens().saveRefresh("ada-laptop", ada.id(), LATER);
        stores.tokens().saveRefresh("ada-desktop", ada.id(), LATER);
        stores.tokens().saveRefresh("lin-laptop", lin.id(), LATER);

        stores.tokens().revokeRefreshTokensOf(ada.id());

        assertThat(stores.tokens().useRefresh("ada-laptop", START)).isEmpty();
        assertThat(stores.tokens().useRefresh("ada-desktop", START)).isEmpty();
        assertThat(stores.tokens().useRefresh("lin-laptop", START)).contains(lin.id());
    }

    @Test
    void purgingForgetsOnlyWhatHasExpired() {
        Instant soon = START.plus(Duration.ofMinutes(1));
        stores.tokens().revoke("old-jti", soon);
        stores.tokens().revoke("fresh-jti", LATER);
        stores.tokens().saveRefresh("old-refresh", ada.id(), soon);
        stores.tokens().saveRefresh("fresh-refresh", ada.id(), LATER);

        stores.tokens().purgeExpired(soon);

        assertThat(stores.tokens().isRevoked("old-jti")).isFalse();
        assertThat(stores.tokens().isRevoked("fresh-jti")).isTrue();
        assertThat(stores.tokens().useRefresh("old-refresh", START)).isEmpty();
        assertThat(stores.tokens().useRefresh("fresh-refresh", START)).contains(ada.id());
    }
}
