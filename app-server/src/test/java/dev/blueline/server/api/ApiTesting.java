package dev.blueline.server.api;

import com.fasterxml.jackson.databind.JsonNode;
import dev.blueline.server.config.HostConfig;
import dev.blueline.server.testing.Api;

import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/** Small things the REST tests share: unique people, a host that does not rate-limit a busy test, problem checks. */
public final class ApiTesting {
    public static final String PASSWORD = "correct horse battery"; // what Api.signUp registers with
    private static final AtomicInteger PEOPLE = new AtomicInteger();

    private ApiTesting() {
    }

    /** A fresh email per call, so tests sharing a host never collide. */
    public static String email(String name) {
        return name.toLowerCase(java.util.Locale.ROOT) + "-" + PEOPLE.incrementAndGet() + "@example.com";
    }

    /**
     * A loopback host whose sign-in and join limits are out of the way: tests that share a host sign up
     * dozens of people from one address. The rate limit itself is tested with a tight limit.
     */
    public static HostConfig roomy(Path dir) {
        HostConfig.Limits d = HostConfig.Limits.DEFAULT;
        return HostConfig.local(dir).withLimits(new HostConfig.Limits(d.maxBodyBytes(), d.maxFrameBytes(),
                d.messagesPerSecond(), d.outgoingQueueFrames(), 100_000));
    }

    /** Asserts a problem+json reply with this status and code, with every field a client relies on. */
    public static JsonNode assertProblem(Api.Reply r, int status, String code) {
        assertThat(r.status()).as(r.toString()).isEqualTo(status);
        assertThat(r.contentType()).as("content type of " + r).startsWith("application/problem+json");
        JsonNode p = r.json();
        assertThat(p.get("status").asInt()).isEqualTo(status);
        assertThat(p.get("code").asText()).as(r.toString()).isEqualTo(code);
        assertThat(p.get("title").asText()).isNotBlank();
        assertThat(p.get("detail").asText()).isNotBlank();
        assertThat(p.get("requestId").asText()).isEqualTo(r.header("X-Request-Id"));
        return p;
    }

    /** The {@code detail} of a problem reply after checking its status and code. */
    public static String detail(Api.Reply r, int status, String code) {
        return assertProblem(r, status, code).get("detail").asText();
    }
}
