package org.linkwork.referrals;

import java.time.Instant;

/**
 * An appointment to book; null where not given.
 */
public record NewAppointment(Instant startsAt, String location, String purpose) {
}
