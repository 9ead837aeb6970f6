package org.linkwork.referrals;

import org.linkwork.people.PersonId;

/**
 * What receiving a referral made.
 *
 * @param replayed true when an Idempotency-Key had been used for the same request before, so this is
 *                 the referral made then and nothing new was made
 */
public record Receipt(ReferralId id, PersonId personId, ReferralStatus status, boolean replayed) {
}
