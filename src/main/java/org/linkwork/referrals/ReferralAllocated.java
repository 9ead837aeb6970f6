package org.linkwork.referrals;

import java.time.Instant;

/** A referral was put on a link worker's caseload. */
public record ReferralAllocated(ReferralId referralId, String placeId, String linkWorker, Instant allocatedAt) {
}
