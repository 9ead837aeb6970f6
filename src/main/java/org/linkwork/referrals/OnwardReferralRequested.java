package org.linkwork.referrals;

import java.time.Instant;

/**
 * An onward referral was sent to a directory service and waits for its organisation to answer.
 */
public record OnwardReferralRequested(OnwardReferralId onwardReferralId, ReferralId referralId, String serviceId,
        String organisationId, Instant requestedAt) {
}
