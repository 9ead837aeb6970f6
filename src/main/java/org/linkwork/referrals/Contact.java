package org.linkwork.referrals;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

/**
 * A contact a link worker had, or tried to have, with the person.
 *
 * @param review         the contact was the person's review, so the next review falls due from it
 * @param nextContactDue when the link worker means to be in touch next
 */
public record Contact(ContactKind kind, ContactOutcome outcome, String note, Instant contactedAt, boolean review,
        Optional<LocalDate> nextContactDue, String recordedBy) {
}
