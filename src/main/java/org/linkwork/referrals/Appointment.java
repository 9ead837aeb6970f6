package org.linkwork.referrals;

import java.time.Instant;

/**
 * A meeting booked with the person.
 */
public record Appointment(Instant startsAt, String location, String purpose, String bookedBy) {
}
