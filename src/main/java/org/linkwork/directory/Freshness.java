package org.linkwork.directory;

import java.time.Duration;
import java.time.Instant;

/**
 * How recently a listing was confirmed as correct. Listings not verified for six months are flagged
 * for their provider; after twelve they are demoted in search and shown as "may be out of date".
 */
public enum Freshness {
    CURRENT,
    DUE_FOR_CHECK,
    MAY_BE_OUT_OF_DATE;

    /** Six months, as 183 days. */
    public static final Duration CHECK_AFTER = Duration.ofDays(183);
    /** Twelve months, as 365 days. */
    public static final Duration OUT_OF_DATE_AFTER = Duration.ofDays(365);

    public static Freshness of(Instant lastVerified, Instant now) {
        Duration age = Duration.between(lastVerified, now);
        if (age.compareTo(OUT_OF_DATE_AFTER) >= 0) {
            return MAY_BE_OUT_OF_DATE;
        }
        return age.compareTo(CHECK_AFTER) >= 0 ? DUE_FOR_CHECK : CURRENT;
    }
}
