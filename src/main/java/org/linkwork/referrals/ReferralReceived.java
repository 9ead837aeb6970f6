package org.linkwork.referrals;

import java.time.Instant;
import java.util.List;

/**
 * A referral arrived in a place's triage queue. It names no person, only ids and codes.
 */
public record ReferralReceived(ReferralId referralId, String placeId, Source source, Urgency urgency,
        List<String> needs, Instant receivedAt) {

    public ReferralReceived {
        needs = List.copyOf(needs);
    }
}
