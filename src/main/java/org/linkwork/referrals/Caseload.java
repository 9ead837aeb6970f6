package org.linkwork.referrals;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.linkwork.people.PersonId;

/**
 * A link worker's caseload: the people allocated to them whose referrals are open, with what is due.
 *
 * @param lastTwelveMonths referrals allocated to the link worker in the last twelve months
 * @param safeActive       the configured safe number of open referrals
 * @param safeYearly       the configured safe number of referrals a year
 */
public record Caseload(String linkWorker, List<Entry> entries, int lastTwelveMonths, int safeActive, int safeYearly) {

    public Caseload {
        entries = List.copyOf(entries);
    }

    public int active() {
        return entries.size();
    }

    public boolean overActiveLimit() {
        return active() > safeActive;
    }

    public boolean overYearlyLimit() {
        return lastTwelveMonths > safeYearly;
    }

    /**
     * @param nextContactDue   the earlier of the next appointment's day and the next contact the link worker planned
     * @param reviewDue        when the next review is due
     * @param waitingDays      days from referral to the first contact that reached the person, or to today when none has
     * @param firstContactMade whether anyone has reached the person yet
     */
    public record Entry(ReferralId referralId, PersonId personId, ReferralStatus status, Urgency urgency,
            Instant referredAt, Optional<LocalDate> nextContactDue, boolean contactOverdue,
            Optional<Instant> nextAppointment, Optional<LocalDate> reviewDue, boolean reviewOverdue,
            long waitingDays, boolean firstContactMade) {
    }
}
