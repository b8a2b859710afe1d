package dev.blueline.server.api;

import dev.blueline.server.testing.Api;
import dev.blueline.server.testing.TestHost;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

/**
 * REST tests whose methods share one real host (with roomy rate limits, so many sign-ups in one
 * class are not throttled); each method makes its own users and projects.
 */
abstract class SharedHostTest {
    @TempDir
    static Path dir;
    static TestHost t;
    static Api api;

    @BeforeAll
    static void startHost() throws Exception {
        t = TestHost.start(ApiTesting.roomy(dir));
        api = t.api;
    }

    @AfterAll
    static void stopHost() {
        t.close();
    }
}
