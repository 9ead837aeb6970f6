package org.linkwork.directory.listings;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * Dates as the directory's pages show them: "3 March 2026", in UK time.
 */
public final class Dates {

    private static final ZoneId UK = ZoneId.of("Europe/London");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    private Dates() {
    }

    public static String day(Instant instant) {
        return instant == null ? "" : DAY.format(instant.atZone(UK));
    }
}
