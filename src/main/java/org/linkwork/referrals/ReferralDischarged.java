package org.linkwork.referrals;

import java.time.Instant;

/** A person left the link-worker service. */
public record ReferralDischarged(ReferralId referralId, String placeId, DischargeReason reason, Instant dischargedAt) {
}
