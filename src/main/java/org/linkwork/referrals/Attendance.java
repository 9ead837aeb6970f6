package org.linkwork.referrals;

import java.time.Instant;
import java.time.LocalDate;

/** A session the person came to, as the provider recorded it. */
public record Attendance(LocalDate attendedOn, String note, String recordedBy, Instant recordedAt) {
}
