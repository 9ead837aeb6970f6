package org.linkwork.referrals;

import java.time.Instant;

/**
 * An onward referral waited too long for its organisation to answer, and was escalated to the
 * organisation's users and the link worker. Each onward referral is escalated once at most.
 *
 * @param workingDaysWaited working days since it was requested, when escalated
 */
public record OnwardReferralEscalated(OnwardReferralId onwardReferralId, ReferralId referralId, String serviceId,
        String organisationId, Instant requestedAt, int workingDaysWaited, Instant escalatedAt) {
}
