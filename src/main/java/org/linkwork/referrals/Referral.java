package org.linkwork.referrals;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.linkwork.people.PersonId;

/**
 * A referral to the link-worker service of a place.
 *
 * @param referredBy  the referrer's username, "public" for the self-referral form, "api:&lt;username&gt;" for the JSON API
 * @param allocatedTo the username of the link worker whose caseload it is on
 * @param reviewDue   when the person's progress is next to be reviewed, once allocated
 * @param version     for optimistic locking: pass it back to the changes that take one
 */
public record Referral(ReferralId id, String placeId, PersonId personId, Source source, String reason,
        String whatMatters, List<String> needs, Urgency urgency, boolean consentConfirmed, ReferralStatus status,
        Optional<String> allocatedTo, Optional<Instant> allocatedAt, Optional<LocalDate> reviewDue, String referredBy,
        Instant createdAt, Instant updatedAt, int version) {

    public Referral {
        needs = List.copyOf(needs);
    }
}
