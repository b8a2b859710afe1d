package dev.blueline.server.store;

import dev.blueline.server.store.jooq.H2Stores;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;

/** Each test gets its own H2 file database in a temporary directory, opened the way the host opens it. */
abstract class StoreTestBase {
    static final Instant START = Instant.parse("2026-03-01T09:00:00Z");

    @TempDir
    Path dataDir;
    final TestClock clock = new TestClock(START);
    H2Stores stores;

    @BeforeEach
    void openStores() {
        stores = H2Stores.open(H2Stores.fileUrl(dataDir), clock);
    }

    @AfterEach
    void closeStores() {
        stores.close();
    }

    /** Closes the database and opens it again from its file, as a host restart does. */
    void reopen() {
        stores.close();
        stores = H2Stores.open(H2Stores.fileUrl(dataDir), clock);
    }

    void tick() {
        clock.advance(Duration.ofSeconds(1));
    }

    User user(String name) {
        return stores.users().create(name.toLowerCase() + "@example.com", name, "$2a$10$hash");
    }

    Project project(String name, User owner) {
        return stores.projects().create(name, owner.id());
    }
}
