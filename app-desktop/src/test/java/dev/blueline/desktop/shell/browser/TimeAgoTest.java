package dev.blueline.desktop.shell.browser;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

class TimeAgoTest {
    private static final Instant NOW = Instant.parse("2026-11-28T12:00:00Z");

    @Test
    void saysWhenAProjectLastChangedTheWayPeopleDo() {
        assertThat(TimeAgo.of(NOW.minusSeconds(20), NOW)).isEqualTo("just now");
        assertThat(TimeAgo.of(NOW.minus(Duration.ofMinutes(1)), NOW)).isEqualTo("1 minute ago");
        assertThat(TimeAgo.of(NOW.minus(Duration.ofMinutes(5)), NOW)).isEqualTo("5 minutes ago");
        assertThat(TimeAgo.of(NOW.minus(Duration.ofHours(3)), NOW)).isEqualTo("3 hours ago");
        assertThat(TimeAgo.of(NOW.minus(Duration.ofHours(30)), NOW)).isEqualTo("yesterday");
        assertThat(TimeAgo.of(NOW.minus(Duration.ofDays(4)), NOW)).isEqualTo("4 days ago");
        assertThat(TimeAgo.of(Instant.parse("2026-01-02T12:00:00Z"), NOW)).startsWith("on ").contains("2026");
    }
}
