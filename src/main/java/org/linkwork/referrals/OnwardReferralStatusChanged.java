package org.linkwork.referrals;

import java.time.Instant;
import java.util.Optional;

/**
 * An onward referral moved from one task state to another.
 *
 * @param actor the username of who changed it
 */
public record OnwardReferralStatusChanged(OnwardReferralId onwardReferralId, ReferralId referralId,
        String serviceId, String organisationId, OnwardReferralStatus from, OnwardReferralStatus to,
        Optional<ReasonCode> reason, String actor, Instant changedAt) {
}
