package org.linkwork.referrals;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A contact to record; null where not given.
 *
 * @param contactedAt when; null for now
 */
public record NewContact(ContactKind kind, ContactOutcome outcome, String note, Instant contactedAt, boolean review,
        LocalDate nextContactDue) {
}
