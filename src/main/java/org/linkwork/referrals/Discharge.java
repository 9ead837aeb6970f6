package org.linkwork.referrals;

import java.time.Instant;

/** How a referral ended. */
public record Discharge(DischargeReason reason, String note, String dischargedBy, Instant dischargedAt) {
}
