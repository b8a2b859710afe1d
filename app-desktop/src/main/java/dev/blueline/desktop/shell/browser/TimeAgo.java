package dev.blueline.desktop.shell.browser;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** When something happened, the way people say it: "just now", "5 minutes ago", "yesterday", "on 28 Nov 2026". */
final class TimeAgo {
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);

    private TimeAgo() {
    }

    static String of(Instant then, Instant now) {
        Duration d = Duration.between(then, now);
        if (d.toMinutes() < 1) return "just now";
        if (d.toMinutes() < 60) return plural(d.toMinutes(), "minute") + " ago";
        if (d.toHours() < 24) return plural(d.toHours(), "hour") + " ago";
        if (d.toDays() < 2) return "yesterday";
        if (d.toDays() < 7) return d.toDays() + " days ago";
        return "on " + DATE.format(then.atZone(ZoneId.systemDefault()));
    }

    private static String plural(long n, String unit) {
        return n + " " + unit + (n == 1 ? "" : "s");
    }
}
