package dev.blueline.server.store.jooq;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

/** The stores' clock and the conversion between {@link Instant} and the TIMESTAMP WITH TIME ZONE columns. */
final class Times {
    private final Clock clock;

    Times(Clock clock) {
        this.clock = clock;
    }

    /** Now, cut to the columns' microsecond precision so a returned record equals the stored one. */
    Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }

    static OffsetDateTime column(Instant instant) {
        return instant.truncatedTo(ChronoUnit.MICROS).atOffset(ZoneOffset.UTC);
    }

    static Instant instant(OffsetDateTime column) {
        return column == null ? null : column.toInstant();
    }
}
