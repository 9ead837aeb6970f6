package org.linkwork.referrals;

import java.time.Instant;
import java.util.Optional;

/**
 * One change of an onward referral's status. The first has no {@code from}: the referral was made.
 */
public record OnwardReferralChange(Optional<OnwardReferralStatus> from, OnwardReferralStatus to, Reason reason,
        String actor, Instant occurredAt) {
}
